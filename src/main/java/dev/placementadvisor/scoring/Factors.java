package dev.placementadvisor.scoring;

import static dev.placementadvisor.inventory.Placement.HYBRID;
import static dev.placementadvisor.inventory.Placement.SERVERLESS;
import static dev.placementadvisor.inventory.Placement.WASM_EDGE;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Compliance;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.ServiceRole;
import dev.placementadvisor.result.FactorGroup;
import dev.placementadvisor.result.Reason;
import dev.placementadvisor.result.WasmAudit;
import dev.placementadvisor.scoring.Factor.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry of every factor, audit step and platform limit, in evaluation order. Docs and the
 * default weights file are checked against this list.
 */
public final class Factors {
  /** Longest Lambda execution, seconds. */
  public static final double LAMBDA_MAX_SECONDS = 900;

  /** Most memory a Lambda function can have, MB. */
  public static final int LAMBDA_MAX_MEMORY_MB = 10_240;

  /** Memory of one edge isolate, MB. */
  public static final int EDGE_MAX_MEMORY_MB = 128;

  /** Most CPU time one edge request may use, ms. */
  public static final double EDGE_MAX_CPU_MS = 300_000;

  /** Requests per month above which the seed adds its volume points. */
  public static final double HIGH_VOLUME = 50_000_000;

  /** Average execution above which the seed adds its duration points, ms. */
  public static final double LONG_EXECUTION_MS = 10_000;

  /** Services in an inventory above which the seed adds its microservices points. */
  public static final int MANY_SERVICES = 10;

  /**
   * The limit the engine applies once the service is priced: a placement with no platform the
   * organization and the service allow and the service fits is ruled out.
   */
  public static final String NO_PLATFORM = "limit-no-platform";

  /** The limits of some serverless platforms and not others: see {@link #spares}. */
  private static final Set<String> SERVERLESS_LIMITS =
      Set.of("limit-gpu", "limit-duration", "limit-connections", "limit-state", "limit-memory");

  /** The limits of some edge platforms and not others: see {@link #spares}. */
  private static final Set<String> EDGE_LIMITS =
      Set.of("limit-gpu", "limit-connections", "limit-state", "limit-edge");

  private static final Set<Compliance> STRICT =
      EnumSet.of(Compliance.SOC2, Compliance.PCI_DSS, Compliance.HIPAA, Compliance.FEDRAMP);

  private static final Object SAME = Rule.SAME;
  private static final Object NO = Rule.NO_REASON;

  /** The key of a flag whose reason says the same for every service it fires for. */
  private static final java.util.function.Function<ServiceFacts, Object> SAME_FOR_ALL = x -> SAME;

  private static final List<Factor> ALL = build();
  private static final Map<String, Factor> BY_ID = index();

  private Factors() {}

  /** Every factor in evaluation order. */
  public static List<Factor> all() {
    return ALL;
  }

  /** Every factor as the listings show it, with its weight in {@code weights}. */
  public static List<dev.placementadvisor.result.FactorEntry> entries(Weights weights) {
    return ALL.stream().map(f -> f.entry(weights)).toList();
  }

  /** The factor with this ID, or null. */
  public static Factor byId(String id) {
    return BY_ID.get(id);
  }

  /** The IDs of the weighted factors, in order. */
  public static List<String> weightedIds() {
    return ALL.stream().filter(f -> f.group().weighted()).map(Factor::id).toList();
  }

  /** The bucket names of a table factor, or an empty list for a flat one. */
  public static List<String> buckets(String id) {
    return switch (id) {
      case "team-size" -> List.of("1-3", "4-8", "9-15", "16+");
      case "traffic-pattern" ->
          List.of("steady", "spiky", "event-driven", "batch", "realtime", "unpredictable");
      case "compliance-regime" -> List.of("soc2", "pci-dss", "hipaa", "fedramp", "gdpr");
      case "cost" -> CostFactor.BUCKETS;
      default -> List.of();
    };
  }

  private static Map<String, Factor> index() {
    Map<String, Factor> m = new LinkedHashMap<>();
    for (Factor f : ALL) {
      if (m.put(f.id(), f) != null) {
        throw new IllegalStateException("duplicate factor id " + f.id());
      }
    }
    return m;
  }

  private static List<Factor> build() {
    List<Factor> f = new ArrayList<>();
    scoreFactors(f);
    adjustments(f);
    audits(f);
    limits(f);
    return List.copyOf(f);
  }

