package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.DataStore;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.result.CheaperDoors;
import dev.placementadvisor.result.DataTierCost;
import dev.placementadvisor.result.OperationShares;
import dev.placementadvisor.result.PlatformCost;
import dev.placementadvisor.result.ServiceCosts;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Prices every service of an inventory on every platform ("everything on one platform") and solves
 * each service's crossover volume.
 */
public final class Costing {
  /** Highest volume searched for a crossover, requests per month. */
  public static final double CROSSOVER_CEILING = 1e13;

  private final CostModel model;
  private final List<Service> services;

  /** The model's platforms. */
  private final Platform[] platforms;

  /**
   * Per placement (by ordinal), the platforms of that placement, as bits over {@link #platforms}.
   */
  private final long[] ofPlacement = new long[Placement.values().length];

  /** Per service, the platforms it may be placed on ({@link PlatformSelection#candidates}). */
  private final long[] candidates;

  /** Per platform, every service's usage: service {@code i} at {@code i * dimensions}. */
  private final double[][] usages;

  /** Per platform, the usage of all the services together. */
  private final double[][] totals;

  /** The operations each service carries a share of. */
  private final Operations operations;

  /** Per platform, one service's share of its operations. */
  private final double[] opsShare;

  /** Per platform, the kind of its operations ({@link Operations.Kind#id}). */
  private final String[] opsKind;

  /** The data tiers the organization allows ({@link PlatformSelection#dataTiers}). */
  private final List<DataTiers.Info> dataTiers;

  public Costing(CostModel model, List<Service> services) {
    this(model, services, false, null);
  }

  /**
   * Prices {@code services} on the model's platforms, each service placed only on its {@code
   * selection}'s candidates (on any of them when null); with {@code parallel}, each service's usage
   * is worked out on every core (they are summed in order either way, so the totals are the same).
   */
  public Costing(
      CostModel model, List<Service> services, boolean parallel, PlatformSelection selection) {
    this(model, services, parallel, selection, Operations.NONE);
  }

  /**
   * As above, with each placement's cost of ownership carrying the {@code operations} share of the
   * platform it is priced on ({@link ServiceCosts#tco}).
   */
  public Costing(
      CostModel model,
      List<Service> services,
      boolean parallel,
      PlatformSelection selection,
      Operations operations) {
    this.model = model;
    this.services = services;
    this.dataTiers = selection == null ? DataTiers.ALL : selection.dataTiers();
    this.platforms = model.platforms().toArray(new Platform[0]);
    if (platforms.length > 64) {
      throw new IllegalStateException("more than 64 platforms");
    }
    this.operations = operations;
    this.opsShare = new double[platforms.length];
    this.opsKind = new String[platforms.length];
    for (int p = 0; p < platforms.length; p++) {
      opsShare[p] = operations.share(platforms[p].info());
      opsKind[p] = Operations.Kind.of(platforms[p].info()).id();
    }
    for (int p = 0; p < platforms.length; p++) {
      ofPlacement[platforms[p].placement().ordinal()] |= 1L << p;
    }
    this.candidates = new long[services.size()];
    long every = platforms.length == 64 ? -1L : (1L << platforms.length) - 1;
    for (int i = 0; i < candidates.length; i++) {
      candidates[i] = selection == null ? every : selection.candidates(services.get(i));
    }
    this.usages = new double[platforms.length][];
    this.totals = new double[platforms.length][];
    for (int p = 0; p < platforms.length; p++) {
      usages[p] = new double[services.size() * platforms[p].dimensions()];
    }
    try {
      IntStream range = IntStream.range(0, services.size());
      (parallel ? range.parallel() : range).forEach(this::usages);
    } catch (RuntimeException e) {
      for (int i = 0; i < services.size(); i++) {
        usages(i);
      }
    }
    for (int p = 0; p < platforms.length; p++) {
      int d = platforms[p].dimensions();
      totals[p] = Usage.none(d);
      for (int i = 0; i < services.size(); i++) {
        Usage.add(totals[p], usages[p], i * d);
      }
    }
  }

  /** True when platform {@code p} can stand in front of the cluster on platform {@code k}. */
  private boolean canFront(int p, int k) {
    return platforms[p].requestLayer() != null
        && (platforms[p].placement() == Placement.WASM_EDGE
            || platforms[p].info().provider().equals(platforms[k].info().provider()));
  }

  /**
   * True when platform {@code p} is chosen before {@code q} of the same placement, both fitting:
   * billed per request before billed for capacity, then the cheaper. For work run as jobs ({@code
   * job}), the cheaper alone: a platform billed for capacity bills a job's tasks only while they
   * run ({@link Replicas#isJob}).
   */
  private boolean before(int p, int q, double[] total, boolean job) {
    boolean byRequest = platforms[p].info().perRequest();
    return !job && byRequest != platforms[q].info().perRequest() ? byRequest : total[p] < total[q];
  }

