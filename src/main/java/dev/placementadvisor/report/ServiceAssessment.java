package dev.placementadvisor.report;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.result.DataTierCost;
import dev.placementadvisor.result.Reason;
import dev.placementadvisor.result.ServiceCosts;
import dev.placementadvisor.result.WasmAudit;
import java.util.List;
import java.util.Set;

/**
 * The assessment of one service.
 *
 * @param kubernetesScore the seed score function's result with the weights in force
 * @param placementScore the Kubernetes score plus the adjustments
 * @param scoreBand the band the placement score falls into, before the Wasm audit and limits
 * @param excluded placements that hard limits rule out
 * @param decision the steps from score to placement, in words
 * @param hybridSplit for a hybrid placement, what runs where; otherwise null
 * @param costs the monthly cost on each platform (with the whole inventory on it) and the crossover
 *     volume
 * @param sensitivity where the placement would flip, and when growth gets there
 * @param recommendedCost the monthly cost on the recommended placement, sharing each platform's
 *     account-level charges with the services recommended onto it, plus the data tier's
 * @param dataTier what the service's data store costs on its data tier, the same on every placement
 *     (or why it is not priced); null when the service names no data store
 */
public record ServiceAssessment(
    String name,
    Location location,
    Placement placement,
    int kubernetesScore,
    int placementScore,
    Placement scoreBand,
    WasmAudit wasmAudit,
    List<Reason> reasons,
    Set<Placement> excluded,
    List<String> decision,
    String hybridSplit,
    ServiceCosts costs,
    double requestsPerMonth,
    double recommendedCost,
    Sensitivity sensitivity,
    DataTierCost dataTier) {

  /**
   * The reasons worth a table cell: each platform limit that mattered (it is about the score's
   * band, or the edge for a Wasm candidate), "wasm-audit passed" for a Wasm candidate at the edge,
   * then the three weightiest factors with their points, as "cost -9".
   */
  public List<String> highlights() {
    return Highlights.of(this);
  }

  /** The monthly cost of its data store, the same on every placement: 0 when none is priced. */
  public double dataTierCost() {
    return dataTier == null ? 0 : dataTier.monthlyCost();
  }

  public ServiceAssessment {
    reasons = List.copyOf(reasons);
    java.util.EnumSet<Placement> copy = java.util.EnumSet.noneOf(Placement.class);
    copy.addAll(excluded);
    excluded = java.util.Collections.unmodifiableSet(copy);
    decision = List.copyOf(decision);
  }
}