  /** The seed's Kubernetes score function, in the seed's order. */
  private static void scoreFactors(List<Factor> f) {
    workloadFactors(f);
    estateFactors(f);
    trafficFactors(f);
  }

  /** The score's factors of what the service's work needs: state, connections, GPU, duration. */
  private static void workloadFactors(List<Factor> f) {
    f.add(
        flag(
            "stateful",
            "The service keeps state between requests.",
            SAME_FOR_ALL,
            x -> x.service().stateful(),
            x -> "keeps state between requests (stateful: true)"));
    f.add(
        flag(
            "persistent-connections",
            "The service holds persistent connections (WebSocket, gRPC streaming).",
            SAME_FOR_ALL,
            x -> x.service().persistentConnections(),
            x -> "holds persistent connections (WebSocket, gRPC streaming)"));
    f.add(
        flag(
            "gpu",
            "The service needs a GPU.",
            SAME_FOR_ALL,
            x -> x.service().gpu(),
            x -> "needs a GPU"));
    f.add(
        flag(
            "long-running",
            "The longest execution is over 15 minutes (maxDurationSeconds > 900).",
            x -> x.service().maxDurationSeconds(),
            x -> x.service().maxDurationSeconds() > LAMBDA_MAX_SECONDS,
            x ->
                "longest execution "
                    + Format.number(x.service().maxDurationSeconds())
                    + " s is over 900 s (15 minutes)"));
  }

  /**
   * The score's factors of the estate: its size, networking, team, clouds, premises, compliance.
   */
  private static void estateFactors(List<Factor> f) {
    f.add(
        flag(
            "many-services",
            "The inventory has more than 10 services.",
            SAME_FOR_ALL,
            x -> x.serviceCount() > MANY_SERVICES,
            x ->
                "the inventory has "
                    + x.serviceCount()
                    + " services (more than "
                    + MANY_SERVICES
                    + ")"));
    f.add(
        flag(
            "custom-networking",
            "The service needs custom networking.",
            SAME_FOR_ALL,
            x -> x.service().customNetworking(),
            x -> "needs custom networking (customNetworking: true)"));
    f.add(
        flag(
            "platform-team",
            "The organization has at least one platform engineer.",
            SAME_FOR_ALL,
            x -> x.organization().platformEngineers() >= 1,
            x ->
                "the organization has "
                    + x.organization().platformEngineers()
                    + " platform engineer(s)"));
    f.add(
        flag(
            "multi-cloud",
            "The organization must run on more than one cloud.",
            SAME_FOR_ALL,
            x -> x.organization().multiCloud(),
            x -> "must run on more than one cloud (multiCloud: true)"));
    f.add(
        flag(
            "on-premises",
            "The service or its organization must run on premises.",
            x -> x.service().onPremises(),
            ServiceFacts::onPremises,
            x ->
                x.service().onPremises()
                    ? "this service must run on premises"
                    : "the organization must run on premises"));
    f.add(
        flag(
            "strict-compliance",
            "A strict regime applies: SOC 2, PCI DSS, HIPAA or FedRAMP.",
            ServiceFacts::compliance,
            Factors::strict,
            x -> "under " + strictList(x) + " (strict compliance)"));
  }

  /** The score's factors of the traffic and the bill: volume, execution time, predictability. */
  private static void trafficFactors(List<Factor> f) {
    f.add(
        flag(
            "high-volume",
            "More than 50,000,000 requests per month.",
            x -> x.service().traffic().requestsPerMonth(),
            x -> x.service().traffic().requestsPerMonth() > HIGH_VOLUME,
            x ->
                Format.number(x.service().traffic().requestsPerMonth())
                    + " requests/month is more than 50,000,000"));
    f.add(
        flag(
            "long-execution",
            "Average execution over 10 seconds (avgDurationMs > 10000).",
            x -> x.service().avgDurationMs(),
            x -> x.service().avgDurationMs() > LONG_EXECUTION_MS,
            x ->
                "average execution "
                    + Format.number(x.service().avgDurationMs())
                    + " ms is over 10 s"));
    f.add(
        flag(
            "budget-predictability",
            "The organization requires a predictable monthly bill.",
            SAME_FOR_ALL,
            x -> x.organization().budgetPredictability(),
            x -> "a predictable monthly bill is required (budgetPredictability: true)"));
  }