  /** Where the platform with this id stands in {@link #platforms}, or -1. */
  private int indexOf(String id) {
    for (int p = 0; p < platforms.length; p++) {
      if (platforms[p].id().equals(id)) {
        return p;
      }
    }
    return -1;
  }

  /** The usage of the {@code i}-th service on every platform. */
  private void usages(int i) {
    Service s = services.get(i);
    double r = s.traffic().requestsPerMonth();
    for (int p = 0; p < platforms.length; p++) {
      platforms[p].usage(s, r, usages[p], i * platforms[p].dimensions());
    }
  }

  /**
   * A hybrid as the sum of its parts: the cluster {@code k} runs the base load, {@code 1 - burst}
   * of the requests at an even rate (no peak to size for); the front {@code f} serves the bursts,
   * {@code burst} of them, whole, and is the request layer of the rest.
   */
  private ServiceCosts.HybridParts hybrid(
      Service variant, double r, double burst, int k, int f, double[][] others) {
    double base = r * (1 - burst);
    Bill bill = Bill.totals();
    double core = platforms[k].total(Hybrids.base(variant, base), base, others[k], bill);
    platforms[f].total(variant, base, others[f], bill);
    double layer = bill.requestLayer();
    double bursts = platforms[f].total(variant, r * burst, others[f], bill);
    return new ServiceCosts.HybridParts(burst, core, layer, bursts);
  }

  private double share(int p) {
    return p < 0 ? 0 : opsShare[p];
  }

  /**
   * The kinds of the platforms of each placement, in {@link Placement} order (a hybrid's is its
   * cluster's): one list for each choice of platforms, shared by every service with it.
   */
  private List<String> kinds(int s, int k, int e) {
    return kindLists.computeIfAbsent(
        (s + 1) | (k + 1) << 8 | (e + 1) << 16,
        key -> {
          String[] out = new String[Placement.values().length];
          out[Placement.WASM_EDGE.ordinal()] = kind(e);
          out[Placement.SERVERLESS.ordinal()] = kind(s);
          out[Placement.KUBERNETES.ordinal()] = kind(k);
          out[Placement.HYBRID.ordinal()] = kind(k);
          return java.util.Collections.unmodifiableList(java.util.Arrays.asList(out));
        });
  }

  /** {@link #kinds} by its platforms' positions. */
  private final Map<Integer, List<String>> kindLists =
      new java.util.concurrent.ConcurrentHashMap<>();

  private String kind(int p) {
    return p < 0 ? null : opsKind[p];
  }

  /** The operations each service carries a share of. */
  public Operations operations() {
    return operations;
  }

  public CostModel model() {
    return model;
  }

  /** Per platform, the usage of every service but the {@code index}-th. */
  double[][] others(int index) {
    double[][] o = new double[platforms.length][];
    for (int p = 0; p < platforms.length; p++) {
      o[p] = Usage.othersThan(totals[p], usages[p], index * platforms[p].dimensions());
    }
    return o;
  }

  /** Per platform, an account with nothing else on it. */
  double[][] none() {
    double[][] o = new double[platforms.length][];
    for (int p = 0; p < platforms.length; p++) {
      o[p] = platforms[p].alone();
    }
    return o;
  }

  /**
   * The limits {@code variant} breaks on each platform, each asked of the platform at most once:
   * the gaps ({@link #gaps(Limits, int)}) and the costs ({@link #costsOf(Limits, int, boolean,
   * boolean)}) of one service read the same answers.
   */
  public Limits limits(Service variant) {
    return new Limits(variant);
  }

  /** What {@link #limits} answers, platform by platform, as they are asked. */
  public final class Limits {
    private final Service variant;
    private final List<?>[] asked = new List<?>[platforms.length];

    private Limits(Service variant) {
      this.variant = variant;
    }

    /** The limits of the {@code p}-th platform that the service breaks. */
    @SuppressWarnings("unchecked")
    List<String> of(int p) {
      if (asked[p] == null) {
        asked[p] = platforms[p].blockedBy(variant);
      }
      return (List<String>) asked[p];
    }
  }

  /**
   * Costs and crossover of the {@code index}-th service; {@code edgeFront} prices hybrid's front at
   * the edge.
   */
  public ServiceCosts costs(int index, boolean edgeFront) {
    return costsOf(services.get(index), index, edgeFront, true);
  }

