package dev.placementadvisor.cost;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.result.CostLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What running each kind of platform costs an organisation a month beyond its bill (people's time,
 * tools), and each service's share of it: the operations half of the total cost of ownership (TCO =
 * infrastructure + operations) that the cost factor compares.
 *
 * <p>Each kind has lines, each a monthly amount for an estate of {@link Settings#referenceServices}
 * services (the size the seed's figures describe). Of each line, the {@link Settings#fixedShare} is
 * paid once per organisation whatever its size (a cluster to keep up, a pipeline to own) and the
 * rest grows with the services run on it. A service's share is the fixed part spread over every
 * service of the inventory plus one service's part of the rest:
 *
 * <pre>share = sum over lines of amount x (fixedShare / services + (1 - fixedShare) / reference)
 * </pre>
 *
 * <p>Lines a platform team already pays for (the engineer, training) are waived when the
 * organisation has platform engineers, and so is a cluster's fixed part (the team runs clusters
 * already: another service adds only its own part); a managed cluster (EKS Auto Mode, GKE
 * Autopilot) pays only {@link Settings#managedShare} of the lines the provider takes over. A
 * cluster's lines are the catalog's {@code kubernetesTax} (seed 001's "hidden tax"); the other
 * kinds' are the weights'.
 */
public final class Operations {

  /** The kinds of platform whose running costs differ. */
  public enum Kind {
    CLUSTER("cluster"),
    MANAGED_CLUSTER("managed-cluster"),
    FUNCTIONS("functions"),
    EDGE("edge");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    /** The kind of a platform, as its registry entry says ({@link Platforms.Info#operations}). */
    public static Kind of(Platforms.Info p) {
      return p.operations();
    }
  }

  /**
   * One line of a kind's operations cost.
   *
   * @param monthly USD a month for an estate of the reference size
   * @param waivedWithPlatformTeam true when platform engineers already pay for it
   * @param managed true when a managed cluster takes it over ({@link Settings#managedShare})
   */
  public record Line(
      String id,
      String label,
      double monthly,
      boolean waivedWithPlatformTeam,
      boolean managed,
      String source) {}

  /**
   * How operations are costed: the weights' {@code operations} block.
   *
   * @param fixedShare the share of each line paid once per organisation (0 to 1)
   * @param referenceServices the estate size the line amounts describe
   * @param managedShare the share of a managed line a managed cluster still pays (0 to 1)
   * @param managedLines the cluster lines a managed cluster takes over, each with where it was
   *     named
   * @param functions the lines of serverless functions and containers
   * @param edge the lines of edge isolates
   */
  public record Settings(
      double fixedShare,
      int referenceServices,
      double managedShare,
      Map<String, Location> managedLines,
      List<Line> functions,
      List<Line> edge) {
    public Settings {
      managedLines = Collections.unmodifiableMap(new LinkedHashMap<>(managedLines));
      functions = List.copyOf(functions);
      edge = List.copyOf(edge);
    }

    /** No operations cost at all (infrastructure only, as before TCO). */
    public static final Settings NONE = new Settings(0, 1, 0, Map.of(), List.of(), List.of());
  }

  /** No operations cost: every share is zero. */
  public static final Operations NONE = new Operations(Settings.NONE, Map.of(), 0, 1);

  private final Settings settings;
  private final int services;
  private final int platformEngineers;
  private final Map<Kind, List<Line>> lines = new EnumMap<>(Kind.class);
  private final double[] share = new double[Kind.values().length];

  /**
   * Operations for an inventory of {@code services} services whose organisation has {@code
   * platformEngineers}; a cluster's lines are {@code kubernetesTax}.
   */
  public Operations(
      Settings settings,
      Map<String, PriceCatalog.TaxLine> kubernetesTax,
      int platformEngineers,
      int services) {
    this.settings = settings;
    this.services = Math.max(1, services);
    this.platformEngineers = platformEngineers;
    settings
        .managedLines()
        .forEach(
            (id, at) -> {
              if (!kubernetesTax.containsKey(id)) {
                // A misspelt id would take nothing over, in silence. The id is not quoted.
                throw new InputException(
                    at,
                    "'managedLines' names a line the pricing catalog's kubernetesTax does not have"
                        + " (advisor pricing lists them)");
              }
            });
    List<Line> cluster = new ArrayList<>();
    kubernetesTax.values().stream()
        .sorted(Comparator.comparing(PriceCatalog.TaxLine::id))
        .forEach(
            t ->
                cluster.add(
                    new Line(
                        t.id(),
                        t.label(),
                        t.monthly(),
                        t.waivedWithPlatformTeam(),
                        settings.managedLines().containsKey(t.id()),
                        t.source())));
    lines.put(Kind.CLUSTER, cluster);
    lines.put(Kind.MANAGED_CLUSTER, cluster);
    lines.put(Kind.FUNCTIONS, settings.functions());
    lines.put(Kind.EDGE, settings.edge());
    for (Kind k : Kind.values()) {
      double sum = 0;
      for (Line l : lines.get(k)) {
        sum += amount(k, l) * perService(k);
      }
      share[k.ordinal()] = sum;
    }
  }

  /**
   * True when the fixed part of a kind is already paid: an organisation with platform engineers
   * runs its clusters already, so another service adds only its own part.
   */
  private boolean fixedPaid(Kind k) {
    return platformEngineers >= 1 && (k == Kind.CLUSTER || k == Kind.MANAGED_CLUSTER);
  }

  /** What one service carries of a line of amount 1: its part of the fixed share and the rest. */
  private double perService(Kind k) {
    return (fixedPaid(k) ? 0 : settings.fixedShare() / services)
        + (1 - settings.fixedShare()) / settings.referenceServices();
  }

  /** A line's monthly amount for an organisation, once waivers and managed shares apply. */
  private double amount(Kind k, Line l) {
    if (l.waivedWithPlatformTeam() && platformEngineers >= 1) {
      return 0;
    }
    return k == Kind.MANAGED_CLUSTER && l.managed()
        ? l.monthly() * settings.managedShare()
        : l.monthly();
  }

  /** One service's share of the operations of a kind of platform, USD a month. */
  public double share(Kind k) {
    return share[k.ordinal()];
  }

  /** One service's share on the platform with this registry entry (0 for null). */
  public double share(Platforms.Info p) {
    return p == null ? 0 : share(Kind.of(p));
  }

  /**
   * One service's share of a kind's operations, line by line, with the arithmetic: what explain
   * shows and the cost factor adds to the infrastructure.
   */
  public List<CostLine> lines(Kind k) {
    List<CostLine> out = new ArrayList<>();
    double per = perService(k);
    String fixedPart =
        fixedPaid(k)
            ? "the fixed "
                + Format.percent(settings.fixedShare())
                + " already paid by the platform team"
            : Format.percent(settings.fixedShare())
                + " / "
                + services
                + (services == 1 ? " service" : " services");
    for (Line l : lines.get(k)) {
      double a = amount(k, l);
      String formula;
      if (a == 0 && l.monthly() > 0) {
        formula =
            "waived: the organization already has " + platformEngineers + " platform engineer(s)";
      } else {
        formula =
            Format.usd(a)
                + " a month"
                + (a != l.monthly()
                    ? " ("
                        + Format.percent(settings.managedShare())
                        + " of "
                        + Format.usd(l.monthly())
                        + ": the provider runs the cluster)"
                    : "")
                + " x ("
                + fixedPart
                + " + "
                + Format.percent(1 - settings.fixedShare())
                + " / "
                + settings.referenceServices()
                + " reference services)";
      }
      out.add(new CostLine(l.label(), formula, a * per));
    }
    return out;
  }
}