  /** Adjustments on top of the seed score. */
  private static void adjustments(List<Factor> f) {
    teamAdjustments(f);
    workloadAdjustments(f);
  }

  /** The adjustments for who runs the service: the team's size and the platform team's capacity. */
  private static void teamAdjustments(List<Factor> f) {
    f.add(
        new Factor(
            "team-size",
            FactorGroup.ADJUSTMENT,
            "Team size: 1-3 engineers lean serverless, 16+ lean Kubernetes.",
            Sources.TEAM_SIZE,
            Set.of(),
            new Defined(SAME_FOR_ALL, Factors::teamSize, Factors::teamSizePoints)));
    f.add(
        new Factor(
            "platform-capacity",
            FactorGroup.ADJUSTMENT,
            "Two or more platform engineers already cover Kubernetes operations.",
            Sources.PLATFORM_TEAM,
            Set.of(),
            new Defined(
                SAME_FOR_ALL,
                (x, w) ->
                    x.organization().platformEngineers() >= 2
                        ? new Reason(
                            "platform-capacity",
                            w.points("platform-capacity"),
                            x.organization().platformEngineers()
                                + " platform engineers cover cluster operations")
                        : null,
                (x, w) ->
                    x.organization().platformEngineers() >= 2
                        ? w.points("platform-capacity")
                        : 0)));
  }

  /** The adjustments for the work itself: its traffic pattern, compliance regimes and cost. */
  private static void workloadAdjustments(List<Factor> f) {
    f.add(
        new Factor(
            "traffic-pattern",
            FactorGroup.ADJUSTMENT,
            "Traffic pattern: steady and realtime lean Kubernetes; spiky, event-driven,"
                + " unpredictable lean serverless.",
            Sources.TRAFFIC,
            Set.of(),
            new Defined(
                x -> x.service().traffic().pattern(),
                (x, w) -> {
                  String p = x.service().traffic().pattern().id();
                  int pts = w.points("traffic-pattern", p);
                  return new Reason("traffic-pattern", pts, p + " traffic" + lean(pts));
                },
                (x, w) -> w.points("traffic-pattern", x.service().traffic().pattern().id()))));
    f.add(
        new Factor(
            "compliance-regime",
            FactorGroup.ADJUSTMENT,
            "The strictest regime that applies adds control requirements (the highest regime weight"
                + " counts).",
            Sources.COMPLIANCE,
            Set.of(),
            new Defined(
                ServiceFacts::compliance,
                Factors::complianceRegime,
                Factors::complianceRegimePoints)));
    f.add(
        new Factor(
            "cost",
            FactorGroup.ADJUSTMENT,
            "The cheaper placement gains points with the log of the gap in total cost of"
                + " ownership.",
            Sources.COST,
            Set.of(),
            new Defined(x -> null, CostFactor::evaluate, CostFactor::points)));
  }

  /** The Wasm suitability audit. */
  private static void audits(List<Factor> f) {
    f.add(
        new Factor(
            "wasm-audit",
            FactorGroup.WASM_AUDIT,
            "Stateless, compute-bound and cold-start sensitive: all three make a Wasm candidate.",
            Sources.WASM_AUDIT,
            Set.of(),
            new Defined(
                x -> WasmAudits.code(x.service()) | x.service().role().ordinal() << 8,
                (x, w) -> audit(WasmAudits.of(x.service()), x.service().role()),
                (x, w) -> 0)));
    f.add(
        new Factor(
            "wasm-runtime",
            FactorGroup.WASM_AUDIT,
            "The runtime compiles to small Wasm modules or runs on V8 isolates; GC runtimes need a"
                + " rewrite.",
            Sources.WASM_RUNTIME,
            Set.of(),
            new Defined(
                x -> x.service().runtime() == null ? SAME : x.service().runtime(),
                (x, w) -> runtime(x.service()),
                (x, w) -> 0)));
  }

  /** Hard platform limits. */
  private static void limits(List<Factor> f) {
    runtimeLimits(f);
    placementLimits(f);
  }