  /**
   * Costs of {@code variant} standing in for the {@code index}-th service, the others unchanged;
   * with {@code detail}, the crossover is solved and every platform's quote kept with its line
   * items (otherwise the crossover is null and the quotes empty).
   *
   * <p>Each placement is priced on its cheapest platform among the service's candidates that the
   * service fits, a platform billed per request before one billed for capacity (a function before a
   * container that runs all month: what the placement is recommended for; for work run as jobs,
   * simply the cheapest, since tasks bill only while the job runs); when none fits, on the cheapest
   * candidate; when the service has no candidate of that placement, on the cheapest platform of it
   * that is priced for comparison. Ties go to the registry's order.
   */
  public ServiceCosts costsOf(Service variant, int index, boolean edgeFront, boolean detail) {
    return costsOf(limits(variant), index, edgeFront, detail);
  }

  /** The same, with the limits {@code variant} breaks already asked ({@link #limits}). */
  public ServiceCosts costsOf(Limits limits, int index, boolean edgeFront, boolean detail) {
    return costsOf(limits, index, edgeFront, detail ? CROSSOVER | QUOTES | DOORS : 0);
  }

  /**
   * As {@link #costsOf(Limits, int, boolean, boolean)} with detail, except that each platform's
   * quote is priced when it is read ({@link QuotesOnRead}), by the same formula, rather than held
   * from now until the report is written: a report of many services then holds none of the millions
   * of line items it writes.
   */
  public ServiceCosts costsWithQuotesOnRead(Limits limits, int index, boolean edgeFront) {
    return costsOf(limits, index, edgeFront, CROSSOVER | DOORS | QUOTES_ON_READ);
  }

  /** Every platform's quote of {@code variant}, the {@code index}-th service, with its lines. */
  List<ServiceCosts.PlatformQuote> quotes(Service variant, int index, boolean edgeFront) {
    return costsOf(limits(variant), index, edgeFront, QUOTES).choice().platforms();
  }

  /** What {@link #costsOf(Limits, int, boolean, int)} works out besides each placement's cost. */
  private static final int CROSSOVER = 1;

  private static final int QUOTES = 2;
  private static final int DOORS = 4;
  private static final int QUOTES_ON_READ = 8;

  private ServiceCosts costsOf(Limits limits, int index, boolean edgeFront, int what) {
    Service variant = limits.variant;
    boolean keep = (what & QUOTES) != 0;
    double r = variant.traffic().requestsPerMonth();
    double[][] others = others(index);
    long mine = candidates[index];
    boolean job = Replicas.isJob(variant);
    // With quotes the report carries each platform's line items: the same formula, lines kept.
    Bill bill = keep ? Bill.items() : Bill.totals();
    int n = platforms.length;
    double[] total = new double[n];
    double[] front = new double[n];
    boolean[] fits = new boolean[n];
    int[] best = {-1, -1, -1, -1};
    int[] any = {-1, -1, -1, -1};
    List<ServiceCosts.PlatformQuote> quotes = quoteList(variant, index, edgeFront, what);
    for (int p = 0; p < n; p++) {
      int c = platforms[p].placement().ordinal();
      boolean candidate = (mine >>> p & 1) != 0;
      if (!candidate && (mine & ofPlacement[c]) != 0) {
        continue;
      }
      total[p] = platforms[p].total(variant, r, others[p], bill);
      front[p] = bill.requestLayer();
      List<String> blocked = limits.of(p);
      fits[p] = candidate && blocked.isEmpty();
      if (fits[p] && (best[c] < 0 || before(p, best[c], total, job))) {
        best[c] = p;
      }
      if (any[c] < 0 || total[p] < total[any[c]]) {
        any[c] = p;
      }
      if (keep) {
        quotes.add(quote(p, total[p], candidate, blocked, bill));
      }
    }
    int s = chosen(best, any, Placement.SERVERLESS);
    int k = chosen(best, any, Placement.KUBERNETES);
    int e = chosen(best, any, Placement.WASM_EDGE);
    int f = k < 0 ? -1 : hybridFront(edgeFront, s, e, k, mine, front, fits);
    double k8s = k < 0 ? 0 : total[k];
    // A front the service fits takes the bursts above the base load the cluster runs.
    double burst = k >= 0 && f >= 0 && fits[f] ? Hybrids.burstShare(variant) : 0;
    ServiceCosts.HybridParts parts = burst > 0 ? hybrid(variant, r, burst, k, f, others) : null;
    double hybrid = parts != null ? parts.total() : k8s + (f < 0 ? 0 : front[f]);
    ServiceCosts.Choice choice = new ServiceCosts.Choice(id(s), id(k), id(e), id(f), quotes, parts);
    return new ServiceCosts(
        s < 0 ? 0 : total[s],
        k8s,
        e < 0 ? 0 : total[e],
        hybrid,
        crossoverIfAsked(what, variant, others, s, k),
        choice,
        new OperationShares(
            share(s), share(k), share(e), share(k) + share(f), kinds(s, k, e), kind(f)),
        doorsIfAsked(what, variant, r, others, s));
  }

