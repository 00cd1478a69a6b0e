package dev.placementadvisor.engine;

import dev.placementadvisor.cost.CostModel;
import dev.placementadvisor.cost.Costing;
import dev.placementadvisor.cost.DataTiers;
import dev.placementadvisor.cost.Operations;
import dev.placementadvisor.cost.PlatformSelection;
import dev.placementadvisor.input.Format;
import dev.placementadvisor.input.InputFiles;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.Compliance;
import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.Organization;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.inventory.PricingSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.Sensitivity;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.CostLine;
import dev.placementadvisor.result.DataTierCost;
import dev.placementadvisor.result.FactorGroup;
import dev.placementadvisor.result.Reason;
import dev.placementadvisor.result.ServiceCosts;
import dev.placementadvisor.result.WasmAudit;
import dev.placementadvisor.scoring.Factor;
import dev.placementadvisor.scoring.Factors;
import dev.placementadvisor.scoring.ReasonMemo;
import dev.placementadvisor.scoring.ServiceFacts;
import dev.placementadvisor.scoring.WasmAudits;
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

  /** False when no output shows a service's crossover, platform lines or doors. */
  private final boolean details;

  /**
   * From how many services a report's platform quotes are priced when it is written rather than
   * held ({@code cost.QuotesOnRead}, the large-report seam); {@link Integer#MAX_VALUE}: never.
   */
  private final int quotesOnReadFrom;

  /** Inventories of at least this many services have their quotes priced when written. */
  static final int QUOTES_ON_READ_FROM = 256;

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
    this(weights, catalog, flipPoints, true, QUOTES_ON_READ_FROM);
  }

  private Assessor(
      Weights weights,
      PriceCatalog catalog,
      FlipPoints flipPoints,
      boolean details,
      int quotesOnReadFrom) {
    this.weights = weights;
    this.catalog = catalog;
    this.flipPoints = flipPoints;
    this.details = details;
    this.quotesOnReadFrom = quotesOnReadFrom;
  }

  /**
   * This assessor without the work only detailed reports show: each service's crossover, every
   * platform's line items and the cheaper doors (a table shows placements, platforms and costs).
   */
  public Assessor withoutDetails() {
    return new Assessor(weights, catalog, flipPoints, false, quotesOnReadFrom);
  }

  /** This assessor with every report's quotes held from the start: the seam off, for tests. */
  Assessor withQuotesHeld() {
    return new Assessor(weights, catalog, flipPoints, details, Integer.MAX_VALUE);
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
    return catalogFor(inventory, false);
  }

  /**
   * The catalog in force for an inventory: the bundled one, then the inventory's override, a path
   * that must stay inside the inventory's directory unless {@code allowOutsidePaths} (see {@link
   * InputFiles#referenced}).
   */
  public static PriceCatalog catalogFor(Inventory inventory, boolean allowOutsidePaths) {
    return catalogFor(inventory, catalogFile(inventory, allowOutsidePaths));
  }

  /** The bundled catalog with {@code file} (the inventory's, checked) applied, if not null. */
  public static PriceCatalog catalogFor(Inventory inventory, InputFiles.Resolved file) {
    PriceCatalog c = CatalogLoader.bundled();
    return file == null ? c : CatalogLoader.applyFile(c, file.path(), file.displayName());
  }

  /** The catalog file the inventory names, resolved and checked, or null when it names none. */
  public static InputFiles.Resolved catalogFile(Inventory inventory, boolean allowOutsidePaths) {
    PricingSettings p = inventory.pricing();
    return p.catalog() == null
        ? null
        : InputFiles.referenced(
            p.declaredIn(),
            p.catalogLocation().file(),
            p.catalog(),
            p.catalogLocation(),
            allowOutsidePaths);
  }

  /** Prices the inventory's services. */
  public Costing costing(Inventory inventory) {
    return costing(inventory, false);
  }

  private Costing costing(Inventory inventory, boolean parallel) {
    PriceCatalog c = catalog != null ? catalog : catalogFor(inventory);
    Location where =
        inventory.organization().kubernetes().instanceTypeLocation() != null
            ? inventory.organization().kubernetes().instanceTypeLocation()
            : Location.ofFile(inventory.displayName());
    PlatformSelection selection =
        PlatformSelection.of(inventory.organization(), inventory.services());
    CostModel model =
        new CostModel(
            c,
            inventory.organization().kubernetes(),
            inventory.pricing().freeTier(),
            where,
            selection.platforms());
    Operations operations =
        new Operations(
            weights.operations(),
            c.kubernetesTax(),
            inventory.organization().platformEngineers(),
            inventory.services().size());
    return new Costing(model, inventory.services(), parallel, selection, operations);
  }

  /** Inventories of at least this many services are decided on every core. */
  static final int PARALLEL_FROM = 256;

  /** Assesses the whole inventory. */
  public Report assess(Inventory inventory) {
    int n = inventory.services().size();
    boolean parallel = n >= PARALLEL_FROM;
    Costing costing = costing(inventory, parallel);
    Decisions decisions = decideAll(inventory, costing, parallel);
    Decided[] decided = decisions.decided();
    ServiceCosts.Choice[] choices = new ServiceCosts.Choice[n];
    for (int i = 0; i < n; i++) {
      choices[i] = decided[i].costs().choice();
    }
    Costing.Estate estate = costing.estateOf(decisions.placements(), choices);
    ServiceAssessment[] assessed = new ServiceAssessment[n];
    inSlices(n, parallel, (from, to) -> assess(decided, estate, costing, assessed, from, to));
    List<ServiceAssessment> out = java.util.Arrays.asList(assessed);
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
            sources(c, dataTierEntries(inventory))),
        cluster ? kubernetesTax(c, inventory.organization().platformEngineers()) : List.of(),
        curves(inventory, costing, out, decisions.nearest().indices()),
        context(inventory.organization()),
        operations(costing.operations()));
  }

  /** Each kind's operations share per service, kinds without lines left out. */
  private static List<Report.OperationsKind> operations(Operations o) {
    List<Report.OperationsKind> out = new ArrayList<>();
    for (Operations.Kind k : Operations.Kind.values()) {
      List<CostLine> lines = o.lines(k);
      if (!lines.isEmpty()) {
        out.add(new Report.OperationsKind(k.id(), o.share(k), lines));
      }
    }
    return out;
  }

  /** Every catalog entry's source, distinct and sorted. */
  static List<String> sources(PriceCatalog c) {
    return sources(c, java.util.Set.of());
  }

  /**
   * The catalog entries only a data tier reads, when no service of the inventory names a data
   * store: a report without one lists the sources it listed before data tiers were priced.
   */
  private static java.util.Set<String> dataTierEntries(Inventory inventory) {
    for (Service s : inventory.services()) {
      if (s.dataStore().present()) {
        return java.util.Set.of();
      }
    }
    java.util.Set<String> only = new java.util.HashSet<>();
    DataTiers.ALL.forEach(t -> only.addAll(t.prices()));
    dev.placementadvisor.cost.Platforms.ALL.forEach(p -> only.removeAll(p.prices()));
    return only;
  }

  /** Every catalog entry's source but those of the entries {@code skip}, distinct and sorted. */
  static List<String> sources(PriceCatalog c, java.util.Set<String> skip) {
    return java.util.stream.Stream.of(
            c.prices().entrySet().stream()
                .filter(e -> !skip.contains(e.getKey()))
                .map(e -> e.getValue().source()),
            c.quantities().entrySet().stream()
                .filter(e -> !skip.contains(e.getKey()))
                .map(e -> e.getValue().source()),
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
      Inventory inventory,
      Costing costing,
      List<ServiceAssessment> assessed,
      List<Integer> nearest) {
    List<Report.CostCurve> curves = new ArrayList<>();
    for (int i : nearest) {
      Service s = inventory.services().get(i);
      double x = assessed.get(i).costs().crossoverRequests();
      List<Report.Point> points = new ArrayList<>();
      for (int k = 0; k < CURVE_POINTS; k++) {
        double v = Math.round(x * Math.pow(2, k * 8.0 / (CURVE_POINTS - 1) - 4));
        ServiceCosts c = costing.costsOf(FlipPointFinder.withRequests(s, v), i, false, false);
        points.add(new Report.Point(v, c.serverless(), c.kubernetes(), c.edge()));
      }
      curves.add(new Report.CostCurve(s.name(), s.traffic().requestsPerMonth(), x, points));
    }
    return curves;
  }

  /**
   * How near a service is to its crossover, |log(volume / crossover)|, or NaN when it has no
   * crossover above zero or no volume (it is not charted).
   */
  static double nearness(double requestsPerMonth, Double crossover) {
    if (crossover == null || !(crossover > 0) || !(requestsPerMonth > 0)) {
      return Double.NaN;
    }
    return Math.abs(Math.log(requestsPerMonth / crossover));
  }

  /**
   * The indices of the (at most) {@code count} services nearest their crossover: by {@link
   * #nearness} (NaN: not a candidate), then by name, then by position — the first {@code count} of
   * a stable sort on the first two.
   */
  static List<Integer> nearestCrossover(
      List<ServiceAssessment> assessed, double[] nearness, int count) {
    Nearest nearest = new Nearest(count);
    for (int i = 0; i < assessed.size(); i++) {
      if (!Double.isNaN(nearness[i])) {
        nearest.offer(i, nearness[i], assessed.get(i).name());
      }
    }
    return nearest.indices();
  }

  /**
   * The first services by nearness to their crossover, then name, then position: the first of a
   * stable sort by the first two, kept while offered in any order (each slice keeps its own, then
   * they are merged). A service offered twice counts once.
   */
  static final class Nearest {
    private final int[] index;
    private final double[] key;
    private final String[] name;
    private int found;

    Nearest(int count) {
      index = new int[count];
      key = new double[count];
      name = new String[count];
    }

    void offer(int i, double k, String n) {
      for (int j = 0; j < found; j++) {
        if (index[j] == i) {
          return;
        }
      }
      int at = found;
      while (at > 0 && before(k, n, i, key[at - 1], name[at - 1], index[at - 1])) {
        at--;
      }
      if (at >= index.length) {
        return;
      }
      int last = Math.min(found, index.length - 1);
      System.arraycopy(index, at, index, at + 1, last - at);
      System.arraycopy(key, at, key, at + 1, last - at);
      System.arraycopy(name, at, name, at + 1, last - at);
      index[at] = i;
      key[at] = k;
      name[at] = n;
      found = Math.min(found + 1, index.length);
    }

    synchronized void addAll(Nearest other) {
      for (int j = 0; j < other.found; j++) {
        offer(other.index[j], other.key[j], other.name[j]);
      }
    }

    synchronized List<Integer> indices() {
      List<Integer> out = new ArrayList<>(found);
      for (int j = 0; j < found; j++) {
        out.add(index[j]);
      }
      return out;
    }

    /** True when (k, n, i) sorts strictly before (k2, n2, i2). */
    private static boolean before(double k, String n, int i, double k2, String n2, int i2) {
      int c = Double.compare(k, k2);
      if (c != 0) {
        return c < 0;
      }
      c = n.compareTo(n2);
      return c != 0 ? c < 0 : i < i2;
    }
  }

  /** A piece of work over the services {@code from} (inclusive) to {@code to} (exclusive). */
  @FunctionalInterface
  interface Slice {
    void run(int from, int to);
  }

  /**
   * Runs {@code work} over [0, n): in slices on the common fork-join pool when {@code parallel} and
   * there is more than one core, else in one go. The slices must be independent and write only
   * their own indices, so the result is the same in any order; if any slice fails, the whole work
   * is run again in order, so that the failure is the one a sequential run meets.
   */
  static void inSlices(int n, boolean parallel, Slice work) {
    int workers = Runtime.getRuntime().availableProcessors();
    if (!parallel || workers < 2 || n < 2) {
      work.run(0, n);
      return;
    }
    int slices = Math.min(n, workers * 8);
    try {
      java.util.stream.IntStream.range(0, slices)
          .parallel()
          .forEach(
              k -> work.run((int) ((long) n * k / slices), (int) ((long) n * (k + 1) / slices)));
    } catch (RuntimeException e) {
      work.run(0, n);
    }
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
        a.name(),
        a.location(),
        a.placement(),
        a.kubernetesScore(),
        a.placementScore(),
        a.scoreBand(),
        a.wasmAudit(),
        a.reasons(),
        a.excluded(),
        a.decision(),
        a.hybridSplit(),
        a.costs(),
        a.requestsPerMonth(),
        a.recommendedCost(),
        s,
        a.dataTier());
  }

  /**
   * Decides every service, in slices on every core when {@code parallel}; each service's decision
   * depends only on the inventory and the costing, so the result is the same in any order. A
   * failure is reproduced by deciding again in order, so that the error is the one a sequential run
   * meets first.
   */
  Decisions decideAll(Inventory inventory, Costing costing, boolean parallel) {
    int n = inventory.services().size();
    Decisions d =
        new Decisions(new Decided[n], new Placement[n], new boolean[n], new Nearest(CURVES));
    inSlices(n, parallel, (from, to) -> decide(inventory, costing, d, from, to));
    return d;
  }

  /**
   * Every service decided, and by service its placement and whether a hybrid's request layer is at
   * the edge (what the estate needs), and the services nearest their crossover (the charts).
   */
  record Decisions(
      Decided[] decided, Placement[] placements, boolean[] edgeFront, Nearest nearest) {}

  /** Decides services {@code from} (inclusive) to {@code to} (exclusive) into {@code out}. */
  private void decide(Inventory inventory, Costing costing, Decisions out, int from, int to) {
    Shared shared =
        new Shared(
            new ReasonMemo(inventory.organization(), inventory.services().size(), weights),
            inventory.services().size() >= quotesOnReadFrom);
    Nearest nearest = new Nearest(CURVES);
    decide(inventory, costing, out, from, to, shared, nearest);
    out.nearest().addAll(nearest);
  }

  private void decide(
      Inventory inventory,
      Costing costing,
      Decisions out,
      int from,
      int to,
      Shared shared,
      Nearest nearest) {
    for (int i = from; i < to; i++) {
      ServiceFacts facts =
          ServiceFacts.of(
              inventory.services().get(i), inventory.organization(), inventory.services().size());
      Decided d = decide(facts, costing, i, shared);
      out.decided()[i] = d;
      out.placements()[i] = d.placement();
      out.edgeFront()[i] = d.edgeFront();
      if (!Double.isNaN(d.nearness())) {
        nearest.offer(i, d.nearness(), d.name());
      }
    }
  }

  /**
   * What many services of one inventory share, worked out and kept once: the organization's reasons
   * and every other reason that repeats, the decision of each pair of scores. A large report then
   * holds each text once rather than once per service. One per thread.
   */
  private static final class Shared {
    final ReasonMemo reasons;

    /** Whether the services' quotes are priced when the report is written. */
    final boolean quotesOnRead;

    private final java.util.Map<DecisionKey, Decision> decisions = new java.util.HashMap<>();

    Shared(ReasonMemo reasons, boolean quotesOnRead) {
      this.reasons = reasons;
      this.quotesOnRead = quotesOnRead;
    }
  }

  /**
   * The assessments of services {@code from} to {@code to - 1}, their estate priced and their data
   * store on its data tier, which is the same whatever the placement, added.
   */
  private static void assess(
      Decided[] decided,
      Costing.Estate estate,
      Costing costing,
      ServiceAssessment[] out,
      int from,
      int to) {
    for (int i = from; i < to; i++) {
      // The data tier of the platform the service is placed on (Durable Objects on Workers).
      DataTierCost data = costing.dataTier(i, estate.platform(i), false);
      double cost = estate.cost(i) + (data == null ? 0 : data.monthlyCost());
      out[i] = decided[i].assessment(cost, data);
    }
  }

  /** Everything {@link Decision#decide} reads besides the bands. */
  private static final class DecisionKey {
    private final int kubernetesScore;
    private final int placementScore;
    private final int audit;
    private final int excluded;

    DecisionKey(int kubernetesScore, int placementScore, WasmAudit audit, Set<Placement> excluded) {
      this.kubernetesScore = kubernetesScore;
      this.placementScore = placementScore;
      this.audit =
          (audit.stateless() ? 1 : 0)
              | (audit.computeBound() ? 2 : 0)
              | (audit.coldStartSensitive() ? 4 : 0)
              | audit.runtimeFit().ordinal() << 3;
      int bits = 0;
      for (Placement p : excluded) {
        bits |= 1 << p.ordinal();
      }
      this.excluded = bits;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof DecisionKey k
          && k.kubernetesScore == kubernetesScore
          && k.placementScore == placementScore
          && k.audit == audit
          && k.excluded == excluded;
    }

    @Override
    public int hashCode() {
      return ((kubernetesScore * 31 + placementScore) * 31 + audit) * 31 + excluded;
    }
  }

  /** A decided service, before the recommended estate is priced. */
  record Decided(
      String name,
      Location location,
      Placement placement,
      int kubernetesScore,
      int placementScore,
      Placement scoreBand,
      WasmAudit wasmAudit,
      List<Reason> reasons,
      Set<Placement> excluded,
      List<String> decision,
      String hybridSplit,
      ServiceCosts costs,
      double requestsPerMonth,
      Sensitivity sensitivity,
      boolean edgeFront,
      double nearness) {

    ServiceAssessment assessment(double recommendedCost, DataTierCost dataTier) {
      return new ServiceAssessment(
          name,
          location,
          placement,
          kubernetesScore,
          placementScore,
          scoreBand,
          wasmAudit,
          reasons,
          excluded,
          decision,
          hybridSplit,
          costs,
          requestsPerMonth,
          recommendedCost,
          sensitivity,
          dataTier);
    }
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

  private Evaluation evaluate(
      ServiceFacts facts0, Costing costing, int index, boolean crossover, Shared shared) {
    Costing.Limits broken = costing.limits(facts0.service());
    ServiceFacts base = facts0.withGaps(costing.gaps(broken, index));
    List<Factor> factors = Factors.all();
    List<Reason> limits = new ArrayList<>();
    Set<Placement> excluded = EnumSet.noneOf(Placement.class);
    for (int k = 0; k < factors.size(); k++) {
      Factor f = factors.get(k);
      if (f.group() == FactorGroup.LIMIT) {
        ServiceFacts x = limitFacts(f, base, excluded);
        Reason r = shared == null ? f.rule().apply(x, weights) : shared.reasons.apply(k, x);
        if (r != null) {
          limits.add(r);
          excluded.addAll(f.excludesFor(x));
        }
      }
    }
    WasmAudit audit = WasmAudits.of(base.service());
    boolean edgeFront = HybridSplit.edgeFront(base.service(), audit);
    ServiceCosts costs =
        crossover && shared != null && shared.quotesOnRead
            ? costing.costsWithQuotesOnRead(broken, index, edgeFront)
            : costing.costsOf(broken, index, edgeFront, crossover);
    ServiceFacts facts = base.with(costs, excluded);
    List<Reason> reasons = new ArrayList<>();
    int kubernetesScore = 0;
    int adjustments = 0;
    for (int k = 0; k < factors.size(); k++) {
      Factor f = factors.get(k);
      if (f.group() == FactorGroup.LIMIT) {
        continue;
      }
      Reason r = shared == null ? f.rule().apply(facts, weights) : shared.reasons.apply(k, facts);
      if (r == null) {
        continue;
      }
      reasons.add(r);
      if (f.group() == FactorGroup.KUBERNETES_SCORE) {
        kubernetesScore += r.points();
      } else if (f.group() == FactorGroup.ADJUSTMENT) {
        adjustments += r.points();
      }
    }
    reasons.addAll(limits);
    int placementScore = kubernetesScore + adjustments;
    Decision d = decision(kubernetesScore, placementScore, audit, excluded, costs, shared);
    d = Premium.explain(d, costs, audit, excluded, reasons);
    return new Evaluation(facts, audit, reasons, excluded, kubernetesScore, placementScore, d);
  }

  /**
   * The decision for these scores. Without a cost rule that may bear on it, it depends on the
   * scores, the audit and the limits alone, so it is made once per such combination and shared
   * through {@code shared} (when there is one) by every service that has it.
   */
  private Decision decision(
      int kubernetesScore,
      int placementScore,
      WasmAudit audit,
      Set<Placement> excluded,
      ServiceCosts costs,
      Shared shared) {
    if (shared == null
        || Decision.costMatters(placementScore, audit, excluded, weights.bands(), costs)) {
      return Decision.decide(
          kubernetesScore, placementScore, audit, excluded, weights.bands(), costs);
    }
    DecisionKey key = new DecisionKey(kubernetesScore, placementScore, audit, excluded);
    Decision d = shared.decisions.get(key);
    if (d == null) {
      d = Decision.decide(kubernetesScore, placementScore, audit, excluded, weights.bands());
      shared.decisions.put(key, d);
    }
    return d;
  }

  /**
   * The facts a limit is checked with: for the limit of placements without a platform, only the
   * placements no earlier limit has ruled out (it comes last), so that it names only what the
   * others do not.
   */
  private static ServiceFacts limitFacts(Factor f, ServiceFacts base, Set<Placement> excluded) {
    return f.id().equals(Factors.NO_PLATFORM) && !base.gaps().isEmpty()
        ? base.withGaps(base.gaps().without(excluded))
        : base;
  }

  /**
   * The placement a variant of the {@code index}-th service would get, the rest unchanged: the
   * placement of {@link #evaluate}'s decision, from the factors' points alone (no reasons or steps
   * in words), as the flip-point search asks hundreds of times per service.
   */
  Placement placementOf(ServiceFacts variant, Costing costing, int index) {
    Costing.Limits broken = costing.limits(variant.service());
    ServiceFacts base = variant.withGaps(costing.gaps(broken, index));
    List<Factor> factors = Factors.all();
    Set<Placement> excluded = EnumSet.noneOf(Placement.class);
    for (Factor f : factors) {
      if (f.group() != FactorGroup.LIMIT) {
        continue;
      }
      ServiceFacts x = limitFacts(f, base, excluded);
      if (f.rule().fires(x, weights)) {
        excluded.addAll(f.excludesFor(x));
      }
    }
    WasmAudit audit = WasmAudits.of(base.service());
    ServiceCosts costs =
        costing.costsOf(broken, index, HybridSplit.edgeFront(base.service(), audit), false);
    ServiceFacts facts = base.with(costs, excluded);
    int kubernetesScore = 0;
    int adjustments = 0;
    for (Factor f : factors) {
      if (f.group() == FactorGroup.KUBERNETES_SCORE) {
        kubernetesScore += f.rule().points(facts, weights);
      } else if (f.group() == FactorGroup.ADJUSTMENT) {
        adjustments += f.rule().points(facts, weights);
      }
    }
    return Decision.place(kubernetesScore + adjustments, audit, excluded, weights.bands(), costs);
  }

  /** {@link #placementOf} the long way, with every reason and step: the reference for tests. */
  Placement placementWithReasons(ServiceFacts variant, Costing costing, int index) {
    return evaluate(variant, costing, index, false, null).decision().placement();
  }

  private Decided decide(ServiceFacts base, Costing costing, int index, Shared shared) {
    Evaluation e = evaluate(base, costing, index, details, shared);
    ServiceFacts facts = e.facts();
    Service service = facts.service();
    ServiceCosts costs = facts.costs();
    Decision d = e.decision();
    // Hybrids are few: each says its own platforms and bursts.
    String split =
        d.placement() == Placement.HYBRID ? HybridSplit.describe(facts, e.audit()) : null;
    Sensitivity sensitivity =
        searchFlipPoints(base.serviceCount())
            ? FlipPointFinder.analyse(
                base, d.placement(), costs, variant -> placementOf(variant, costing, index))
            : FlipPointFinder.growthOnly(base, costs);
    return new Decided(
        service.name(),
        service.location(),
        d.placement(),
        e.kubernetesScore(),
        e.placementScore(),
        d.band(),
        e.audit(),
        List.copyOf(e.reasons()),
        e.excluded(),
        d.steps(),
        split,
        costs,
        service.traffic().requestsPerMonth(),
        sensitivity,
        HybridSplit.edgeFront(service, e.audit()),
        nearness(service.traffic().requestsPerMonth(), costs.crossoverRequests()));
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
