package dev.placementadvisor.inventory;

/**
 * A traffic profile.
 *
 * @param name the profile's name, or null for a profile written inline in a service
 * @param growthPerMonth month-on-month growth as a fraction (0.08 for 8%)
 * @param peakHoursPerDay how many hours a day the load runs at its peak: the profile's {@code
 *     peakHoursPerDay}, or the pattern's ({@link #defaultPeakHoursPerDay}) when not given
 */
public record TrafficProfile(
    String name,
    TrafficPattern pattern,
    double requestsPerMonth,
    double peakToAverage,
    double growthPerMonth,
    double peakHoursPerDay) {

  /** A profile with its pattern's hours at peak. */
  public TrafficProfile(
      String name,
      TrafficPattern pattern,
      double requestsPerMonth,
      double peakToAverage,
      double growthPerMonth) {
    this(
        name,
        pattern,
        requestsPerMonth,
        peakToAverage,
        growthPerMonth,
        defaultPeakHoursPerDay(pattern));
  }

  /** The peak-to-average ratio assumed for a pattern when none is given. */
  public static double defaultPeakToAverage(TrafficPattern pattern) {
    return switch (pattern) {
      case STEADY -> 1.5;
      case SPIKY -> 5;
      case EVENT_DRIVEN -> 4;
      case BATCH -> 8;
      case REALTIME -> 2;
      case UNPREDICTABLE -> 4;
    };
  }

  /**
   * The hours a day a pattern's load is assumed to run at its peak when the profile does not say
   * (docs/cost-model.md, "Peaks and autoscaling"): a working day for steady and realtime load, one
   * hour for spikes, two for events and unpredictable load, a four-hour window for batch.
   */
  public static double defaultPeakHoursPerDay(TrafficPattern pattern) {
    return switch (pattern) {
      case STEADY, REALTIME -> 8;
      case SPIKY -> 1;
      case EVENT_DRIVEN, UNPREDICTABLE -> 2;
      case BATCH -> 4;
    };
  }

  /** The share of the month at the peak, as the profile says it: peakHoursPerDay / 24. */
  public double timeAtPeak() {
    return peakHoursPerDay / 24.0;
  }
}
