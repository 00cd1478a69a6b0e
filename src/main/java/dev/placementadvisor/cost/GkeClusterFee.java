package dev.placementadvisor.cost;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.pricing.PriceCatalog;

/**
 * GKE's cluster management fee ($0.10 per cluster per hour, Standard or Autopilot, zonal or
 * regional) less the billing account's monthly free tier credit, which only zonal and Autopilot
 * clusters' fees can use. Both GKE platforms price one cluster that the credit applies to (a zonal
 * Standard cluster, an Autopilot cluster), shared by the services on it.
 */
final class GkeClusterFee {
  private final double hourly;
  private final double credit;
  private final double creditQuantity;
  private final double hours;

  /**
   * @param freeTier whether the account's free tier credit is applied
   */
  GkeClusterFee(PriceCatalog c, boolean freeTier) {
    this.hourly = c.price("gke.clusterFee").first();
    this.creditQuantity = c.quantity("gke.freeTierCredit");
    this.credit = freeTier ? creditQuantity : 0;
    this.hours = c.hoursPerMonth();
  }

  /**
   * The month's cluster management fee of one billing account: {@code eligibleHours} of zonal and
   * Autopilot clusters and {@code otherHours} of regional Standard clusters at {@code hourly}, less
   * {@code credit} on the eligible clusters' fees only.
   */
  static double monthly(double eligibleHours, double otherHours, double hourly, double credit) {
    double eligible = eligibleHours * hourly;
    return eligible - Math.min(credit, eligible) + otherHours * hourly;
  }

  /** Adds {@code share} of one eligible cluster's fee for the month to {@code bill}. */
  void add(double share, boolean shared, Bill bill) {
    double gross = hours * hourly;
    double net = monthly(hours, 0, hourly, credit);
    bill.add(
        "GKE cluster management fee",
        "gke.clusterFee",
        bill.explaining()
            ? Format.number(hours)
                + " h x $"
                + Format.price(hourly)
                + " per hour = "
                + Format.usd(gross)
                + (credit > 0
                    ? " less "
                        + Format.usd(gross - net)
                        + " of the "
                        + Format.usd(creditQuantity)
                        + " monthly free tier credit"
                    : "")
                + (shared ? ", its share " + Format.percent(share) : "")
            : null,
        net * share);
  }
}
