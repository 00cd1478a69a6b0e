package dev.placementadvisor.compare;

import java.util.List;

/**
 * The outcome of one gate.
 *
 * @param id stable ID: max-increase, max-service-increase, budget, placement-change
 * @param limit the limit as given ("10%", "$500")
 * @param services the services that drove a failure, largest first
 */
public record GateResult(
    String id, String limit, boolean passed, String message, List<String> services) {
  public GateResult {
    services = List.copyOf(services);
  }

  /** The gate and its limit, as messages name it: "max-increase 10%", "placement-change". */
  public String label() {
    return id + (limit.equals("none") ? "" : " " + limit);
  }
}
