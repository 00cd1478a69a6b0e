package dev.placementadvisor.pricing;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prices in force: a dated catalog of prices, quantities (free tiers, included allowances,
 * limits), instance types and the Kubernetes hidden-tax lines, each with its source.
 *
 * @param origin where the catalog came from (the bundled file, plus any override)
 */
public record PriceCatalog(
    String origin,
    String effectiveDate,
    String currency,
    String region,
    double hoursPerMonth,
    Map<String, Price> prices,
    Map<String, Quantity> quantities,
    Map<String, Instance> instances,
    Map<String, TaxLine> kubernetesTax) {

  /** Every id the cost model reads, which any catalog in force must define. */
  public static final List<String> REQUIRED_PRICES =
      List.of(
          "lambda.requests",
          "lambda.duration.x86_64",
          "lambda.duration.arm64",
          "apigateway.rest.requests",
          "apigateway.http.requests",
          "cloudwatch.logs.ingestion",
          "nat.hour",
          "eks.controlPlane",
          "alb.hour",
          "alb.lcu",
          "edge.baseFee",
          "edge.requests",
          "edge.cpuMs");

  public static final List<String> REQUIRED_QUANTITIES =
      List.of(
          "lambda.freeTier.requests",
          "lambda.freeTier.gbSeconds",
          "edge.includedRequests",
          "edge.includedCpuMs",
          "alb.lcu.newConnectionsPerSecond");

  /**
   * The quantities the cost model divides by, or rounds up to a multiple of (units, steps, billing
   * increments, rates per unit): each must be above 0, as 0 would make a cost infinite or NaN.
   */
  public static final Set<String> POSITIVE_QUANTITIES =
      Set.of(
          "alb.lcu.newConnectionsPerSecond",
          "alb.lcu.activeConnectionsPerMinute",
          "alb.lcu.processedGbPerHour",
          "alb.lcu.ruleEvaluationsPerSecond",
          "dynamodb.readUnitKb",
          "dynamodb.writeUnitKb",
          "stepfunctions.express.billingIncrementMs",
          "stepfunctions.express.memoryChunkMb",
          "cloudrun.billingIncrementMs",
          "cloudrun.maxMemoryGibPerVcpu",
          "containerapps.vcpuStep",
          "containerapps.gibPerVcpu",
          "azurefunctions.consumption.memoryRoundingMb",
          "azurefunctions.consumption.durationRoundingMs",
          "azurefunctions.flex.durationRoundingMs",
          "azurefunctions.flex.instanceMemoryMb.small",
          "azurefunctions.flex.instanceMemoryMb.medium",
          "azurefunctions.flex.instanceMemoryMb.large",
          "aurora.serverlessV2.requestsPerSecondPerAcu",
          "durableobjects.websocketMessagesPerRequest");

  public PriceCatalog {
    prices = Map.copyOf(prices);
    quantities = Map.copyOf(quantities);
    instances = Map.copyOf(instances);
    kubernetesTax = Map.copyOf(kubernetesTax);
  }

  /**
   * How sure the catalog is of an entry: {@code CONFIRMED} when the number was read on the
   * provider's own page, {@code ESTIMATED} when it was not (a rendered table missing from the
   * stored page, a secondary source); {@code advisor pricing} shows which.
   */
  public enum Confidence {
    CONFIRMED,
    ESTIMATED;

    /** The word the catalog and the JSON use: "confirmed" or "estimated". */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One price; flat prices have a single tier without an upper bound. */
  public record Price(
      String id,
      String unit,
      List<Tier> tiers,
      String source,
      String checked,
      String note,
      Confidence confidence) {
    public Price {
      tiers = List.copyOf(tiers);
    }

    /** The price of the first tier (the flat price for untiered entries). */
    public double first() {
      return tiers.get(0).price();
    }

    public boolean tiered() {
      return tiers.size() > 1;
    }
  }

  /**
   * One tier of a tiered price.
   *
   * @param upTo cumulative usage where the tier ends, in the base quantity; infinite for the last
   */
  public record Tier(double upTo, double price) {}

  /** An allowance or a limit. */
  public record Quantity(
      String id, double value, String unit, String source, String checked, Confidence confidence) {}

  /**
   * A virtual machine type a cluster's nodes can be.
   *
   * @param provider whose machine it is: {@code aws} (EC2, the default), {@code gcp} (Compute
   *     Engine), {@code azure} (Virtual Machines)
   */
  public record Instance(
      String type,
      String provider,
      double vcpu,
      double memoryGib,
      String architecture,
      int gpu,
      double hourly,
      String source,
      String checked,
      Confidence confidence) {}

  /** One line of the Kubernetes hidden tax. */
  public record TaxLine(
      String id,
      String label,
      double monthly,
      boolean waivedWithPlatformTeam,
      String source,
      String checked,
      Confidence confidence) {}

  /**
   * The part of this catalog with the prices and quantities of these ids, and its instance types
   * and Kubernetes hidden-tax lines only when {@code cluster}: what one platform reads.
   */
  public PriceCatalog only(java.util.Collection<String> ids, boolean cluster) {
    Map<String, Price> p = new java.util.LinkedHashMap<>();
    Map<String, Quantity> q = new java.util.LinkedHashMap<>();
    prices.forEach(
        (k, v) -> {
          if (ids.contains(k)) {
            p.put(k, v);
          }
        });
    quantities.forEach(
        (k, v) -> {
          if (ids.contains(k)) {
            q.put(k, v);
          }
        });
    return new PriceCatalog(
        origin,
        effectiveDate,
        currency,
        region,
        hoursPerMonth,
        p,
        q,
        cluster ? instances : Map.of(),
        cluster ? kubernetesTax : Map.of());
  }

  public Price price(String id) {
    Price p = prices.get(id);
    if (p == null) {
      throw new InputException(Location.ofFile(origin), "pricing catalog lacks price '" + id + "'");
    }
    return p;
  }

  public double quantity(String id) {
    Quantity q = quantities.get(id);
    if (q == null) {
      throw new InputException(
          Location.ofFile(origin), "pricing catalog lacks quantity '" + id + "'");
    }
    return q.value();
  }

  /**
   * Cost of {@code usage} units under a tiered price whose tiers are bounded in base units and
   * priced per {@code perUnits} base units (1 for per-GB-second, 1e6 for per-million).
   */
  public static double tiered(Price price, double usage, double perUnits) {
    double cost = 0;
    double lower = 0;
    for (Tier t : price.tiers()) {
      if (usage <= lower) {
        break;
      }
      double inTier = Math.min(usage, t.upTo()) - lower;
      cost += inTier / perUnits * t.price();
      lower = t.upTo();
    }
    return cost;
  }
}
