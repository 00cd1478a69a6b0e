package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.Values;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.ListNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlNode.ScalarNode;
import dev.placementadvisor.input.YamlTreeReader;
import dev.placementadvisor.inventory.InventoryLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports over an existing inventory, keeping what a person wrote. A service found again gets the
 * fields the deployment files give (and its {@code source}), its measured traffic when traffic was
 * measured, and keeps every other field as written (traffic, compliance, workload, ...). A service
 * no longer found is kept, marked with a comment, and listed. New services are added at the end.
 * Outside the {@code services} list the file is kept line for line (comments included), the
 * placeholder profile added when a new service needs it.
 */
public final class Reimport {
  /**
   * The updated inventory and what changed.
   *
   * @param changes one line a change ({@code frontend: memoryMb 64 → 128}), printable
   * @param notFound the services of the inventory that no deployment file defines any more
   */
  public record Result(
      String text, List<String> changes, List<String> notFound, long needingTraffic) {}

  private Reimport() {}

  /** Merges {@code imported} into the inventory {@code text} (named {@code display}). */
  public static Result merge(String text, String display, Imported imported) {
    String lf = text.replace("\r\n", "\n");
    try {
      InventoryLoader.parse(lf, display);
    } catch (InputException e) {
      throw new InputException(
          e.location(),
          e.detail() + " (in the inventory to update: fix it, or name another file with -o)");
    }
    MapNode root = (MapNode) YamlTreeReader.parse(lf, display);
    List<String> changes = new ArrayList<>();
    List<String> notFound = new ArrayList<>();
    Map<String, Imported.Service> fresh = new LinkedHashMap<>();
    imported.services().forEach(s -> fresh.put(s.name(), s));
    StringBuilder services = new StringBuilder("services:\n");
    long placeholders = 0;
    for (YamlNode item : ((ListNode) root.entries().get("services").value()).items()) {
      MapNode service = (MapNode) item;
      String name = ((ScalarNode) service.entries().get("name").value()).text();
      Imported.Service s = fresh.remove(name);
      if (s == null) {
        notFound.add(name);
        services.append("  # not found by the last advisor import: remove it if it is gone\n");
      }
      services.append(s == null ? kept(service) : updated(service, s, changes));
      placeholders += usesPlaceholder(service, s) ? 1 : 0;
    }
    for (Imported.Service s : fresh.values()) {
      services.append(InventoryWriter.service(s));
      changes.add(Text.printable(s.name() + ": added"));
      placeholders += s.needsTraffic() ? 1 : 0;
    }
    boolean addProfile = placeholders > 0 && !hasPlaceholder(root);
    String merged = new Splice(lf, root).text(services.toString(), addProfile);
    return new Result(merged, changes, notFound, placeholders);
  }

  /** True when the service names the placeholder profile after the merge. */
  private static boolean usesPlaceholder(MapNode service, Imported.Service s) {
    if (s != null && s.traffic() != null) {
      return false;
    }
    return service.entries().get("traffic").value() instanceof ScalarNode t
        && t.text().equals(InventoryWriter.PLACEHOLDER);
  }

  private static boolean hasPlaceholder(MapNode root) {
    return root.entries().get("profiles") != null
        && root.entries().get("profiles").value() instanceof MapNode p
        && p.entries().containsKey(InventoryWriter.PLACEHOLDER);
  }

  /** A service as it was written. */
  private static String kept(MapNode service) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (YamlNode.Entry e : service.entries().values()) {
      keys.put(e.key(), written(e));
    }
    return render(List.of(), keys);
  }

  /** A service found again: the files' fields over the written ones, the rest kept. */
  private static String updated(MapNode service, Imported.Service s, List<String> changes) {
    Map<String, Object> given = new LinkedHashMap<>(s.fields());
    String source = " " + YamlText.text(InventoryWriter.source(s.source())) + "\n";
    Map<String, String> keys = new LinkedHashMap<>();
    for (YamlNode.Entry e : service.entries().values()) {
      String key = e.key();
      if (key.equals("source")) {
        keys.put(key, source);
      } else if (key.equals("traffic") && s.traffic() != null) {
        change(changes, s.name(), key, e.value(), s.traffic());
        keys.put(key, " " + YamlText.value(s.traffic()) + "\n");
      } else if (given.containsKey(key)) {
        Object v = given.remove(key);
        change(changes, s.name(), key, e.value(), v);
        keys.put(key, " " + YamlText.value(v) + "\n");
      } else {
        keys.put(key, written(e));
      }
      if (key.equals("name")) {
        keys.putIfAbsent("source", source);
      }
    }
    for (Map.Entry<String, Object> f : given.entrySet()) {
      changes.add(
          Text.printable(
              s.name() + ": " + f.getKey() + " (not set) → " + YamlText.value(f.getValue())));
      keys.put(f.getKey(), " " + YamlText.value(f.getValue()) + "\n");
    }
    return render(s.notes(), keys);
  }

  /** A key's value as written; the placeholder traffic keeps its TODO. */
  private static String written(YamlNode.Entry e) {
    if (e.key().equals("traffic")
        && e.value() instanceof ScalarNode t
        && t.text().equals(InventoryWriter.PLACEHOLDER)) {
      return " " + InventoryWriter.traffic(null) + "\n";
    }
    return YamlText.node(e.value(), 6);
  }

  /** A service's notes as comments, then its keys, the first on the list's '-'. */
  private static String render(List<String> notes, Map<String, String> keys) {
    StringBuilder b = new StringBuilder();
    for (String note : notes) {
      b.append("  # ").append(Text.printable(note)).append('\n');
    }
    boolean first = true;
    for (Map.Entry<String, String> k : keys.entrySet()) {
      b.append(first ? "  - " : "    ")
          .append(YamlText.text(k.getKey()))
          .append(':')
          .append(k.getValue());
      first = false;
    }
    return b.toString();
  }

  /** Records a change of a field when its value differs. */
  private static void change(
      List<String> changes, String service, String key, YamlNode old, Object now) {
    if (!same(old, now)) {
      changes.add(
          Text.printable(
              service
                  + ": "
                  + key
                  + " "
                  + Text.shorten(YamlText.compact(old))
                  + " → "
                  + YamlText.value(now)));
    }
  }

  private static boolean same(YamlNode old, Object now) {
    if (now instanceof Number n && old instanceof ScalarNode) {
      try {
        return Values.number(old, "value", -1e18, false, 1e18) == n.doubleValue();
      } catch (InputException e) {
        return false;
      }
    }
    return YamlText.compact(old).equals(YamlText.value(now));
  }
}