  /**
   * Where {@link #costsOf(Limits, int, boolean, int)} puts each platform's quote: a list it fills
   * when {@code what} asks for {@link #QUOTES}, one that prices them when read for {@link
   * #QUOTES_ON_READ}, else none.
   */
  private List<ServiceCosts.PlatformQuote> quoteList(
      Service variant, int index, boolean edgeFront, int what) {
    return (what & QUOTES) != 0
        ? new java.util.ArrayList<>()
        : (what & QUOTES_ON_READ) != 0
            ? new QuotesOnRead(this, variant, index, edgeFront)
            : List.of();
  }

  /** The quote of the {@code p}-th platform, {@code total} a month, with {@code bill}'s lines. */
  private ServiceCosts.PlatformQuote quote(
      int p, double total, boolean candidate, List<String> blocked, Bill bill) {
    return new ServiceCosts.PlatformQuote(
        platforms[p].id(), platforms[p].placement(), total, candidate, blocked, bill.lines());
  }

  /**
   * The platform {@code placement} is priced on: the best that the service fits ({@code best}),
   * else the cheapest of it ({@code any}); -1 when it has none.
   */
  private static int chosen(int[] best, int[] any, Placement placement) {
    int c = placement.ordinal();
    return best[c] >= 0 ? best[c] : any[c];
  }

  /**
   * The front of a hybrid around the cluster {@code k} ({@link #frontOf}), preferring the edge
   * platform {@code e} with {@code edgeFront}, else the serverless platform {@code s}.
   */
  private int hybridFront(
      boolean edgeFront, int s, int e, int k, long mine, double[] front, boolean[] fits) {
    return frontOf(
        edgeFront ? e : s,
        edgeFront ? Placement.WASM_EDGE : Placement.SERVERLESS,
        k,
        mine,
        front,
        fits);
  }

  /**
   * The crossover between the serverless platform {@code s} and the cluster {@code k} when {@code
   * what} asks for it and the service has both, else null: solving it prices the service many
   * times.
   */
  private Double crossoverIfAsked(int what, Service variant, double[][] others, int s, int k) {
    return (what & CROSSOVER) != 0 && s >= 0 && k >= 0
        ? crossover(new Gap(variant, others, s, k))
        : null;
  }

  /**
   * The cheaper doors of the service on its serverless platform {@code s} when {@code what} asks
   * for them and that platform is Lambda ({@link AwsLambda#doors}), else null.
   */
  private CheaperDoors doorsIfAsked(int what, Service variant, double r, double[][] others, int s) {
    return (what & DOORS) != 0 && s >= 0 && platforms[s] instanceof AwsLambda lambda
        ? lambda.doors(variant, r, others[s])
        : null;
  }

  /**
   * The placements {@code variant} (standing in for the {@code index}-th service) cannot have for
   * want of a platform it may use and fits, without pricing it: see {@link PlatformGaps}.
   */
  public PlatformGaps gaps(Service variant, int index) {
    return gaps(limits(variant), index);
  }

  /** The same, with the limits the service breaks already asked ({@link #limits}). */
  public PlatformGaps gaps(Limits limits, int index) {
    long mine = candidates[index];
    Map<Placement, String> why = new java.util.EnumMap<>(Placement.class);
    List<String> serverless = new java.util.ArrayList<>();
    List<String> edge = new java.util.ArrayList<>();
    for (Placement c : new Placement[] {Placement.WASM_EDGE, Placement.SERVERLESS}) {
      List<String> blocked = new java.util.ArrayList<>();
      List<String> fit = c == Placement.SERVERLESS ? serverless : edge;
      boolean any = false;
      for (int p = 0; p < platforms.length; p++) {
        if ((ofPlacement[c.ordinal()] >>> p & 1) == 0 || (mine >>> p & 1) == 0) {
          continue;
        }
        List<String> b = limits.of(p);
        if (b.isEmpty()) {
          any = true;
          fit.add(platforms[p].id());
        } else if (!any) {
          blocked.add(platforms[p].id() + " " + b.get(0));
        }
      }
      if (!any) {
        why.put(c, blocked.isEmpty() ? "no platform allowed" : String.join("; ", blocked));
      }
    }
    boolean front = false;
    for (int k = 0; k < platforms.length; k++) {
      if (platforms[k].placement() != Placement.KUBERNETES || (mine >>> k & 1) == 0) {
        continue;
      }
      for (int p = 0; p < platforms.length; p++) {
        Placement c = platforms[p].placement();
        if ((c == Placement.SERVERLESS || c == Placement.WASM_EDGE)
            && (mine >>> p & 1) != 0
            && canFront(p, k)) {
          front = true;
        }
      }
    }
    if ((mine & ofPlacement[Placement.KUBERNETES.ordinal()]) == 0) {
      why.put(Placement.HYBRID, "no Kubernetes platform allowed");
      // A cluster is the fallback of a service that fits nothing else, not of one whose
      // platforms (a Worker pinned to Workers) leave it a placement that fits.
      if (!serverless.isEmpty() || !edge.isEmpty()) {
        why.put(Placement.KUBERNETES, "no platform allowed");
      }
    } else if (!front) {
      why.put(Placement.HYBRID, "no allowed platform can front a cluster");
    }
    return new PlatformGaps(why, serverless, edge);
  }

