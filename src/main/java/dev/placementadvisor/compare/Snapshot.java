package dev.placementadvisor.compare;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * What a comparison needs of one report: each service's placement and recommended monthly cost, and
 * the total. Read from a saved JSON report or taken from a fresh assessment.
 *
 * <p>The services keep their order (the report's), and are also indexed by name, so that {@link
 * #service} takes constant time and a comparison of two reports takes time in proportion to their
 * size.
 *
 * @param source how the report is named in messages (a file, or the inventory just assessed)
 * @param inventory the inventory file the report was made from
 */
public record Snapshot(String source, String inventory, List<Entry> services, double total) {

  public Snapshot {
    services = Services.of(services);
  }

  /**
   * One service.
   *
   * @param line the service's line in the inventory, or 0 when unknown
   */
  public record Entry(String name, String placement, double monthlyCost, int line, int column) {}

  /**
   * The snapshot of a fresh report, with its costs in cents as its JSON report holds them: a
   * comparison with a fresh report says exactly what one with the saved report says.
   */
  public static Snapshot of(Report report) {
    List<Entry> entries = new ArrayList<>(report.services().size());
    for (ServiceAssessment s : report.services()) {
      entries.add(
          new Entry(
              s.name(),
              s.placement().id(),
              Format.cents(s.recommendedCost()).doubleValue(),
              s.location().line(),
              s.location().column()));
    }
    return new Snapshot(
        report.inventory(),
        report.inventory(),
        entries,
        Format.cents(report.recommendedTotal()).doubleValue());
  }

  /** The entry of a service (the first, should a name appear twice), or null. */
  public Entry service(String name) {
    return ((Services) services).byName.get(name);
  }

  /** The entries in order, unmodifiable, with an index by name. */
  private static final class Services extends AbstractList<Entry> implements RandomAccess {
    private final Entry[] entries;
    private final Map<String, Entry> byName;

    private Services(List<Entry> list) {
      entries = list.toArray(new Entry[0]);
      byName = new HashMap<>(Math.max(16, (int) (entries.length / 0.75f) + 1));
      for (Entry e : entries) {
        byName.putIfAbsent(Objects.requireNonNull(e, "a null entry").name(), e);
      }
    }

    static Services of(List<Entry> list) {
      return list instanceof Services s ? s : new Services(list);
    }

    @Override
    public Entry get(int index) {
      Objects.checkIndex(index, entries.length);
      return entries[index];
    }

    @Override
    public int size() {
      return entries.length;
    }
  }
}
