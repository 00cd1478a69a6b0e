package dev.placementadvisor.inventory;

/** Where a service spends its time. */
public enum Workload {
  COMPUTE_BOUND("compute-bound"),
  IO_BOUND("io-bound"),
  MIXED("mixed");

  private final String id;

  Workload(String id) {
    this.id = id;
  }

  /** The name used in inventories and output. */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