  /** The limits of what a runtime gives a service: GPU, duration, connections, state, memory. */
  private static void runtimeLimits(List<Factor> f) {
    f.add(
        limit(
            "limit-gpu",
            "A GPU rules out serverless, edge and a split placement.",
            Sources.GPU,
            EnumSet.of(WASM_EDGE, SERVERLESS, HYBRID),
            SAME_FOR_ALL,
            x -> x.service().gpu(),
            x -> "needs a GPU: neither Lambda nor edge isolates offer one; runs on GPU nodes"));
    f.add(
        limit(
            "limit-duration",
            "Executions over 15 minutes rule out Lambda, edge and a split placement.",
            Sources.LAMBDA_QUOTAS,
            EnumSet.of(WASM_EDGE, SERVERLESS, HYBRID),
            x -> x.service().maxDurationSeconds(),
            x -> x.service().maxDurationSeconds() > LAMBDA_MAX_SECONDS,
            x ->
                "an execution of "
                    + Format.number(x.service().maxDurationSeconds())
                    + " s exceeds Lambda's 900 s limit"));
    f.add(
        limit(
            "limit-connections",
            "Persistent connections rule out Lambda, edge and a split placement.",
            Sources.CONNECTIONS,
            EnumSet.of(WASM_EDGE, SERVERLESS, HYBRID),
            SAME_FOR_ALL,
            x -> x.service().persistentConnections(),
            x ->
                "persistent connections need a long-lived process, or a platform that holds them"
                    + " for the function (a WebSocket API, a Durable Object)"));
    f.add(
        limit(
            "limit-state",
            "In-process state rules out serverless, edge and a split placement.",
            Sources.STATE,
            EnumSet.of(WASM_EDGE, SERVERLESS, HYBRID),
            SAME_FOR_ALL,
            x -> x.service().stateful(),
            x ->
                "in-process state does not survive serverless or edge instances: it stays on"
                    + " Kubernetes"));
    f.add(
        limit(
            "limit-memory",
            "More than 10,240 MB rules out Lambda.",
            Sources.LAMBDA_QUOTAS,
            EnumSet.of(SERVERLESS),
            x -> x.service().memoryMb(),
            x -> x.service().memoryMb() > LAMBDA_MAX_MEMORY_MB,
            x -> Format.number(x.service().memoryMb()) + " MB exceeds Lambda's 10,240 MB"));
  }

  /** The limits of where a service may run: on premises, the edge, an allowed platform. */
  private static void placementLimits(List<Factor> f) {
    f.add(
        limit(
            "limit-on-premises",
            "An on-premises requirement allows only Kubernetes or hybrid.",
            Sources.ON_PREMISES,
            EnumSet.of(WASM_EDGE, SERVERLESS),
            SAME_FOR_ALL,
            ServiceFacts::onPremises,
            x -> "must run on premises: Kubernetes (EKS Hybrid Nodes) or hybrid only"));
    f.add(
        limit(
            "limit-edge",
            "Edge isolates have 128 MB of memory and at most 5 minutes of CPU per request.",
            Sources.EDGE_LIMITS,
            EnumSet.of(WASM_EDGE),
            // Over 128 MB the reason is about the memory alone; within it, about the CPU time
            // alone.
            x ->
                x.service().memoryMb() > EDGE_MAX_MEMORY_MB
                    ? (Object) x.service().memoryMb()
                    : (Object) x.service().cpuMsPerRequest(),
            x ->
                x.service().memoryMb() > EDGE_MAX_MEMORY_MB
                    || x.service().cpuMsPerRequest() > EDGE_MAX_CPU_MS,
            Factors::edgeLimit));
    f.add(
        limit(
            NO_PLATFORM,
            "A placement that no allowed platform offers, or whose allowed"
                + " platforms the service all breaks a limit of, is ruled out.",
            Sources.PLATFORMS,
            EnumSet.of(WASM_EDGE, SERVERLESS, HYBRID),
            ServiceFacts::gaps,
            x -> !x.gaps().isEmpty(),
            x -> x.gaps().detail()));
  }

  /**
   * A flat factor of the Kubernetes score; {@code key}: what {@code when} and {@code detail} read
   * beyond the organization and the number of services (see {@link Rule#key}).
   */
  private static Factor flag(
      String id,
      String summary,
      java.util.function.Function<ServiceFacts, Object> key,
      java.util.function.Predicate<ServiceFacts> when,
      java.util.function.Function<ServiceFacts, String> detail) {
    Rule rule =
        new Defined(
            x -> when.test(x) ? key.apply(x) : NO,
            (x, w) -> when.test(x) ? new Reason(id, w.points(id), detail.apply(x)) : null,
            (x, w) -> when.test(x) ? w.points(id) : 0,
            (x, w) -> when.test(x));
    return new Factor(
        id, FactorGroup.KUBERNETES_SCORE, summary, Sources.SCORE_FUNCTION, Set.of(), rule);
  }

