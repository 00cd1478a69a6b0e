package dev.placementadvisor.inventory;

/** Shapes of traffic a profile can have. */
public enum TrafficPattern {
  STEADY("steady"),
  SPIKY("spiky"),
  EVENT_DRIVEN("event-driven"),
  BATCH("batch"),
  REALTIME("realtime"),
  UNPREDICTABLE("unpredictable");

  private final String id;

  TrafficPattern(String id) {
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
