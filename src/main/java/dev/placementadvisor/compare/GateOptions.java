package dev.placementadvisor.compare;

/**
 * The gates a comparison is held to; null thresholds are off.
 *
 * @param noFail report failed gates without failing (exit 0)
 */
public record GateOptions(
    Threshold maxIncrease,
    Threshold maxServiceIncrease,
    Double budget,
    boolean failOnPlacementChange,
    boolean noFail) {

  public static GateOptions none() {
    return new GateOptions(null, null, null, false, false);
  }
}
