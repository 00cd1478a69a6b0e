package dev.placementadvisor.cost;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Price;

/**
 * The Amazon EKS control plane ($0.10 per cluster per hour in standard support): one per cluster,
 * shared by the services on it. Every EKS platform prices it the same way: node groups and Auto
 * Mode ({@link EksCluster}) and Hybrid Nodes ({@link AwsEksHybridNodes}).
 */
final class EksControlPlane {
  private final double hours;
  private final Price hourly;

  EksControlPlane(PriceCatalog c) {
    this.hours = c.hoursPerMonth();
    this.hourly = c.price("eks.controlPlane");
  }

  /** Adds {@code share} of the month's control plane ({@code shared} when others are on it). */
  void add(double share, boolean shared, Bill bill) {
    bill.add(
        "EKS control plane",
        "eks.controlPlane",
        bill.explaining()
            ? Format.number(hours)
                + " h x $"
                + Format.price(hourly.first())
                + " per hour"
                + (shared ? ", its share " + Format.percent(share) : "")
            : null,
        hourly.first() * hours * share);
  }
}
