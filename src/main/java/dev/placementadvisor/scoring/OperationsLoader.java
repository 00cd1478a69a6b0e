package dev.placementadvisor.scoring;

import dev.placementadvisor.cost.Operations;
import dev.placementadvisor.input.Fields;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.Values;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.inventory.InventoryLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the weights' {@code operations} block over the settings already in force: any subset of its
 * keys; a line of {@code functions} or {@code edge} is replaced by id, and a new id adds one.
 */
final class OperationsLoader {
  private static final List<String> KEYS =
      List.of(
          "fixedShare", "referenceServices", "managedShare", "managedLines", "functions", "edge");
  private static final List<String> LINE_KEYS =
      List.of("monthly", "label", "waivedWithPlatformTeam", "source");
  private static final double MAX_MONTHLY = 1e9;

  private OperationsLoader() {}

  static Operations.Settings settings(YamlNode node, String context, Operations.Settings base) {
    Fields f = Fields.of(node, context + ".operations", KEYS);
    Operations.Settings b = base == null ? Operations.Settings.NONE : base;
    double fixed =
        f.has("fixedShare")
            ? Values.percent(f.get("fixedShare"), "fixedShare", 0, 100)
            : b.fixedShare();
    int reference =
        f.has("referenceServices")
            ? (int) Values.integer(f.get("referenceServices"), "referenceServices", 1, 1_000_000)
            : b.referenceServices();
    double managed =
        f.has("managedShare")
            ? Values.percent(f.get("managedShare"), "managedShare", 0, 100)
            : b.managedShare();
    Map<String, Location> managedLines = b.managedLines();
    if (f.get("managedLines") != null) {
      Map<String, Location> ids = new LinkedHashMap<>();
      for (YamlNode n : f.list("managedLines")) {
        ids.put(Values.line(n, "managedLines"), n.location());
      }
      managedLines = ids;
    }
    List<Operations.Line> functions = lines(f, "functions", b.functions());
    List<Operations.Line> edge = lines(f, "edge", b.edge());
    return new Operations.Settings(fixed, reference, managed, managedLines, functions, edge);
  }

  private static List<Operations.Line> lines(Fields f, String key, List<Operations.Line> base) {
    if (!f.has(key)) {
      return base;
    }
    YamlNode node = f.get(key);
    if (!(node instanceof YamlNode.MapNode map)) {
      throw new InputException(
          node.location(),
          "'" + key + "' in operations must be a mapping of lines, got " + node.kindName());
    }
    Map<String, Operations.Line> byId = new LinkedHashMap<>();
    for (Operations.Line l : base) {
      byId.put(l.id(), l);
    }
    for (YamlNode.Entry e : map.entries().values()) {
      Operations.Line old = byId.get(e.key());
      byId.put(e.key(), line(e, key, old));
    }
    return new ArrayList<>(byId.values());
  }

  /**
   * A line: a mapping, or just its monthly amount. Messages name a line the file adds only where
   * its text may be quoted ({@link Text#quoted}): a weights file may be any file.
   */
  private static Operations.Line line(YamlNode.Entry e, String kind, Operations.Line old) {
    // A line the file adds is named in messages only where the file may be quoted.
    boolean hidden = old == null && Text.quoted(e.keyLocation(), e.key()).isEmpty();
    String field = hidden ? kind + " line" : kind + "." + e.key();
    if (old == null && !InventoryLoader.NAME.matcher(e.key()).matches()) {
      throw new InputException(
          e.keyLocation(),
          "an operations line of "
              + kind
              + " needs a name of letters, digits, '.', '_' and '-'"
              + Text.got(e.keyLocation(), e.key()));
    }
    String named = old != null ? " '" + field + "'" : Text.quoted(e.keyLocation(), field);
    if (!(e.value() instanceof YamlNode.MapNode)) {
      if (old == null) {
        throw new InputException(
            e.keyLocation(), "new operations line" + named + " needs a mapping with a label");
      }
      double monthly = Values.number(e.value(), field, 0, false, MAX_MONTHLY);
      return new Operations.Line(
          old.id(), old.label(), monthly, old.waivedWithPlatformTeam(), false, old.source());
    }
    Fields l = Fields.of(e.value(), "operations line" + named, LINE_KEYS);
    double monthly =
        l.has("monthly")
            ? Values.number(l.get("monthly"), field + ".monthly", 0, false, MAX_MONTHLY)
            : old == null ? -1 : old.monthly();
    if (monthly < 0) {
      throw new InputException(e.keyLocation(), "operations line" + named + " lacks monthly");
    }
    String label =
        l.has("label")
            ? Values.line(l.get("label"), field + ".label")
            : old == null ? null : old.label();
    if (label == null) {
      throw new InputException(e.keyLocation(), "operations line" + named + " lacks label");
    }
    boolean waived =
        l.has("waivedWithPlatformTeam")
            ? Values.bool(l.get("waivedWithPlatformTeam"), field + ".waivedWithPlatformTeam")
            : old != null && old.waivedWithPlatformTeam();
    String source =
        l.has("source")
            ? Values.line(l.get("source"), field + ".source")
            : old == null ? "the weights file" : old.source();
    return new Operations.Line(e.key(), label, monthly, waived, false, source);
  }
}