  /** A hard limit; {@code key} as for {@link #flag}. */
  private static Factor limit(
      String id,
      String summary,
      String source,
      Set<Placement> excludes,
      java.util.function.Function<ServiceFacts, Object> key,
      java.util.function.Predicate<ServiceFacts> when,
      java.util.function.Function<ServiceFacts, String> detail) {
    boolean own = id.equals(NO_PLATFORM);
    boolean spares = spares(id, SERVERLESS) || spares(id, WASM_EDGE);
    Factor[] self = new Factor[1];
    Rule rule =
        new Defined(
            // The serverless platforms that fit decide what the limit rules out.
            x ->
                when.test(x)
                    ? (spares
                        ? java.util.Arrays.asList(
                            key.apply(x), x.gaps().serverless(), x.gaps().edge())
                        : key.apply(x))
                    : NO,
            (x, w) ->
                when.test(x)
                    ? new Reason(
                        id,
                        0,
                        detail.apply(x) + rulesOut(self[0].excludesFor(x), id, excludes, x),
                        excludes)
                    : null,
            (x, w) -> 0,
            (x, w) -> when.test(x));
    self[0] = new Factor(id, FactorGroup.LIMIT, summary, source, excludes, rule);
    return self[0];
  }

  /**
   * True for a limit that is one platform's and not another's of {@code placement}: it rules the
   * placement out only while no allowed platform of it fits. For serverless: a GPU, a run's length,
   * a held connection, state and memory are Lambda's limits (Step Functions runs long jobs, Fargate
   * holds connections and more memory). For the edge: a GPU, a held connection, state and the
   * isolate's memory and CPU are Workers' limits; a run's length stays an edge limit (no edge
   * platform runs a job for hours). Running on premises rules out every platform of both, whoever
   * asks for it (the service or the organization).
   */
  static boolean spares(String id, Placement placement) {
    return placement == SERVERLESS
        ? SERVERLESS_LIMITS.contains(id)
        : placement == WASM_EDGE && EDGE_LIMITS.contains(id);
  }

  /**
   * " (rules out wasm-edge, hybrid; serverless stays open: aws-fargate fits)": what a limit
   * removes, and the serverless platforms that hold the service where it spares serverless.
   */
  private static String rulesOut(
      Set<Placement> out, String id, Set<Placement> excludes, ServiceFacts x) {
    List<String> open = new java.util.ArrayList<>();
    for (Placement p : new Placement[] {SERVERLESS, WASM_EDGE}) {
      List<String> fit = x.gaps().fitting(p);
      if (excludes.contains(p) && spares(id, p) && !out.contains(p) && !fit.isEmpty()) {
        open.add(
            p.id()
                + " stays open: "
                + String.join(", ", fit)
                + (fit.size() == 1 ? " fits" : " fit"));
      }
    }
    if (open.isEmpty()) {
      return " (rules out " + names(out) + ")";
    }
    return " ("
        + (out.isEmpty() ? "" : "rules out " + names(out) + "; ")
        + String.join("; ", open)
        + ")";
  }

  /**
   * A rule given in parts: its reason, its {@link Rule#key key}, its {@link Rule#points points}
   * and, for flags and limits, {@link Rule#fires whether it fires}, each the same as what the
   * reason says.
   */
  private static final class Defined implements Rule {
    private final java.util.function.Function<ServiceFacts, Object> key;
    private final Rule reason;
    private final java.util.function.ToIntBiFunction<ServiceFacts, Weights> points;
    private final java.util.function.BiPredicate<ServiceFacts, Weights> fires;

    Defined(
        java.util.function.Function<ServiceFacts, Object> key,
        Rule reason,
        java.util.function.ToIntBiFunction<ServiceFacts, Weights> points) {
      this(key, reason, points, null);
    }

    Defined(
        java.util.function.Function<ServiceFacts, Object> key,
        Rule reason,
        java.util.function.ToIntBiFunction<ServiceFacts, Weights> points,
        java.util.function.BiPredicate<ServiceFacts, Weights> fires) {
      this.key = key;
      this.reason = reason;
      this.points = points;
      this.fires = fires;
    }

    @Override
    public Reason apply(ServiceFacts facts, Weights weights) {
      return reason.apply(facts, weights);
    }

    @Override
    public Object key(ServiceFacts facts) {
      return key.apply(facts);
    }

