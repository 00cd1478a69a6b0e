package dev.placementadvisor.engine;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.result.Bands;
import dev.placementadvisor.result.ServiceCosts;
import dev.placementadvisor.result.WasmAudit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns scores, the Wasm audit and the platform limits into one placement, recording each step.
 *
 * <p>The placement score picks a band. A service that passes the Wasm audit with a runtime that
 * fits the edge goes to wasm-edge whatever its band (the Wasm-at-the-edge, Kubernetes-in-core
 * pattern), unless a limit rules the edge out. A placement ruled out by a limit moves to the
 * nearest allowed placement towards Kubernetes, which only a service whose platforms leave it
 * another placement can be ruled out of; then to the nearest allowed the other way.
 */
record Decision(Placement band, Placement placement, List<String> steps) {

  Decision {
    steps = List.copyOf(steps);
  }

  /** A placement that costs more than this many times the cheapest feasible one must say why. */
  static final double PREMIUM = 1.5;

  static Decision decide(
      int kubernetesScore,
      int placementScore,
      WasmAudit audit,
      Set<Placement> excluded,
      Bands bands) {
    return decide(kubernetesScore, placementScore, audit, excluded, bands, null);
  }

  /**
   * As above, with the total costs of ownership: the edge is taken for a Wasm candidate only while
   * it costs at most {@link #PREMIUM} times the cheapest feasible placement, and hybrid only while
   * it costs no more than the cheaper of the pure placements it combines.
   */
  static Decision decide(
      int kubernetesScore,
      int placementScore,
      WasmAudit audit,
      Set<Placement> excluded,
      Bands bands,
      ServiceCosts costs) {
    List<String> steps = new ArrayList<>();
    Placement band = scoreBand(kubernetesScore, placementScore, bands, steps);
    Placement placement = band;
    if (audit.candidate()) {
      placement = wasmCandidate(band, audit, excluded, costs, steps);
    }
    if (excluded.contains(placement)) {
      Placement moved = nearestAllowed(placement, excluded);
      steps.add(placement.id() + " is ruled out by a platform limit: " + moved.id());
      placement = moved;
    }
    Placement pure = purerThanHybrid(placement, costs, excluded);
    if (pure != null) {
      steps.add(
          "hybrid would cost "
              + Format.usd(costs.tco(Placement.HYBRID))
              + " a month (TCO), more than "
              + pure.id()
              + " alone at "
              + Format.usd(costs.tco(pure))
              + ": "
              + pure.id());
      placement = pure;
    }
    return new Decision(band, placement, steps);
  }

  /**
   * The placement score's band, after recording which band each score falls in: the Kubernetes
   * score's band is shown so the reader sees what the adjustments moved.
   */
  private static Placement scoreBand(
      int kubernetesScore, int placementScore, Bands bands, List<String> steps) {
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
    return band;
  }

  /**
   * Where a Wasm candidate goes: the edge, unless its runtime does not fit, a limit rules the edge
   * out or the edge costs more than {@link #PREMIUM} times the cheapest feasible placement; then it
   * stays in its band. Records the reason either way.
   */
  private static Placement wasmCandidate(
      Placement band,
      WasmAudit audit,
      Set<Placement> excluded,
      ServiceCosts costs,
      List<String> steps) {
    if (audit.runtimeFit() != WasmAudit.RuntimeFit.GOOD) {
      steps.add(
          "a Wasm candidate, but its runtime "
              + (audit.runtimeFit() == WasmAudit.RuntimeFit.REWRITE
                  ? "needs a rewrite first"
                  : "is not given")
              + ": stays "
              + band.id());
      return band;
    }
    if (excluded.contains(Placement.WASM_EDGE)) {
      steps.add("a Wasm candidate, but a limit rules out the edge: stays " + band.id());
      return band;
    }
    if (edgeTooCostly(costs, audit, excluded)) {
      Placement c = cheapest(costs, audit, excluded);
      steps.add(
          "a Wasm candidate, but the edge costs "
              + Format.usd(costs.tco(Placement.WASM_EDGE))
              + " a month against "
              + Format.usd(costs.tco(c))
              + " on "
              + c.id()
              + " (TCO), more than "
              + Format.number(PREMIUM)
              + "x: stays "
              + band.id());
      return band;
    }
    steps.add(
        "passes the Wasm audit with a runtime that fits the edge: wasm-edge"
            + (band == Placement.SERVERLESS ? "" : " (Wasm at the edge, Kubernetes in the core)"));
    return Placement.WASM_EDGE;
  }

