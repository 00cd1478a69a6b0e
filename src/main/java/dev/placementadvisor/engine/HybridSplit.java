package dev.placementadvisor.engine;

import dev.placementadvisor.cost.ServiceCosts;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.report.Format;
import dev.placementadvisor.scoring.Factors;
import dev.placementadvisor.scoring.ServiceFacts;
import dev.placementadvisor.scoring.WasmAudit;
import java.util.ArrayList;
import java.util.List;

/** Says what runs where when one service is split between a request layer and a cluster core. */
final class HybridSplit {
  private HybridSplit() {}

  /** True when the request layer can run at the edge: a fitting runtime within an isolate's memory. */
  static boolean edgeFront(Service s, WasmAudit audit) {
    return audit.runtimeFit() == WasmAudit.RuntimeFit.GOOD
        && s.memoryMb() <= Factors.EDGE_MAX_MEMORY_MB
        && !s.onPremises();
  }

  /**
   * What runs where, with the platforms: "Wasm at the edge on cloudflare-workers for ...; Kubernetes
   * core on aws-eks for ...", the bursts' share when the front takes them, and the service's
   * database with the core.
   */
  static String describe(ServiceFacts facts, WasmAudit audit) {
    String text = describeParts(facts, audit);
    ServiceCosts costs = facts.costs();
    if (costs == null || costs.choice().kubernetes() == null) {
      return text;
    }
    ServiceCosts.Choice c = costs.choice();
    String front = c.front() == null ? "" : " on " + c.front();
    String bursts = c.burstShare() > 0
        ? " (and the bursts above the base load, " + Format.percent(c.burstShare())
            + " of the requests)"
        : "";
    String data = facts.service().dataStore().present() ? ", its database" : "";
    int semicolon = text.indexOf("; Kubernetes core");
    return text.substring(0, semicolon).replaceFirst(
            "^(Wasm at the edge|serverless functions)", "$1" + front)
        + bursts
        + "; Kubernetes core on " + c.kubernetes()
        + text.substring(semicolon + "; Kubernetes core".length()).replace(
            " and the business logic", data + " and the business logic");
  }

  private static String describeParts(ServiceFacts facts, WasmAudit audit) {
    Service s = facts.service();
    String front =
        edgeFront(s, audit)
            ? "Wasm at the edge for the stateless, latency-sensitive request layer"
            : "serverless functions for the request layer";
    List<String> core = new ArrayList<>();
    if (s.stateful()) {
      core.add("state");
    }
    if (facts.onPremises()) {
      core.add("on-premises work");
    }
    if (s.memoryMb() > 10_240) {
      core.add("large-memory work");
    }
    if (core.isEmpty()) {
      core.add("the steady base load");
    }
    return front + "; Kubernetes core for " + String.join(", ", core) + " and the business logic";
  }
}
