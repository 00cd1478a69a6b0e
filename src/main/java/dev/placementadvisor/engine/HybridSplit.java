package dev.placementadvisor.engine;

import dev.placementadvisor.inventory.Service;
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

  /** Everything {@link #describe} reads, as a number below 16: equal numbers, equal texts. */
  static int key(ServiceFacts facts, WasmAudit audit) {
    Service s = facts.service();
    return (edgeFront(s, audit) ? 1 : 0)
        | (s.stateful() ? 2 : 0)
        | (facts.onPremises() ? 4 : 0)
        | (s.memoryMb() > 10_240 ? 8 : 0);
  }

  static String describe(ServiceFacts facts, WasmAudit audit) {
    Service s = facts.service();
    String front =
        edgeFront(s, audit)
            ? "Wasm at the edge for the stateless, latency-sensitive request layer"
            : "serverless functions for the request layer and bursts";
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
