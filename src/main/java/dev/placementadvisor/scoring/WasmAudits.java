package dev.placementadvisor.scoring;

import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.ServiceRuntime;
import dev.placementadvisor.inventory.Workload;
import dev.placementadvisor.result.WasmAudit;
import dev.placementadvisor.result.WasmAudit.RuntimeFit;

/** The Wasm suitability audit of a service (see docs/scoring.md). */
public final class WasmAudits {
  private WasmAudits() {}

  /** Audits a service. */
  public static WasmAudit of(Service s) {
    return WasmAudit.of(stateless(s), computeBound(s), coldStartSensitive(s), fit(s.runtime()));
  }

  /** A number that two services share exactly when their audits are equal. */
  static int code(Service s) {
    return WasmAudit.code(stateless(s), computeBound(s), coldStartSensitive(s), fit(s.runtime()));
  }

  private static boolean stateless(Service s) {
    return !s.stateful();
  }

  /**
   * Request-layer work (a role) is what the seed calls a clear candidate: short work on every
   * request, with a user waiting on it, and no backend round trip of its own.
   */
  private static boolean computeBound(Service s) {
    return s.role().requestLayer() || s.workload() == Workload.COMPUTE_BOUND;
  }

  private static boolean coldStartSensitive(Service s) {
    return s.role().requestLayer() || s.coldStartSensitive();
  }

  /** The fit of a runtime. */
  public static RuntimeFit fit(ServiceRuntime runtime) {
    if (runtime == null) {
      return RuntimeFit.UNKNOWN;
    }
    return switch (runtime) {
      case RUST, GO, TINYGO, C, CPP, ZIG, ASSEMBLYSCRIPT, JAVASCRIPT, TYPESCRIPT -> RuntimeFit.GOOD;
      case PYTHON, JAVA, KOTLIN, DOTNET, RUBY, PHP -> RuntimeFit.REWRITE;
    };
  }
}
