package dev.placementadvisor.engine;

import dev.placementadvisor.cost.CostLine;
import dev.placementadvisor.cost.CostModel;
import dev.placementadvisor.cost.Costing;
import dev.placementadvisor.cost.ServiceCosts;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.Compliance;
import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.Organization;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.report.Format;
import dev.placementadvisor.report.Placement;
import dev.placementadvisor.report.Reason;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.Sensitivity;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.scoring.Factor;
import dev.placementadvisor.scoring.Factor.Group;
import dev.placementadvisor.scoring.Factors;
import dev.placementadvisor.scoring.ServiceFacts;
import dev.placementadvisor.scoring.WasmAudit;
import dev.placementadvisor.scoring.Weights;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Assesses the services of an inventory: prices them, runs the factors and decides each placement.
 */
public final class Assessor {
  /** Inventories up to this many services get flip points by default. */
  public static final int FLIP_POINTS_AUTO_LIMIT = 2_000;

  /** When to search flip points: they cost hundreds of engine runs per service. */
  public enum FlipPoints {
    AUTO,
    ON,
    OFF
  }

  private final Weights weights;
  private final PriceCatalog catalog;
  private final FlipPoints flipPoints;

  /** An assessor using the bundled catalog plus the inventory's own {@code pricing.catalog}. */
  public Assessor(Weights weights) {
    this(weights, null);
  }

  /** An assessor using {@code catalog}, or the inventory's catalog when it is null. */
  public Assessor(Weights weights, PriceCatalog catalog) {
    this(weights, catalog, FlipPoints.AUTO);
  }

  /** An assessor that searches flip points as {@code flipPoints} says. */
  public Assessor(Weights weights, PriceCatalog catalog, FlipPoints flipPoints) {
    this.weights = weights;
    this.catalog = catalog;
    this.flipPoints = flipPoints;
  }

  private boolean searchFlipPoints(int services) {
    return switch (flipPoints) {
      case ON -> true;
      case OFF -> false;
      case AUTO -> services <= FLIP_POINTS_AUTO_LIMIT;
    };
  }

  /** The catalog in force for an inventory: the bundled one, then the inventory's override. */
  public static PriceCatalog catalogFor(Inventory inventory) {
    PriceCatalog c = CatalogLoader.bundled();
    if (inventory.pricing().catalog() != null) {
      c =
          CatalogLoader.applyFile(
              c,
              inventory.pricing().catalog(),
              inventory.pricing().catalog().toString());
    }
    return c;
  }

  /** Prices the inventory's services. */
  public Costing costing(Inventory inventory) {
    PriceCatalog c = catalog != null ? catalog : catalogFor(inventory);
    Location where =
        inventory.organization().kubernetes().instanceTypeLocation() != null
            ? inventory.organization().kubernetes().instanceTypeLocation()
            : Location.ofFile(inventory.displayName());
    CostModel model =
        new CostModel(
            c, inventory.organization().kubernetes(), inventory.pricing().freeTier(), where);
    return new Costing(model, inventory.services());
  }

  /** Assesses the whole inventory. */
  public Report assess(Inventory inventory) {
    Costing costing = costing(inventory);
    List<ServiceAssessment> decided = new ArrayList<>(inventory.services().size());
    List<Placement> placements = new ArrayList<>(inventory.services().size());
    List<Boolean> edgeFront = new ArrayList<>(inventory.services().size());
    for (int i = 0; i < inventory.services().size(); i++) {
      ServiceAssessment a = assess(inventory, costing, i);
      decided.add(a);
      placements.add(a.placement());
      edgeFront.add(HybridSplit.edgeFront(inventory.services().get(i), a.wasmAudit()));
    }
    double[] estate = costing.estate(placements, edgeFront);
    List<ServiceAssessment> out = new ArrayList<>(decided.size());
    for (int i = 0; i < decided.size(); i++) {
      out.add(withRecommendedCost(decided.get(i), estate[i]));
    }
    PriceCatalog c = costing.model().catalog();
    boolean cluster =
        out.stream()
            .anyMatch(
                s -> s.placement() == Placement.KUBERNETES || s.placement() == Placement.HYBRID);
    return new Report(
        Report.SCHEMA_VERSION,
        inventory.displayName(),
        inventory.organization().name(),
        out,
        new Report.Pricing(
            c.origin(),
            c.effectiveDate(),
            c.region(),
            inventory.pricing().freeTier(),
            c.hoursPerMonth(),
            sources(c)),
        cluster ? kubernetesTax(c, inventory.organization().platformEngineers()) : List.of(),
        curves(inventory, costing, out),
        context(inventory.organization()));
  }

