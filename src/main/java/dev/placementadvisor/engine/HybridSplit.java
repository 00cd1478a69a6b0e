package dev.placementadvisor.engine;

import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.scoring.WasmAudit;
import java.util.ArrayList;
import java.util.List;

/** Says what runs where when one service is split between a request layer and a cluster core. */
final class HybridSplit {
  private HybridSplit() {}

  static String describe(Service s, WasmAudit audit) {
    boolean edgeFront =
        audit.stateless() || s.coldStartSensitive()
            ? audit.runtimeFit() == WasmAudit.RuntimeFit.GOOD && s.memoryMb() <= 128
            : false;
    String front =
        edgeFront
            ? "Wasm at the edge for the stateless, latency-sensitive request layer"
            : "serverless functions for the request layer and bursts";
    List<String> core = new ArrayList<>();
    if (s.stateful()) {
      core.add("state");
    }
    if (s.onPremises()) {
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
