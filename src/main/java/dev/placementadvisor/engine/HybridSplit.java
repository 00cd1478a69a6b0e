package dev.placementadvisor.engine;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.result.ServiceCosts;
import dev.placementadvisor.result.WasmAudit;
import dev.placementadvisor.scoring.Factors;
import dev.placementadvisor.scoring.ServiceFacts;
import java.util.ArrayList;
import java.util.List;

/** Says what runs where when one service is split between a request layer and a cluster core. */
final class HybridSplit {
  private HybridSplit() {}

  /**
   * True when the request layer can run at the edge: a fitting runtime within an isolate's memory.
   */
  static boolean edgeFront(Service s, WasmAudit audit) {
    return audit.runtimeFit() == WasmAudit.RuntimeFit.GOOD
        && s.memoryMb() <= Factors.EDGE_MAX_MEMORY_MB
        && !s.onPremises();
  }

  /**
   * What runs where, with the platforms when priced: "Wasm at the edge on cloudflare-workers for
   * ...; Kubernetes core on aws-eks for ...", the bursts' share when the front takes them, and the
   * service's database with the core.
   */
  static String describe(ServiceFacts facts, WasmAudit audit) {
    Service s = facts.service();
    ServiceCosts.Choice c = facts.costs() == null ? null : facts.costs().choice();
    boolean priced = c != null && c.kubernetes() != null;
    StringBuilder b =
        new StringBuilder(edgeFront(s, audit) ? "Wasm at the edge" : "serverless functions");
    if (priced && c.front() != null) {
      b.append(" on ").append(c.front());
    }
    b.append(
        edgeFront(s, audit)
            ? " for the stateless, latency-sensitive request layer"
            : " for the request layer");
    if (priced && c.burstShare() > 0) {
      b.append(" (and the bursts above the base load, ")
          .append(Format.percent(c.burstShare()))
          .append(" of the requests)");
    }
    b.append("; Kubernetes core");
    if (priced) {
      b.append(" on ").append(c.kubernetes());
    }
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
    if (priced && s.dataStore().present()) {
      core.add("its database");
    }
    return b.append(" for ")
        .append(String.join(", ", core))
        .append(" and the business logic")
        .toString();
  }
}