  /** Every catalog entry's source, distinct and sorted. */
  static List<String> sources(PriceCatalog c) {
    return java.util.stream.Stream.of(
            c.prices().values().stream().map(PriceCatalog.Price::source),
            c.quantities().values().stream().map(PriceCatalog.Quantity::source),
            c.instances().values().stream().map(PriceCatalog.Instance::source),
            c.kubernetesTax().values().stream().map(PriceCatalog.TaxLine::source))
        .flatMap(s -> s)
        .filter(s -> s != null && !s.isBlank())
        .map(String::strip)
        .distinct()
        .sorted()
        .toList();
  }

  private static Report.Context context(Organization o) {
    return new Report.Context(
        o.engineers(),
        o.platformEngineers(),
        o.compliance().stream().map(Compliance::id).toList(),
        o.kubernetes().instanceType(),
        o.kubernetes().minNodes(),
        o.kubernetes().targetUtilization(),
        o.kubernetes().autoscaling());
  }

  /** Services charted: those nearest their crossover. */
  public static final int CURVES = 3;
  /** Volumes per chart. */
  static final int CURVE_POINTS = 9;

  /**
   * Cost curves of the {@value #CURVES} services nearest their crossover (by the ratio of current
   * volume to crossover), over volumes from 1/16 to 16 times the crossover.
   */
  private static List<Report.CostCurve> curves(
      Inventory inventory, Costing costing, List<ServiceAssessment> assessed) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < assessed.size(); i++) {
      Double x = assessed.get(i).costs().crossoverRequests();
      if (x != null && x > 0 && assessed.get(i).requestsPerMonth() > 0) {
        candidates.add(i);
      }
    }
    candidates.sort(
        java.util.Comparator.comparingDouble(
                (Integer i) ->
                    Math.abs(
                        Math.log(
                            assessed.get(i).requestsPerMonth()
                                / assessed.get(i).costs().crossoverRequests())))
            .thenComparing(i -> assessed.get(i).name()));
    List<Report.CostCurve> curves = new ArrayList<>();
    for (int i : candidates.subList(0, Math.min(CURVES, candidates.size()))) {
      Service s = inventory.services().get(i);
      double x = assessed.get(i).costs().crossoverRequests();
      List<Report.Point> points = new ArrayList<>();
      for (int k = 0; k < CURVE_POINTS; k++) {
        double v = Math.round(x * Math.pow(2, k * 8.0 / (CURVE_POINTS - 1) - 4));
        ServiceCosts c =
            costing.costsOf(FlipPointFinder.withRequests(s, v), i, false, false);
        points.add(new Report.Point(v, c.serverless(), c.kubernetes(), c.edge()));
      }
      curves.add(new Report.CostCurve(s.name(), s.traffic().requestsPerMonth(), x, points));
    }
    return curves;
  }

  /** The assessment of the {@code index}-th service with its flip points searched. */
  public ServiceAssessment withFlipPoints(
      Inventory inventory, Costing costing, ServiceAssessment a, int index) {
    ServiceFacts base =
        ServiceFacts.of(
            inventory.services().get(index), inventory.organization(), inventory.services().size());
    Sensitivity s =
        FlipPointFinder.analyse(
            base, a.placement(), a.costs(), variant -> placementOf(variant, costing, index));
    return new ServiceAssessment(
        a.name(), a.location(), a.placement(), a.kubernetesScore(), a.placementScore(),
        a.scoreBand(), a.wasmAudit(), a.reasons(), a.excluded(), a.decision(), a.hybridSplit(),
        a.costs(), a.requestsPerMonth(), a.recommendedCost(), s);
  }

  private static ServiceAssessment withRecommendedCost(ServiceAssessment a, double cost) {
    return new ServiceAssessment(
        a.name(), a.location(), a.placement(), a.kubernetesScore(), a.placementScore(),
        a.scoreBand(), a.wasmAudit(), a.reasons(), a.excluded(), a.decision(), a.hybridSplit(),
        a.costs(), a.requestsPerMonth(), cost, a.sensitivity());
  }

  /**
   * Decides the {@code index}-th service; its recommended cost is the platform's
   * whole-inventory share until {@link #assess(Inventory)} prices the recommended estate.
   */
  private ServiceAssessment assess(Inventory inventory, Costing costing, int index) {
    Service service = inventory.services().get(index);
    ServiceFacts facts =
        ServiceFacts.of(service, inventory.organization(), inventory.services().size());
    return assess(facts, costing, index);
  }

  /** What the factors and the decision make of one service. */
  private record Evaluation(
      ServiceFacts facts,
      WasmAudit audit,
      List<Reason> reasons,
      Set<Placement> excluded,
      int kubernetesScore,
      int placementScore,
      Decision decision) {}

  private Evaluation evaluate(ServiceFacts base, Costing costing, int index, boolean crossover) {
    List<Reason> limits = new ArrayList<>();
    Set<Placement> excluded = EnumSet.noneOf(Placement.class);
    for (Factor f : Factors.all()) {
      if (f.group() == Group.LIMIT) {
        Reason r = f.rule().apply(base, weights);
        if (r != null) {
          limits.add(r);
          excluded.addAll(f.excludes());
        }
      }
    }
    WasmAudit audit = WasmAudit.of(base.service());
    ServiceCosts costs =
        costing.costsOf(
            base.service(), index, HybridSplit.edgeFront(base.service(), audit), crossover);
    ServiceFacts facts = base.withCosts(costs).withExcluded(excluded);
    List<Reason> reasons = new ArrayList<>();
    int kubernetesScore = 0;
    int adjustments = 0;
    for (Factor f : Factors.all()) {
      if (f.group() == Group.LIMIT) {
        continue;
      }
      Reason r = f.rule().apply(facts, weights);
      if (r == null) {
        continue;
      }
      reasons.add(r);
      if (f.group() == Group.KUBERNETES_SCORE) {
        kubernetesScore += r.points();
      } else if (f.group() == Group.ADJUSTMENT) {
        adjustments += r.points();
      }
    }
    reasons.addAll(limits);
    int placementScore = kubernetesScore + adjustments;
    Decision d = Decision.decide(kubernetesScore, placementScore, audit, excluded, weights.bands());
    return new Evaluation(facts, audit, reasons, excluded, kubernetesScore, placementScore, d);
  }

  /** The placement a variant of the {@code index}-th service would get, the rest unchanged. */
  Placement placementOf(ServiceFacts variant, Costing costing, int index) {
    return evaluate(variant, costing, index, false).decision().placement();
  }

  private ServiceAssessment assess(ServiceFacts base, Costing costing, int index) {
    Evaluation e = evaluate(base, costing, index, true);
    ServiceFacts facts = e.facts();
    ServiceCosts costs = facts.costs();
    Decision d = e.decision();
    String split =
        d.placement() == Placement.HYBRID ? HybridSplit.describe(facts, e.audit()) : null;
    Sensitivity sensitivity =
        searchFlipPoints(base.serviceCount())
            ? FlipPointFinder.analyse(
                base, d.placement(), costs, variant -> placementOf(variant, costing, index))
            : FlipPointFinder.growthOnly(base, costs);
    return new ServiceAssessment(
        facts.service().name(),
        facts.service().location(),
        d.placement(),
        e.kubernetesScore(),
        e.placementScore(),
        d.band(),
        e.audit(),
        e.reasons(),
        e.excluded(),
        d.steps(),
        split,
        costs,
        facts.service().traffic().requestsPerMonth(),
        costs.on(d.placement()),
        sensitivity);
  }


  /** The hidden-tax lines, with the lines a platform team already covers waived. */
  static List<CostLine> kubernetesTax(PriceCatalog c, int platformEngineers) {
    List<CostLine> lines = new ArrayList<>();
    c.kubernetesTax().values().stream()
        .sorted(java.util.Comparator.comparing(PriceCatalog.TaxLine::id))
        .forEach(
            t -> {
              boolean waived = t.waivedWithPlatformTeam() && platformEngineers >= 1;
              lines.add(
                  new CostLine(
                      t.label(),
                      waived
                          ? "waived: the organization already has "
                              + platformEngineers
                              + " platform engineer(s)"
                          : Format.usd(t.monthly()) + " per month (" + t.source() + ")",
                      waived ? 0 : t.monthly()));
            });
    return lines;
  }
}
