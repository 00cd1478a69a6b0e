package dev.placementadvisor.result;

/**
 * The Wasm suitability audit of one service: the three criteria (stateless, compute-bound,
 * cold-start sensitive) and how well its runtime compiles to Wasm or runs on an isolate. The
 * scoring engine audits a service ({@code scoring.WasmAudits}).
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

  /** The audit with these answers, shared by every service that has them. */
  public static WasmAudit of(
      boolean stateless, boolean computeBound, boolean coldStartSensitive, RuntimeFit fit) {
    return ALL[code(stateless, computeBound, coldStartSensitive, fit)];
  }

  /** A number that two audits share exactly when they are equal. */
  public static int code(
      boolean stateless, boolean computeBound, boolean coldStartSensitive, RuntimeFit fit) {
    return (stateless ? 1 : 0)
        | (computeBound ? 2 : 0)
        | (coldStartSensitive ? 4 : 0)
        | fit.ordinal() << 3;
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
