package dev.placementadvisor.inventory;

/**
 * A traffic profile.
 *
 * @param name the profile's name, or null for a profile written inline in a service
 * @param growthPerMonth month-on-month growth as a fraction (0.08 for 8%)
 */
public record TrafficProfile(
    String name,
    TrafficPattern pattern,
    double requestsPerMonth,
    double peakToAverage,
    double growthPerMonth) {

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
}
