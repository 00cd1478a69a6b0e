package dev.placementadvisor.cost;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Price;

/**
 * The Application Load Balancer in front of a platform's long-running services ({@link AwsEks},
 * {@link AwsFargate}): one per account, its hours shared by the services' cost weight, and the
 * capacity units each service's own requests use (one new connection a request). See
 * docs/cost-model.md, "Kubernetes".
 */
final class LoadBalancer {
  private final double hours;
  private final double secondsPerMonth;
  private final Price albHour;
  private final Price albLcu;
  private final double perLcu;

  LoadBalancer(PriceCatalog c) {
    this.hours = c.hoursPerMonth();
    this.secondsPerMonth = hours * 3600;
    this.albHour = c.price("alb.hour");
    this.albLcu = c.price("alb.lcu");
    this.perLcu = c.quantity("alb.lcu.newConnectionsPerSecond");
  }

  /**
   * A service's share of an account's fixed charges by its cost {@code weight}, with the rest of
   * the account weighing {@code otherWeight} over {@code otherServices} services: evenly when none
   * has weight.
   */
  static double share(double weight, double otherWeight, double otherServices) {
    double allWeight = otherWeight + weight;
    return allWeight > 0 ? weight / allWeight : 1.0 / (otherServices + 1);
  }

  /**
   * Adds the load balancer's hours, {@code share} of them ({@code shared} when other services are
   * on it), and the capacity units of {@code requests} a month.
   */
  void add(double requests, double share, boolean shared, Bill bill) {
    boolean explain = bill.explaining();
    bill.add(
        "Load balancer (ALB)",
        "alb.hour",
        explain
            ? Format.number(hours)
                + " h x $"
                + Format.price(albHour.first())
                + " per hour"
                + (shared ? ", its share " + Format.percent(share) : "")
            : null,
        albHour.first() * hours * share);
    double rate = requests / secondsPerMonth;
    double lcu = rate / perLcu;
    bill.add(
        "Load balancer capacity units",
        "alb.lcu",
        explain
            ? Format.number(rate)
                + " requests/s (one new connection each) / "
                + Format.number(perLcu)
                + " per LCU = "
                + Format.number(lcu)
                + " LCU x $"
                + Format.price(albLcu.first())
                + " per LCU-hour x "
                + Format.number(hours)
                + " h"
            : null,
        lcu * albLcu.first() * hours);
  }
}