    @Override
    public int points(ServiceFacts facts, Weights weights) {
      return points.applyAsInt(facts, weights);
    }

    @Override
    public boolean fires(ServiceFacts facts, Weights weights) {
      return fires != null ? fires.test(facts, weights) : reason.apply(facts, weights) != null;
    }
  }

  private static String names(Set<Placement> placements) {
    return String.join(", ", placements.stream().map(Placement::id).toList());
  }

  private static String lean(int points) {
    if (points > 0) {
      return " leans Kubernetes";
    }
    return points < 0 ? " leans serverless" : " fits either";
  }

  /** True when a strict regime applies. */
  private static boolean strict(ServiceFacts x) {
    for (Compliance c : x.compliance()) {
      if (STRICT.contains(c)) {
        return true;
      }
    }
    return false;
  }

  private static String strictList(ServiceFacts x) {
    return String.join(
        ", ", x.compliance().stream().filter(STRICT::contains).map(Compliance::id).toList());
  }

  /** The team-size bucket of a number of engineers. */
  public static String teamBucket(int engineers) {
    if (engineers <= 3) {
      return "1-3";
    }
    if (engineers <= 8) {
      return "4-8";
    }
    return engineers <= 15 ? "9-15" : "16+";
  }

  private static int teamSizePoints(ServiceFacts x, Weights w) {
    Integer n = x.organization().engineers();
    return n == null ? 0 : w.points("team-size", teamBucket(n));
  }

  private static Reason teamSize(ServiceFacts x, Weights w) {
    Integer n = x.organization().engineers();
    if (n == null) {
      return null;
    }
    String bucket = teamBucket(n);
    int pts = w.points("team-size", bucket);
    return new Reason("team-size", pts, n + " engineers (" + bucket + ")" + lean(pts));
  }

  /**
   * The regime with the highest weight, the first of equals in declaration order; null for none.
   */
  private static Compliance topRegime(ServiceFacts x, Weights w) {
    Compliance top = null;
    int best = Integer.MIN_VALUE;
    for (Compliance c : x.compliance()) {
      int pts = w.points("compliance-regime", c.id());
      if (pts > best) {
        best = pts;
        top = c;
      }
    }
    return top;
  }

  private static int complianceRegimePoints(ServiceFacts x, Weights w) {
    Compliance top = topRegime(x, w);
    return top == null ? 0 : w.points("compliance-regime", top.id());
  }

  private static Reason complianceRegime(ServiceFacts x, Weights w) {
    Compliance top = topRegime(x, w);
    if (top == null) {
      return null;
    }
    int best = w.points("compliance-regime", top.id());
    return new Reason(
        "compliance-regime",
        best,
        top.id() + " has the highest regime weight (" + Format.signed(best) + "):" + lean(best));
  }

  private static Reason audit(WasmAudit a, ServiceRole role) {
    String detail =
        (role.requestLayer()
                ? "role "
                    + role.id()
                    + " ("
                    + role.seedName()
                    + ", a clear candidate in the seed):"
                    + " "
                : "")
            + (a.stateless() ? "stateless" : "stateful")
            + ", "
            + (a.computeBound() ? "compute-bound" : "not compute-bound")
            + ", "
            + (a.coldStartSensitive() ? "cold-start sensitive" : "not cold-start sensitive")
            + (a.candidate() ? ": a Wasm candidate" : ": not a Wasm candidate");
    return new Reason("wasm-audit", 0, detail);
  }

  private static Reason runtime(Service s) {
    String detail =
        switch (WasmAudits.fit(s.runtime())) {
          case GOOD -> s.runtime().id() + " compiles to small Wasm modules or runs on V8 isolates";
          case REWRITE ->
              s.runtime().id()
                  + " brings a garbage-collected runtime: the edge needs a rewrite (Rust, Go or"
                  + " TypeScript) first";
          case UNKNOWN -> "runtime not given: edge fit unknown";
        };
    return new Reason("wasm-runtime", 0, detail);
  }

  private static String edgeLimit(ServiceFacts x) {
    Service s = x.service();
    if (s.memoryMb() > EDGE_MAX_MEMORY_MB) {
      return Format.number(s.memoryMb()) + " MB exceeds the 128 MB of an edge isolate";
    }
    return Format.number(s.cpuMsPerRequest())
        + " ms of CPU per request exceeds the edge's 300,000 ms";
  }
}
