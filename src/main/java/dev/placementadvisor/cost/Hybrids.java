package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.TrafficProfile;

/**
 * How a hybrid splits a service's requests: its cluster runs the base load and its front takes the
 * bursts above it. With the two-level load of docs/cost-model.md ("Peaks, autoscaling and jobs"),
 * the rate is {@code peakToAverage} (P) times the average for {@code timeAtPeak} (t) of the month
 * and the base rate {@code (1 - tP) / (1 - t)} times the average the rest of it; the bursts are the
 * requests above the base rate while at the peak:
 *
 * <pre>burstShare = t x (P - (1 - tP) / (1 - t))  =  1 - (1 - tP) / (1 - t)</pre>
 *
 * A job (a schedule, or the batch pattern) has no base load to keep: it sends no bursts.
 */
final class Hybrids {
  private Hybrids() {}

  /** The share of {@code s}'s requests its front serves whole, from 0 to below 1. */
  static double burstShare(Service s) {
    if (Replicas.isJob(s)) {
      return 0;
    }
    double p = s.traffic().peakToAverage();
    double t = s.traffic().timeAtPeak();
    if (!(p > 1) || !(t > 0) || t >= 1 || t * p >= 1) {
      return 0;
    }
    return 1 - (1 - t * p) / (1 - t);
  }

  /** {@code s} with only its base load: {@code requests} a month at an even rate. */
  static Service base(Service s, double requests) {
    TrafficProfile t = s.traffic();
    return s.withTraffic(
        new TrafficProfile(
            t.name(), t.pattern(), requests, 1, t.growthPerMonth(), t.peakHoursPerDay()));
  }
}
