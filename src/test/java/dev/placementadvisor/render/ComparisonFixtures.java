package dev.placementadvisor.render;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.GateOptions;
import dev.placementadvisor.compare.ReportDiff;
import dev.placementadvisor.compare.Snapshot;
import dev.placementadvisor.compare.Threshold;
import java.util.List;

/** Comparisons built in code for the renderer tests, with awkward names and locations. */
public final class ComparisonFixtures {
  /** A name with every character that GitHub properties, XML and markdown must escape. */
  public static final String AWKWARD = "a:b,c%d & <e> \"f\" 'g'";

  private ComparisonFixtures() {}

  static Snapshot snapshot(String source, String inventory, Snapshot.Entry... entries) {
    double total = 0;
    for (Snapshot.Entry e : entries) {
      total += e.monthlyCost();
    }
    return new Snapshot(source, inventory, List.of(entries), total);
  }

  static Snapshot.Entry entry(String name, String placement, double cost, int line, int column) {
    return new Snapshot.Entry(name, placement, cost, line, column);
  }

  /**
   * The awkward service rises from $10 to $40 (driving --max-increase 10% and
   * --max-service-increase $5), "moved" changes placement at line 0 (no region), "gone" is removed,
   * "new" is added, "steady" is unchanged; the $45 budget fails.
   */
  public static Comparison awkward(String inventory, boolean noFail) {
    Snapshot base =
        snapshot(
            "base.json",
            inventory,
            entry(AWKWARD, "serverless", 10, 3, 5),
            entry("moved", "serverless", 5, 0, 0),
            entry("gone", "kubernetes", 20, 12, 5),
            entry("steady", "wasm-edge", 1, 20, 5));
    Snapshot current =
        snapshot(
            inventory,
            inventory,
            entry(AWKWARD, "serverless", 40, 3, 5),
            entry("moved", "kubernetes", 4, 0, 0),
            entry("steady", "wasm-edge", 1, 20, 5),
            entry("new", "serverless", 2.5, 25, 5));
    return ReportDiff.compare(
        base,
        current,
        new GateOptions(Threshold.parse("10%"), Threshold.parse("5"), 45.0, true, noFail));
  }

  /** A comparison with no gates at all: one rise, one fall, one added service. */
  public static Comparison ungated(String inventory) {
    Snapshot base =
        snapshot(
            "base.json",
            inventory,
            entry("up", "serverless", 10, 3, 5),
            entry("down", "serverless", 10, 8, 5));
    Snapshot current =
        snapshot(
            inventory,
            inventory,
            entry("up", "serverless", 12, 3, 5),
            entry("down", "serverless", 8, 8, 5),
            entry("new", "wasm-edge", 1, 13, 5));
    return ReportDiff.compare(base, current, GateOptions.none());
  }
}
