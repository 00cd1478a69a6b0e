package dev.placementadvisor.compare;

/**
 * The gates a comparison is held to; null thresholds are off.
 *
 * @param noFail report failed gates without failing (exit 0)
 * @param minChange the smallest change of a service's cost that counts as a change
 */
public record GateOptions(
    Threshold maxIncrease,
    Threshold maxServiceIncrease,
    Double budget,
    boolean failOnPlacementChange,
    boolean noFail,
    MinChange minChange) {

  /** Gates with the default {@link MinChange}. */
  public GateOptions(
      Threshold maxIncrease,
      Threshold maxServiceIncrease,
      Double budget,
      boolean failOnPlacementChange,
      boolean noFail) {
    this(maxIncrease, maxServiceIncrease, budget, failOnPlacementChange, noFail, MinChange.DEFAULT);
  }

  public static GateOptions none() {
    return new GateOptions(null, null, null, false, false);
  }
}