  private String id(int p) {
    return p < 0 ? null : platforms[p].id();
  }

  /**
   * The platform in front of a hybrid's cluster {@code k}: the chosen platform {@code chosen} of
   * the preferred {@code placement} when it is a candidate that can front that cluster, else the
   * candidate of that placement, then of the other front placement (edge or serverless), with the
   * cheapest request layer that can (one the service fits first); -1 when there is none. A
   * serverless front is the cluster's provider's (an edge network fronts any cloud).
   */
  private int frontOf(
      int chosen, Placement placement, int k, long mine, double[] front, boolean[] fits) {
    if (chosen >= 0 && (mine >>> chosen & 1) != 0 && canFront(chosen, k)) {
      return chosen;
    }
    Placement other = placement == Placement.WASM_EDGE ? Placement.SERVERLESS : Placement.WASM_EDGE;
    for (Placement c : new Placement[] {placement, other}) {
      int best = -1;
      for (int p = 0; p < platforms.length; p++) {
        if ((ofPlacement[c.ordinal()] >>> p & 1) == 0 || (mine >>> p & 1) == 0 || !canFront(p, k)) {
          continue;
        }
        if (best < 0
            || (fits[p] && !fits[best])
            || (fits[p] == fits[best] && front[p] < front[best])) {
          best = p;
        }
      }
      if (best >= 0) {
        return best;
      }
    }
    return -1;
  }

  /** The line-by-line costs of the {@code index}-th service on each platform, with formulas. */
  public List<PlatformCost> explain(int index) {
    Service s = services.get(index);
    double r = s.traffic().requestsPerMonth();
    double[][] o = others(index);
    List<PlatformCost> costs = new java.util.ArrayList<>();
    for (int p = 0; p < platforms.length; p++) {
      costs.add(model.explain(platforms[p], s, r, o[p]));
    }
    return costs;
  }

  /**
   * The monthly cost of the {@code index}-th service's data store on its data tier, or null when it
   * names none: the first registered data tier of its kind of store that the organization allows,
   * priced alone (a store is a database of its own), or why it is not priced. The same whichever
   * placement the service gets. With {@code explain}, every line has its arithmetic.
   */
  public DataTierCost dataTier(int index, boolean explain) {
    return dataTier(index, null, explain);
  }

  /**
   * The same on the platform with the id {@code platform}: a provider's own data tier for the
   * store, when that platform's provider has one the organization allows (a key-value store of a
   * service on Cloudflare Workers is priced on Durable Objects), else the service's data tier
   * ({@link #dataTier(int, boolean)}). With {@code platform} null, the service's data tier: the
   * first registered one of its kind of store whose provider the service's own platforms belong to,
   * else the first the organization allows.
   */
  public DataTierCost dataTier(int index, String platform, boolean explain) {
    Service s = services.get(index);
    DataStore.Type store = s.dataStore().type();
    if (store == DataStore.Type.NONE) {
      return null;
    }
    DataTiers.Info home = DataTiers.forStore(store);
    if (home == null) {
      return DataTierCost.notPriced(
          store, "no " + store.id() + " data tier is in the registry yet");
    }
    int at = platform == null ? -1 : indexOf(platform);
    DataTiers.Info own =
        at < 0 ? null : DataTiers.forPlatform(store, platforms[at].info().provider());
    DataTier tier = own != null && dataTiers.contains(own) ? tierOf(own) : null;
    for (int pass = 0; tier == null && pass < 2; pass++) {
      for (DataTier t : model.dataTiers()) {
        if (tier == null
            && t.info().store() == store
            && dataTiers.contains(t.info())
            && (pass == 1 || providerOfCandidate(index, t.info().provider()))) {
          tier = t;
        }
      }
    }
    if (tier != null) {
      Bill bill = explain ? Bill.withLines() : Bill.items();
      tier.price(s, s.traffic().requestsPerMonth(), bill);
      return new DataTierCost(store, tier.id(), bill.total(), bill.lines(), null);
    }
    return DataTierCost.notPriced(
        store,
        home.id()
            + " is "
            + home.provider()
            + "'s, and the organization's platforms allow no "
            + home.provider()
            + " platform");
  }

  /** The model's data tier of {@code info}. */
  private DataTier tierOf(DataTiers.Info info) {
    for (DataTier t : model.dataTiers()) {
      if (t.info() == info) {
        return t;
      }
    }
    return null;
  }

