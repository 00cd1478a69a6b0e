package dev.placementadvisor.engine;

import dev.placementadvisor.report.Placement;
import dev.placementadvisor.scoring.Bands;
import dev.placementadvisor.scoring.WasmAudit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns scores, the Wasm audit and the platform limits into one placement, recording each step.
 *
 * <p>The placement score picks a band. A service that passes the Wasm audit with a runtime that
 * fits the edge goes to wasm-edge whatever its band (the Wasm-at-the-edge, Kubernetes-in-core
 * pattern), unless a limit rules the edge out. A placement ruled out by a limit moves to the
 * nearest allowed placement towards Kubernetes, which no limit rules out.
 */
record Decision(Placement band, Placement placement, List<String> steps) {

  Decision {
    steps = List.copyOf(steps);
  }

  static Decision decide(
      int kubernetesScore,
      int placementScore,
      WasmAudit audit,
      Set<Placement> excluded,
      Bands bands) {
    List<String> steps = new ArrayList<>();
    Placement seedBand = bands.of(kubernetesScore);
    steps.add(
        "Kubernetes score "
            + kubernetesScore
            + " is in the "
            + seedBand.id()
            + " band ("
            + bands.range(seedBand)
            + ")");
    Placement band = bands.of(placementScore);
    int adjustments = placementScore - kubernetesScore;
    steps.add(
        "placement score "
            + placementScore
            + " (Kubernetes score "
            + kubernetesScore
            + ", adjustments "
            + (adjustments > 0 ? "+" + adjustments : Integer.toString(adjustments))
            + ") is in the "
            + band.id()
            + " band ("
            + bands.range(band)
            + ")");
    Placement placement = band;
    if (audit.candidate()) {
      if (audit.runtimeFit() != WasmAudit.RuntimeFit.GOOD) {
        steps.add(
            "a Wasm candidate, but its runtime "
                + (audit.runtimeFit() == WasmAudit.RuntimeFit.REWRITE
                    ? "needs a rewrite first"
                    : "is not given")
                + ": stays "
                + band.id());
      } else if (excluded.contains(Placement.WASM_EDGE)) {
        steps.add("a Wasm candidate, but a limit rules out the edge: stays " + band.id());
      } else {
        placement = Placement.WASM_EDGE;
        steps.add(
            "passes the Wasm audit with a runtime that fits the edge: wasm-edge"
                + (band == Placement.SERVERLESS ? "" : " (Wasm at the edge, Kubernetes in the core)"));
      }
    }
    if (excluded.contains(placement)) {
      Placement moved = nearestAllowed(placement, excluded);
      steps.add(placement.id() + " is ruled out by a platform limit: " + moved.id());
      placement = moved;
    }
    return new Decision(band, placement, steps);
  }

  /**
   * The placement {@link #decide} arrives at, without the steps in words: what the flip-point
   * search asks hundreds of times per service.
   */
  static Placement place(
      int placementScore, WasmAudit audit, Set<Placement> excluded, Bands bands) {
    Placement placement = bands.of(placementScore);
    if (audit.candidate()
        && audit.runtimeFit() == WasmAudit.RuntimeFit.GOOD
        && !excluded.contains(Placement.WASM_EDGE)) {
      placement = Placement.WASM_EDGE;
    }
    if (excluded.contains(placement)) {
      placement = nearestAllowed(placement, excluded);
    }
    return placement;
  }

  private static Placement nearestAllowed(Placement from, Set<Placement> excluded) {
    Placement[] order = Placement.values();
    for (int i = from.ordinal(); i < order.length; i++) {
      if (!excluded.contains(order[i])) {
        return order[i];
      }
    }
    return Placement.KUBERNETES;
  }
}
