package dev.placementadvisor.report;

import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.result.CostLine;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of assessing an inventory: one assessment per service, in inventory order, and the
 * totals. Every renderer draws from this alone.
 *
 * @param inventory how the inventory file was named
 * @param organization the organization's name (may be empty)
 * @param context the organization's team, compliance and cluster settings, or null when not
 *     recorded
 */
public record Report(
    int schemaVersion,
    String inventory,
    String organization,
    List<ServiceAssessment> services,
    Pricing pricing,
    List<CostLine> kubernetesTax,
    List<CostCurve> curves,
    Context context,
    List<OperationsKind> operations) {

  /** A report without operations costs. */
  public Report(
      int schemaVersion,
      String inventory,
      String organization,
      List<ServiceAssessment> services,
      Pricing pricing,
      List<CostLine> kubernetesTax,
      List<CostCurve> curves,
      Context context) {
    this(
        schemaVersion,
        inventory,
        organization,
        services,
        pricing,
        kubernetesTax,
        curves,
        context,
        List.of());
  }

  /**
   * What one service carries, a month, of the operations of one kind of platform (a cluster, a
   * managed cluster, functions, the edge): the operations half of its total cost of ownership.
   *
   * @param kind the kind's id ({@code cluster}, {@code managed-cluster}, {@code functions}, {@code
   *     edge})
   * @param perService the sum of the lines
   * @param lines each line's share, with its arithmetic
   */
  public record OperationsKind(String kind, double perService, List<CostLine> lines) {
    public OperationsKind {
      lines = List.copyOf(lines);
    }
  }

  /** A report without its context. */
  public Report(
      int schemaVersion,
      String inventory,
      String organization,
      List<ServiceAssessment> services,
      Pricing pricing,
      List<CostLine> kubernetesTax,
      List<CostCurve> curves) {
    this(schemaVersion, inventory, organization, services, pricing, kubernetesTax, curves, null);
  }

  /** A report without cost curves. */
  public Report(
      int schemaVersion,
      String inventory,
      String organization,
      List<ServiceAssessment> services,
      Pricing pricing,
      List<CostLine> kubernetesTax) {
    this(schemaVersion, inventory, organization, services, pricing, kubernetesTax, List.of());
  }

  /**
   * One service's monthly cost on each platform over a range of request volumes, everything else
   * fixed, for charts of the services nearest their crossover.
   */
  public record CostCurve(
      String service, double requestsPerMonth, double crossover, List<Point> points) {
    public CostCurve {
      points = List.copyOf(points);
    }
  }

  /** The costs at one volume. */
  public record Point(double requests, double serverless, double kubernetes, double edge) {}

  /**
   * The catalog the costs come from.
   *
   * @param hoursPerMonth the hours a month is priced at
   * @param sources every catalog entry's source, distinct and sorted
   */
  public record Pricing(
      String catalog,
      String effectiveDate,
      String region,
      boolean freeTier,
      double hoursPerMonth,
      List<String> sources) {
    public Pricing {
      sources = List.copyOf(sources);
    }
  }

  /**
   * What the assessment knew of the organization: its team, its compliance regimes and how its
   * clusters are sized.
   *
   * @param engineers product engineers, or null when the inventory does not say
   * @param compliance the organization's regimes by id, in declaration order
   * @param targetUtilization the share of node capacity the autoscaler aims to use (0..1]
   */
  public record Context(
      Integer engineers,
      int platformEngineers,
      List<String> compliance,
      String instanceType,
      int minNodes,
      double targetUtilization,
      boolean autoscaling) {
    public Context {
      compliance = List.copyOf(compliance);
    }
  }

  /**
   * The whole inventory's monthly cost on one platform ("everything on serverless"), with each
   * service's data tier, which is the same on every platform.
   */
  public double platformTotal(Placement p) {
    double t = 0;
    for (ServiceAssessment s : services) {
      t += s.costs().on(p) + s.dataTierCost();
    }
    return t;
  }

  /** True when any service names a data store (priced or not). */
  public boolean hasDataTier() {
    for (ServiceAssessment s : services) {
      if (s.dataTier() != null) {
        return true;
      }
    }
    return false;
  }

  /** The monthly cost of every service's data store, part of every total above. */
  public double dataTierTotal() {
    double t = 0;
    for (ServiceAssessment s : services) {
      t += s.dataTierCost();
    }
    return t;
  }

  /** How the recommendation compares with everything on {@code placement}. */
  public Savings savingsAgainst(Placement placement) {
    return Savings.of(this, placement);
  }

  /** The monthly cost as recommended of the services recommended onto {@code placement}. */
  public double recommendedOn(Placement placement) {
    double t = 0;
    for (ServiceAssessment s : services) {
      if (s.placement() == placement) {
        t += s.recommendedCost();
      }
    }
    return t;
  }

  /** The monthly cost of every service on its recommended placement. */
  public double recommendedTotal() {
    double t = 0;
    for (ServiceAssessment s : services) {
      t += s.recommendedCost();
    }
    return t;
  }

  /** The Kubernetes hidden tax per month (zero when no service runs on a cluster). */
  public double kubernetesTaxTotal() {
    double t = 0;
    for (CostLine l : kubernetesTax) {
      t += l.amount();
    }
    return t;
  }

  /** The version of the JSON report contract. */
  public static final int SCHEMA_VERSION = 1;

  public Report {
    services = List.copyOf(services);
    kubernetesTax = List.copyOf(kubernetesTax);
    operations = operations == null ? List.of() : List.copyOf(operations);
    curves = List.copyOf(curves);
  }

  /** How many services got each placement, in placement order, zero counts included. */
  public Map<Placement, Integer> placementCounts() {
    Map<Placement, Integer> counts = new EnumMap<>(Placement.class);
    for (Placement p : Placement.values()) {
      counts.put(p, 0);
    }
    for (ServiceAssessment s : services) {
      counts.merge(s.placement(), 1, Integer::sum);
    }
    return counts;
  }

  /** The assessment of the named service, or null. */
  public ServiceAssessment service(String name) {
    for (ServiceAssessment s : services) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }
}
