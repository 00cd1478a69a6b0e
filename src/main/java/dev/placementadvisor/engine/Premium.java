package dev.placementadvisor.engine;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.result.Reason;
import dev.placementadvisor.result.ServiceCosts;
import dev.placementadvisor.result.WasmAudit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Says, in dollars, why a placement that is not the cheapest feasible one was chosen: the
 * difference in total cost of ownership, and the factors that pushed towards the dearer placement
 * and outweigh it. (A placement over {@link Decision#PREMIUM} times the cheapest is the case the
 * model must always explain; any dearer one is explained the same way.)
 */
final class Premium {
  /** A difference below this is no difference: the reports show cents. */
  private static final double HALF_CENT = 0.005;

  /** At most this many factors are named, the strongest first. */
  private static final int MOST = 6;

  private Premium() {}

  /** {@code d} with one more step when its placement is not the cheapest; otherwise {@code d}. */
  static Decision explain(
      Decision d,
      ServiceCosts costs,
      WasmAudit audit,
      Set<Placement> excluded,
      List<Reason> reasons) {
    Placement chosen = d.placement();
    Placement cheapest = Decision.cheapest(costs, audit, excluded);
    if (cheapest == null || cheapest == chosen) {
      return d;
    }
    double paid = costs.tco(chosen);
    double least = costs.tco(cheapest);
    if (!(paid - least >= HALF_CENT)) {
      return d;
    }
    List<String> steps = new ArrayList<>(d.steps());
    steps.add(
        chosen.id()
            + " costs "
            + Format.usd(paid - least)
            + " a month more than "
            + cheapest.id()
            + " (TCO "
            + Format.usd(paid)
            + " vs "
            + Format.usd(least)
            + "); outweighed by "
            + String.join(", ", factors(chosen, cheapest, audit, reasons, d.band())));
    return new Decision(d.band(), chosen, steps);
  }

  /**
   * The factors that kept the service from {@code cheapest} and took it to {@code chosen},
   * strongest first: the Wasm audit where the edge is one of the two, the reasons whose points
   * pushed along the score from one to the other, and the limits that ruled out a placement between
   * them (a limit about another placement, as the edge's memory for a choice between serverless and
   * Kubernetes, explains nothing here). With none of these, the score's band did.
   */
  static List<String> factors(
      Placement chosen, Placement cheapest, WasmAudit audit, List<Reason> reasons, Placement band) {
    List<String> named = new ArrayList<>();
    if (chosen == Placement.WASM_EDGE) {
      named.add("the Wasm audit (a candidate whose runtime fits the edge)");
    } else if (cheapest == Placement.WASM_EDGE) {
      named.add(
          audit.candidate()
              ? "the Wasm audit (its runtime does not fit the edge as it is)"
              : "the Wasm audit (not a candidate: only candidates go to the edge)");
    }
    // Along the score, serverless < hybrid < kubernetes; the edge stands outside it.
    int from =
        cheapest == Placement.WASM_EDGE ? Placement.SERVERLESS.ordinal() : cheapest.ordinal();
    int to = chosen == Placement.WASM_EDGE ? from : chosen.ordinal();
    List<Reason> pushing = new ArrayList<>();
    List<String> limits = new ArrayList<>();
    for (Reason r : reasons) {
      if (r.factor().startsWith("limit-")) {
        if (r.rulesOut().stream()
            .anyMatch(p -> p != Placement.WASM_EDGE && between(p.ordinal(), from, to))) {
          limits.add(r.factor());
        }
      } else if (to > from ? r.points() > 0 : to < from && r.points() < 0) {
        pushing.add(r);
      }
    }
    pushing.sort(Comparator.comparingInt((Reason r) -> -Math.abs(r.points())));
    for (Reason r : pushing.subList(0, Math.min(MOST, pushing.size()))) {
      named.add(r.factor() + " " + (r.points() > 0 ? "+" : "") + r.points());
    }
    named.addAll(limits);
    if (named.isEmpty()) {
      named.add("the placement score, in the " + band.id() + " band");
    }
    return named;
  }

  /** True when {@code p} lies strictly between {@code a} and {@code b}, either way round. */
  private static boolean between(int p, int a, int b) {
    return p > Math.min(a, b) && p < Math.max(a, b);
  }
}