  /** True when a cost rule may change or explain this service's decision (see {@link #decide}). */
  static boolean costMatters(
      int placementScore,
      WasmAudit audit,
      Set<Placement> excluded,
      Bands bands,
      ServiceCosts costs) {
    return costs != null
        && (audit.candidate() && edgeTooCostly(costs, audit, excluded)
            || place(placementScore, audit, excluded, bands, null) == Placement.HYBRID);
  }

  /** True when the edge costs more than {@link #PREMIUM} times the cheapest feasible placement. */
  static boolean edgeTooCostly(ServiceCosts costs, WasmAudit audit, Set<Placement> excluded) {
    if (costs == null || excluded.contains(Placement.WASM_EDGE)) {
      return false;
    }
    Placement c = cheapest(costs, audit, excluded);
    return c != null && costs.tco(Placement.WASM_EDGE) > PREMIUM * costs.tco(c);
  }

  /**
   * The feasible placement with the lowest total cost of ownership: one no limit rules out, the
   * edge only for a runtime that fits it; null when costs are not known.
   */
  static Placement cheapest(ServiceCosts costs, WasmAudit audit, Set<Placement> excluded) {
    if (costs == null) {
      return null;
    }
    Placement best = null;
    for (Placement p : Placement.values()) {
      if (excluded.contains(p)
          || p == Placement.WASM_EDGE && audit.runtimeFit() != WasmAudit.RuntimeFit.GOOD) {
        continue;
      }
      if (best == null || costs.tco(p) < costs.tco(best)) {
        best = p;
      }
    }
    return best;
  }

  /**
   * For a hybrid placement that costs more than the cheaper of serverless (when feasible) and
   * Kubernetes, that cheaper one; otherwise null.
   */
  static Placement purerThanHybrid(
      Placement placement, ServiceCosts costs, Set<Placement> excluded) {
    if (placement != Placement.HYBRID || costs == null) {
      return null;
    }
    Placement pure =
        !excluded.contains(Placement.SERVERLESS)
                && costs.tco(Placement.SERVERLESS) <= costs.tco(Placement.KUBERNETES)
            ? Placement.SERVERLESS
            : Placement.KUBERNETES;
    return costs.tco(Placement.HYBRID) > costs.tco(pure) ? pure : null;
  }

  /**
   * The placement {@link #decide} arrives at, without the steps in words: what the flip-point
   * search asks hundreds of times per service.
   */
  static Placement place(
      int placementScore,
      WasmAudit audit,
      Set<Placement> excluded,
      Bands bands,
      ServiceCosts costs) {
    Placement placement = bands.of(placementScore);
    if (audit.candidate()
        && audit.runtimeFit() == WasmAudit.RuntimeFit.GOOD
        && !excluded.contains(Placement.WASM_EDGE)
        && !edgeTooCostly(costs, audit, excluded)) {
      placement = Placement.WASM_EDGE;
    }
    if (excluded.contains(placement)) {
      placement = nearestAllowed(placement, excluded);
    }
    Placement pure = purerThanHybrid(placement, costs, excluded);
    return pure != null ? pure : placement;
  }

  /**
   * The first placement no limit rules out from {@code from} towards Kubernetes; when every one up
   * to Kubernetes is ruled out (a service whose platforms are all at the edge), the nearest the
   * other way; Kubernetes when none is left.
   */
  private static Placement nearestAllowed(Placement from, Set<Placement> excluded) {
    Placement[] order = Placement.values();
    for (int i = from.ordinal(); i < order.length; i++) {
      if (!excluded.contains(order[i])) {
        return order[i];
      }
    }
    for (int i = from.ordinal() - 1; i >= 0; i--) {
      if (!excluded.contains(order[i])) {
        return order[i];
      }
    }
    return Placement.KUBERNETES;
  }
}
