package dev.placementadvisor.inventory;

/** Where a service should run. Declared from most to least managed. */
public enum Placement {
  WASM_EDGE("wasm-edge"),
  SERVERLESS("serverless"),
  HYBRID("hybrid"),
  KUBERNETES("kubernetes");

  private final String id;

  Placement(String id) {
    this.id = id;
  }

  /** The name used in output. */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
