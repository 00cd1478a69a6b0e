package dev.placementadvisor.compare;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.Values;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a saved JSON report (a baseline) as a {@link Snapshot}. Fields added within schema
 * version 1 are ignored; a missing field, a wrong type or another schema version is an {@link
 * InputException} naming file, line and column.
 */
public final class ReportReader {
  /** The JSON report version this release compares. */
  public static final int SCHEMA_VERSION = 1;

  private ReportReader() {}

  public static Snapshot read(Path file) {
    String name = file.toString();
    YamlNode root = YamlTreeReader.readJson(file, name);
    YamlNode.MapNode top = map(root, "a saved report");
    YamlNode version = require(top, "schemaVersion", "the report");
    long v = Values.integer(version, "schemaVersion", 0, Integer.MAX_VALUE);
    if (v != SCHEMA_VERSION) {
      throw new InputException(
          version.location(),
          "incompatible report: schemaVersion "
              + v
              + ", this release compares schemaVersion "
              + SCHEMA_VERSION
              + " (save the baseline again with this release)");
    }
    String inventory = Values.string(require(top, "inventory", "the report"), "inventory");
    YamlNode list = require(top, "services", "the report");
    if (!(list instanceof YamlNode.ListNode services)) {
      throw new InputException(list.location(), "'services' must be a list, got " + list.kindName());
    }
    List<Snapshot.Entry> entries = new ArrayList<>(services.items().size());
    Set<String> names = new HashSet<>();
    for (YamlNode item : services.items()) {
      YamlNode.MapNode s = map(item, "a service of the report");
      String serviceName = Values.string(require(s, "name", "a service"), "name");
      String context = "service '" + Text.shorten(serviceName) + "'";
      if (!names.add(serviceName)) {
        throw new InputException(item.location(), "the report lists " + context + " twice");
      }
      String placement = Values.string(require(s, "placement", context), "placement");
      YamlNode.MapNode cost = map(require(s, "monthlyCost", context), "monthlyCost of " + context);
      double recommended =
          Values.number(require(cost, "recommended", context), "recommended", 0, false, 1e15);
      int line = 0;
      int column = 0;
      YamlNode.Entry loc = s.entries().get("location");
      if (loc != null && loc.value() instanceof YamlNode.MapNode l) {
        YamlNode ln = l.entries().containsKey("line") ? l.entries().get("line").value() : null;
        YamlNode col = l.entries().containsKey("column") ? l.entries().get("column").value() : null;
        line = ln == null ? 0 : (int) Values.integer(ln, "line", 0, Integer.MAX_VALUE);
        column = col == null ? 0 : (int) Values.integer(col, "column", 0, Integer.MAX_VALUE);
      }
      entries.add(new Snapshot.Entry(serviceName, placement, recommended, line, column));
    }
    YamlNode.MapNode totals = map(require(top, "totals", "the report"), "totals");
    double total =
        Values.number(require(totals, "monthlyCost", "totals"), "monthlyCost", 0, false, 1e18);
    return new Snapshot(name, inventory, entries, total);
  }

  private static YamlNode.MapNode map(YamlNode node, String what) {
    if (!(node instanceof YamlNode.MapNode m)) {
      throw new InputException(
          node.location(), what + " must be a JSON object, got " + node.kindName());
    }
    return m;
  }

  private static YamlNode require(YamlNode.MapNode map, String key, String context) {
    YamlNode.Entry e = map.entries().get(key);
    if (e == null) {
      throw new InputException(
          map.location(),
          "not an advisor JSON report: '" + key + "' is missing in " + context);
    }
    return e.value();
  }
}
