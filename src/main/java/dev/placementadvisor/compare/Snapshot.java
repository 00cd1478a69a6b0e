package dev.placementadvisor.compare;

import dev.placementadvisor.report.Format;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import java.util.ArrayList;
import java.util.List;

/**
 * What a comparison needs of one report: each service's placement and recommended monthly cost,
 * and the total. Read from a saved JSON report or taken from a fresh assessment.
 *
 * @param source how the report is named in messages (a file, or the inventory just assessed)
 * @param inventory the inventory file the report was made from
 */
public record Snapshot(String source, String inventory, List<Entry> services, double total) {

  public Snapshot {
    services = List.copyOf(services);
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

  /** The entry of a service, or null. */
  public Entry service(String name) {
    for (Entry e : services) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }
}
