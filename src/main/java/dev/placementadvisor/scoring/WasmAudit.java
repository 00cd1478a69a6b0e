package dev.placementadvisor.scoring;

import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.ServiceRuntime;
import dev.placementadvisor.inventory.Workload;

/**
 * The Wasm suitability audit of one service: the three criteria (stateless, compute-bound,
 * cold-start sensitive) and how well its runtime compiles to Wasm or runs on an isolate.
 */
public record WasmAudit(
    boolean stateless, boolean computeBound, boolean coldStartSensitive, RuntimeFit runtimeFit) {

  /** How a runtime fits an edge isolate. */
  public enum RuntimeFit {
    /** Compiles to small Wasm modules or runs natively on V8 isolates. */
    GOOD("good"),
    /** Garbage-collected runtimes that need a rewrite before they fit an isolate. */
    REWRITE("rewrite"),
    /** No runtime given. */
    UNKNOWN("unknown");

    private final String id;

    RuntimeFit(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /** Every possible audit, by {@link #code}: there are only 24, so services share them. */
  private static final WasmAudit[] ALL = new WasmAudit[8 * RuntimeFit.values().length];

  static {
    for (int c = 0; c < ALL.length; c++) {
      ALL[c] = new WasmAudit((c & 1) != 0, (c & 2) != 0, (c & 4) != 0, RuntimeFit.values()[c >> 3]);
    }
  }

  /** Audits a service. */
  public static WasmAudit of(Service s) {
    return ALL[code(s)];
  }

  /** A number that two services share exactly when their audits are equal. */
  static int code(Service s) {
    // Request-layer work (a role) is what the seed calls a clear candidate: short work on every
    // request, with a user waiting on it, and no backend round trip of its own.
    boolean layer = s.role().requestLayer();
    return (!s.stateful() ? 1 : 0)
        | (layer || s.workload() == Workload.COMPUTE_BOUND ? 2 : 0)
        | (layer || s.coldStartSensitive() ? 4 : 0)
        | fit(s.runtime()).ordinal() << 3;
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

  /** All three audit criteria hold. */
  public boolean candidate() {
    return stateless && computeBound && coldStartSensitive;
  }

  /** A candidate whose runtime can go to the edge as it is. */
  public boolean readyForEdge() {
    return candidate() && runtimeFit == RuntimeFit.GOOD;
  }
}