  /** True when a candidate platform of the {@code index}-th service is {@code provider}'s. */
  private boolean providerOfCandidate(int index, String provider) {
    for (int p = 0; p < platforms.length; p++) {
      if ((candidates[index] >>> p & 1) != 0 && platforms[p].info().provider().equals(provider)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Each service's monthly cost on its own placement, with every platform's account-level charges
   * (free tier, tiers, edge base fee, cluster minimum, control plane, load balancer) shared only
   * among the services that use that platform. A hybrid service is in the cluster and, for its
   * request layer only, on the platform in front of it.
   *
   * @param edgeFront for each service, whether a hybrid's request layer is at the edge
   */
  public double[] estate(List<Placement> placements, List<Boolean> edgeFront) {
    boolean[] front = new boolean[edgeFront.size()];
    for (int i = 0; i < front.length; i++) {
      front[i] = edgeFront.get(i);
    }
    Estate estate = estateOf(placements.toArray(new Placement[0]), front);
    double[] cost = new double[services.size()];
    for (int i = 0; i < services.size(); i++) {
      cost[i] = estate.cost(i);
    }
    return cost;
  }

  /** {@link #estateOf(Placement[], ServiceCosts.Choice[])} with each service's own choice. */
  public Estate estateOf(Placement[] placements, boolean[] edgeFront) {
    ServiceCosts.Choice[] choices = new ServiceCosts.Choice[services.size()];
    for (int i = 0; i < choices.length; i++) {
      choices[i] = costsOf(services.get(i), i, edgeFront[i], false).choice();
    }
    return estateOf(placements, choices);
  }

  /**
   * The usage of each platform with every service on its own placement and the platform chosen for
   * it ({@link ServiceCosts#choice}): {@link #estate}, with each service's cost asked for
   * separately (from any thread).
   */
  public Estate estateOf(Placement[] placements, ServiceCosts.Choice[] choices) {
    int[] on = new int[placements.length];
    int[] front = new int[placements.length];
    boolean[] split = new boolean[placements.length];
    Map<String, Integer> at = new java.util.HashMap<>();
    for (int p = 0; p < platforms.length; p++) {
      at.put(platforms[p].id(), p);
    }
    double[][] sums = new double[platforms.length][];
    for (int p = 0; p < platforms.length; p++) {
      sums[p] = Usage.none(platforms[p].dimensions());
    }
    for (int i = 0; i < placements.length; i++) {
      ServiceCosts.Choice c = choices[i];
      String id = c.on(placements[i]);
      on[i] = id == null ? -1 : at.get(id);
      front[i] = placements[i] == Placement.HYBRID && c.front() != null ? at.get(c.front()) : -1;
      split[i] = front[i] >= 0 && c.hybridParts() != null;
      if (on[i] >= 0) {
        add(sums, on[i], i, null);
      }
      if (front[i] >= 0) {
        add(sums, front[i], i, platforms[front[i]].requestLayer());
      }
    }
    return new Estate(placements.clone(), on, front, split, sums);
  }

  /**
   * Adds the {@code i}-th service's usage on platform {@code p} (only {@code keep}'s dimensions).
   */
  private void add(double[][] sums, int p, int i, boolean[] keep) {
    int offset = i * platforms[p].dimensions();
    if (keep == null) {
      Usage.add(sums[p], usages[p], offset);
    } else {
      Usage.add(sums[p], usages[p], offset, keep);
    }
  }

  /** The platforms' usage with every service on its own placement; see {@link #estate}. */
  public final class Estate {
    private final Placement[] placements;
    private final int[] on;
    private final int[] front;

    /** Per service, true for a hybrid whose front serves the bursts ({@link #hybrid}). */
    private final boolean[] split;

    private final double[][] sums;

    private Estate(
        Placement[] placements, int[] on, int[] front, boolean[] split, double[][] sums) {
      this.placements = placements;
      this.on = on;
      this.front = front;
      this.split = split;
      this.sums = sums;
    }

    /** The usage on platform {@code p} of every service there but the {@code i}-th. */
    private double[] others(int p, int i) {
      return Usage.othersThan(sums[p], usages[p], i * platforms[p].dimensions());
    }

    /**
     * The id of the platform the {@code i}-th service runs on, or null: what its data tier may
     * depend on ({@link Costing#dataTier(int, String, boolean)}).
     */
    public String platform(int i) {
      return on[i] < 0 ? null : platforms[on[i]].id();
    }

    /** The monthly cost of the {@code i}-th service on its placement and platform. */
    public double cost(int i) {
      Service s = services.get(i);
      double r = s.traffic().requestsPerMonth();
      if (split[i]) {
        // The service's own usage counts in full in the others' shares (docs/cost-model.md).
        int f = front[i];
        int d = platforms[f].dimensions();
        double[] frontOthers =
            Usage.othersThan(sums[f], Usage.only(usages[f], i * d, d, platforms[f].requestLayer()));
        double[][] others = new double[platforms.length][];
        others[on[i]] = others(on[i], i);
        others[f] = frontOthers;
        return hybrid(s, r, Hybrids.burstShare(s), on[i], f, others).total();
      }
      Bill bill = Bill.totals();
      int p = on[i];
      double cost = p < 0 ? 0 : platforms[p].total(s, r, others(p, i), bill);
      int f = front[i];
      if (f >= 0) {
        Platform fp = platforms[f];
        int d = fp.dimensions();
        double[] frontOthers =
            Usage.othersThan(sums[f], Usage.only(usages[f], i * d, d, fp.requestLayer()));
        fp.price(s, r, frontOthers, bill.reset());
        cost += bill.requestLayer();
      }
      return cost;
    }
  }

  /** Ratio between the volumes of the coarse scan. */
  private static final double SCAN_RATIO = 2;

  /** Points of the fine scan inside the coarse interval that holds the first crossing. */
  private static final int FINE_STEPS = 128;

  /**
   * The lowest monthly volume at which Kubernetes costs no more than serverless, other inputs and
   * other services fixed: 0 when Kubernetes is already no dearer at no traffic, null when
   * serverless is cheaper at every volume scanned up to {@link #CROSSOVER_CEILING}.
   *
   * <p>Kubernetes cost rises in steps (whole replicas, whole nodes without autoscaling, GPU nodes)
   * and Lambda's tiers bend the serverless curve down at huge volumes, so the two curves can cross
   * more than once. The solver scans volumes in doublings, then the first doubling that reaches a
   * crossing in {@value #FINE_STEPS} even steps, and bisects the first step that does.
   */
  Double crossover(Service s, double[][] others) {
    return crossover(new Gap(s, others, indexOf("aws-lambda"), indexOf("aws-eks")));
  }

  /**
   * The crossover of {@code s} between the model's platforms {@code serverless} and {@code
   * kubernetes}.
   */
  Double crossover(Service s, double[][] others, int serverless, int kubernetes) {
    return crossover(new Gap(s, others, serverless, kubernetes));
  }

  /**
   * Two monthly costs of one service at any volume, each growing with it, the first the cheaper at
   * low volumes: the crossover search ({@link #crossover(Race)}) finds the lowest volume at which
   * the first is no cheaper. Serverless against Kubernetes ({@link Gap}); an HTTP API against a
   * load balancer in front of Lambda ({@link CheaperDoors}).
   */
  abstract static class Race {
    /** The cost that is the cheaper at low volumes. */
    abstract double first(double requests);

    /** The cost that may become the cheaper as the volume grows. */
    abstract double second(double requests);

    double gap(double requests) {
      return first(requests) - second(requests);
    }

    /**
     * True only if {@link #gap} is negative at every volume from {@code a} to {@code b}: the search
     * for the crossover need not look at any volume in between. Both costs grow with the volume,
     * the rest fixed (every charge is a price times a usage that grows, or a share of an account
     * charge that grows with the service's usage), so the first is at most its cost at {@code b}
     * and the second at least its cost at {@code a} over the whole range. A margin far above the
     * rounding error of either formula keeps the proof sound for the computed doubles.
     * CrossoverSkipTest checks the monotony and that the search finds what a search without the
     * shortcut finds.
     */
    boolean negativeOn(double a, double b) {
      if (!(a >= 0) || !(b >= a)) {
        return false;
      }
      double firstAtMost = first(b);
      double secondAtLeast = second(a);
      return firstAtMost + Math.abs(firstAtMost) * SKIP_MARGIN + SKIP_MARGIN
          < secondAtLeast - Math.abs(secondAtLeast) * SKIP_MARGIN;
    }
  }

  /**
   * Serverless cost minus Kubernetes cost of one service at any volume, the rest of the account
   * fixed: the two platforms' formulas, on one reused bill.
   */
  final class Gap extends Race {
    private final Service service;
    private final Platform serverless;
    private final Platform kubernetes;
    private final double[] serverlessOthers;
    private final double[] kubernetesOthers;
    private final Bill bill = Bill.totals();

    /**
     * @param others per platform, the rest of the account ({@link #others}, {@link #none})
     * @param s where the serverless platform stands in the model's platforms
     * @param k where the Kubernetes platform stands
     */
    Gap(Service service, double[][] others, int s, int k) {
      this.service = service;
      this.serverless = platforms[s];
      this.kubernetes = platforms[k];
      this.serverlessOthers = others[s];
      this.kubernetesOthers = others[k];
    }

    /** Lambda against EKS (the tests' pair). */
    Gap(Service service, double[][] others) {
      this(service, others, indexOf("aws-lambda"), indexOf("aws-eks"));
    }

    double serverless(double requests) {
      return serverless.total(service, requests, serverlessOthers, bill);
    }

    double kubernetes(double requests) {
      return kubernetes.total(service, requests, kubernetesOthers, bill);
    }

    @Override
    double first(double requests) {
      return serverless(requests);
    }

    @Override
    double second(double requests) {
      return kubernetes(requests);
    }
  }

  /** Relative (and absolute, in dollars) margin of {@link Race#negativeOn}. */
  static final double SKIP_MARGIN = 1e-9;

  /**
   * The lowest monthly volume at which {@code race}'s first cost is no cheaper than its second: 0
   * when it already is at no traffic, null when it stays cheaper up to {@link #CROSSOVER_CEILING}.
   */
  static Double crossover(Race race) {
    return crossover(race, true);
  }

  /**
   * The crossover of {@code s}; {@code skip} lets the search skip volumes {@link Gap#negativeOn}
   * proves cheaper on serverless (the fast path: without it, a plain scan of the same volumes).
   */
  Double crossover(Service s, double[][] others, boolean skip) {
    return crossover(new Gap(s, others), skip);
  }

  private static Double crossover(Race quote, boolean skip) {
    if (quote.gap(0) >= 0) {
      return 0.0;
    }
    double lo = 0;
    double hi;
    int k = firstNotNegative(quote, i -> DOUBLINGS[i], 0, DOUBLINGS.length, skip);
    if (k < DOUBLINGS.length) {
      hi = DOUBLINGS[k];
      lo = k > 0 ? DOUBLINGS[k - 1] : lo;
    } else {
      lo = DOUBLINGS[DOUBLINGS.length - 1];
      if (quote.gap(CROSSOVER_CEILING) < 0) {
        return null;
      }
      hi = CROSSOVER_CEILING;
    }
    double base = lo;
    double step = (hi - base) / FINE_STEPS;
    int i = firstNotNegative(quote, j -> base + step * j, 1, FINE_STEPS, skip);
    if (i < FINE_STEPS) {
      hi = base + step * i;
      lo = i > 1 ? base + step * (i - 1) : lo;
    } else {
      lo = base + step * (FINE_STEPS - 1);
    }
    while (hi - lo > Math.max(1, hi * 1e-9)) {
      double mid = (lo + hi) / 2;
      if (quote.gap(mid) >= 0) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return Math.ceil(hi);
  }

  /** The volumes of the coarse scan: 1, then doubling while within the ceiling. */
  private static final double[] DOUBLINGS = doublings();

  private static double[] doublings() {
    List<Double> v = new java.util.ArrayList<>();
    for (double d = 1; d <= CROSSOVER_CEILING; d *= SCAN_RATIO) {
      v.add(d);
    }
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Volumes in rising order, by index. */
  @FunctionalInterface
  private interface Volumes {
    double at(int i);
  }

  /**
   * The index of the first of the volumes {@code from} to {@code to - 1} at which Kubernetes costs
   * no more than serverless, or {@code to} when there is none: what testing them one by one finds.
   * After a volume where serverless is cheaper by a factor, the volumes up to about that factor
   * further are likely cheaper too (serverless grows about in proportion to the volume, Kubernetes
   * no slower); when {@link Gap#negativeOn} shows it for all of them at once, they are skipped. It
   * is only ever a proof that skips a volume, so the answer is the same.
   */
  private static int firstNotNegative(Race quote, Volumes volumes, int from, int to, boolean skip) {
    int i = from;
    // The most volumes to try to skip at once: halved after a failed try, doubled after a skip.
    int most = to - from;
    while (i < to) {
      double v = volumes.at(i);
      double serverless = quote.first(v);
      double kubernetes = quote.second(v);
      if (serverless - kubernetes >= 0) {
        return i;
      }
      i++;
      if (i >= to - 1 || !skip) {
        continue;
      }
      double reach =
          serverless > 0 ? v + (v * (kubernetes / serverless) - v) * 0.9 : Double.POSITIVE_INFINITY;
      // The last volume within reach, at most `most` volumes on.
      int low = i;
      int high = Math.min(to - 1, i + most - 1);
      while (low < high) {
        int mid = (low + high + 1) >>> 1;
        if (volumes.at(mid) <= reach) {
          low = mid;
        } else {
          high = mid - 1;
        }
      }
      if (low > i) {
        if (quote.negativeOn(volumes.at(i), volumes.at(low))) {
          i = low + 1;
          most = Math.min(to - from, most * 2);
        } else {
          most = Math.max(2, (low - i + 1) / 2);
        }
      }
    }
    return to;
  }

  /**
   * Serverless cost minus Kubernetes cost of {@code s} at a volume, the rest of the account fixed.
   */
  double gap(Service s, double requests, double[][] others) {
    return new Gap(s, others).gap(requests);
  }
}
