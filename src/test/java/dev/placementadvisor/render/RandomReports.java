package dev.placementadvisor.render;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.DataStore;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.Sensitivity;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.CostLine;
import dev.placementadvisor.result.DataTierCost;
import dev.placementadvisor.result.OperationShares;
import dev.placementadvisor.result.Reason;
import dev.placementadvisor.result.ServiceCosts;
import dev.placementadvisor.result.WasmAudit;
import dev.placementadvisor.scoring.Factors;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Reports built in code with many services and values chosen to reach every branch of the
 * renderers: nulls, empty lists, awkward text and numbers on and near rounding ties.
 */
public final class RandomReports {
  private RandomReports() {}

  /** {@code base} with its services replaced by {@code services}, everything else kept. */
  public static Report withServices(Report base, java.util.List<ServiceAssessment> services) {
    return new Report(
        base.schemaVersion(),
        base.inventory(),
        base.organization(),
        services,
        base.pricing(),
        base.kubernetesTax());
  }

  /**
   * {@code base} with service {@code at} given the name {@code name} and, unless it is null, the
   * hybrid-split text {@code hybridSplit}: to put awkward text (a lone surrogate, say) in one place
   * of a report.
   */
  public static Report withText(Report base, int at, String name, String hybridSplit) {
    List<ServiceAssessment> services = new ArrayList<>(base.services());
    ServiceAssessment s = services.get(at);
    services.set(
        at,
        new ServiceAssessment(
            name,
            s.location(),
            s.placement(),
            s.kubernetesScore(),
            s.placementScore(),
            s.scoreBand(),
            s.wasmAudit(),
            s.reasons(),
            s.excluded(),
            s.decision(),
            hybridSplit == null ? s.hybridSplit() : hybridSplit,
            s.costs(),
            s.requestsPerMonth(),
            s.recommendedCost(),
            s.sensitivity(),
            s.dataTier()));
    return withServices(base, services);
  }

  /** A report of {@code n} services; with {@code wild}, text has escapes and non-ASCII. */
  public static Report of(int n, long seed, boolean wild) {
    Random r = new Random(seed);
    List<ServiceAssessment> services = new ArrayList<>(n);
    // Data tiers draw from a stream of their own, so the rest of each report stays as it was.
    Random d = new Random(seed * 31 + 7);
    for (int i = 0; i < n; i++) {
      services.add(withDataTier(service(r, i, wild), d, wild));
    }
    List<CostLine> tax = new ArrayList<>();
    int lines = r.nextInt(4);
    for (int i = 0; i < lines; i++) {
      tax.add(new CostLine(text(r, wild, "line " + i), text(r, wild, "$1.00 per month"), money(r)));
    }
    return new Report(
        Report.SCHEMA_VERSION,
        text(r, wild, "inventory.yaml"),
        r.nextInt(5) == 0 ? "" : text(r, wild, "Acme"),
        services,
        new Report.Pricing(
            text(r, wild, "bundled catalog"),
            "2026-11-24",
            text(r, wild, "us-east-1"),
            r.nextBoolean(),
            730,
            List.of("https://aws.amazon.com/lambda/pricing/")),
        tax);
  }

  /** {@code s}, with a data tier one time in three: priced on Aurora, or not priced. */
  private static ServiceAssessment withDataTier(ServiceAssessment s, Random d, boolean wild) {
    if (d.nextInt(3) != 0) {
      return s;
    }
    DataTierCost tier;
    if (d.nextInt(4) == 0) {
      tier =
          DataTierCost.notPriced(
              d.nextBoolean() ? DataStore.Type.KEY_VALUE : DataStore.Type.CACHE,
              text(d, wild, "no key-value data tier is in the registry yet"));
    } else {
      List<CostLine> lines = new ArrayList<>();
      double sum = 0;
      int n = d.nextInt(4);
      for (int k = 0; k < n; k++) {
        double amount = money(d);
        sum += amount;
        lines.add(
            new CostLine(
                text(d, wild, "Aurora line " + k),
                d.nextInt(5) == 0 ? null : "aurora.storage.standard",
                null,
                amount));
      }
      tier =
          new DataTierCost(DataStore.Type.RELATIONAL, "aws-aurora-serverless-v2", sum, lines, null);
    }
    return new ServiceAssessment(
        s.name(),
        s.location(),
        s.placement(),
        s.kubernetesScore(),
        s.placementScore(),
        s.scoreBand(),
        s.wasmAudit(),
        s.reasons(),
        s.excluded(),
        s.decision(),
        s.hybridSplit(),
        s.costs(),
        s.requestsPerMonth(),
        s.recommendedCost(),
        s.sensitivity(),
        tier);
  }

  private static ServiceAssessment service(Random r, int i, boolean wild) {
    Placement[] all = Placement.values();
    Set<Placement> excluded = EnumSet.noneOf(Placement.class);
    for (Placement p : all) {
      if (r.nextInt(4) == 0) {
        excluded.add(p);
      }
    }
    List<Reason> reasons = new ArrayList<>();
    int nReasons = r.nextInt(5) == 0 ? 0 : r.nextInt(12);
    for (int k = 0; k < nReasons; k++) {
      reasons.add(
          new Reason(
              k % 3 == 0 ? "limit-gpu" : "factor-" + k,
              r.nextInt(11) - 5,
              text(r, wild, "detail " + k + " of service " + i),
              k % 3 == 0 ? Factors.byId("limit-gpu").excludes() : java.util.Set.of()));
    }
    List<String> decision = new ArrayList<>();
    int steps = r.nextInt(4);
    for (int k = 0; k < steps; k++) {
      decision.add(text(r, wild, "Kubernetes score " + k + " is in the hybrid band (9–15)"));
    }
    List<Sensitivity.FlipPoint> flips = null;
    if (r.nextInt(3) > 0) {
      flips = new ArrayList<>();
      int nFlips = r.nextInt(4);
      for (int k = 0; k < nFlips; k++) {
        flips.add(
            new Sensitivity.FlipPoint(
                "requestsPerMonth",
                r.nextBoolean() ? "up" : "down",
                number(r),
                number(r),
                all[r.nextInt(all.length)]));
      }
    }
    boolean flipsWithGrowth = r.nextBoolean();
    Sensitivity.Growth growth =
        r.nextBoolean()
            ? null
            : new Sensitivity.Growth(
                number(r),
                r.nextBoolean() ? null : r.nextInt(121),
                flipsWithGrowth ? r.nextInt(121) : null,
                flipsWithGrowth ? all[r.nextInt(all.length)] : null);
    return new ServiceAssessment(
        wild ? text(r, true, "svc-" + i) : "svc-" + i,
        new Location("inventory.yaml", 10 + i, 5),
        all[r.nextInt(all.length)],
        r.nextInt(41) - 20,
        r.nextInt(41) - 20,
        all[r.nextInt(all.length)],
        new WasmAudit(
            r.nextBoolean(),
            r.nextBoolean(),
            r.nextBoolean(),
            WasmAudit.RuntimeFit.values()[r.nextInt(WasmAudit.RuntimeFit.values().length)]),
        reasons,
        excluded,
        decision,
        r.nextBoolean() ? null : text(r, wild, "Wasm at the edge; Kubernetes core"),
        new ServiceCosts(
            money(r),
            money(r),
            money(r),
            money(r),
            r.nextInt(4) == 0 ? null : (double) r.nextInt(1 << 30),
            choice(r, wild),
            OperationShares.NONE,
            doors(i)),
        number(r),
        money(r),
        new Sensitivity(flips, growth),
        null);
  }

  /**
   * Cheaper doors for every third service, from a generator of their own (the other fields are
   * drawn as before): a negative saving and each kind of crossover at times.
   */
  static dev.placementadvisor.result.CheaperDoors doors(int i) {
    if (i % 3 != 0) {
      return null;
    }
    Random d = new Random(i);
    java.util.List<dev.placementadvisor.result.CheaperDoors.Door> doors =
        new java.util.ArrayList<>();
    for (String id : new String[] {"http-api", "alb"}) {
      doors.add(
          new dev.placementadvisor.result.CheaperDoors.Door(
              id, "door " + id, money(d), money(d), money(d) - money(d), java.util.List.of()));
    }
    int k = d.nextInt(3);
    return new dev.placementadvisor.result.CheaperDoors(
        "aws-lambda",
        money(d),
        money(d),
        doors,
        k == 0 ? null : k == 1 ? 0.0 : (double) d.nextInt(1 << 30));
  }

  /** Platforms chosen and quoted, none at times (a report read back), odd limits when wild. */
  static ServiceCosts.Choice choice(Random r, boolean wild) {
    if (r.nextInt(4) == 0) {
      return ServiceCosts.Choice.NONE;
    }
    java.util.List<ServiceCosts.PlatformQuote> quotes = new java.util.ArrayList<>();
    Placement[] all = Placement.values();
    for (int k = r.nextInt(5); k > 0; k--) {
      java.util.List<String> blocked = new java.util.ArrayList<>();
      for (int b = r.nextInt(3); b > 0; b--) {
        blocked.add(text(r, wild, "needs a GPU: none here"));
      }
      java.util.List<dev.placementadvisor.result.CostLine> lines = new java.util.ArrayList<>();
      for (int l = r.nextInt(4); l > 0; l--) {
        lines.add(
            new dev.placementadvisor.result.CostLine(
                text(r, wild, "Lambda requests"),
                r.nextBoolean() ? null : text(r, wild, "lambda.requests"),
                null,
                money(r)));
      }
      quotes.add(
          new ServiceCosts.PlatformQuote(
              "platform-" + k,
              all[r.nextInt(all.length)],
              money(r),
              r.nextBoolean(),
              blocked,
              lines));
    }
    return new ServiceCosts.Choice(
        "aws-lambda",
        "aws-eks",
        r.nextBoolean() ? null : "cloudflare-workers",
        r.nextBoolean() ? null : "aws-lambda",
        quotes);
  }

  /** Dollars: cents, tenths of a cent, ties, large, tiny and negative amounts. */
  static double money(Random r) {
    return switch (r.nextInt(8)) {
      case 0 -> r.nextInt(1_000_000) / 100.0;
      case 1 -> r.nextInt(1_000_000) / 1000.0;
      case 2 -> r.nextInt(100_000) / 100.0 + 0.005;
      case 3 -> r.nextDouble() * 1e7;
      case 4 -> r.nextDouble() * 1e-3;
      case 5 -> -r.nextDouble() * 100;
      case 6 -> r.nextDouble() * 1e12;
      default -> r.nextDouble() * 1000;
    };
  }

  /** Numbers of the report: whole, with a few decimals, ties at the sixth, large and small. */
  static double number(Random r) {
    return switch (r.nextInt(9)) {
      case 0 -> r.nextInt(100_000_000);
      case 1 -> r.nextInt(1000) / 100.0;
      case 2 -> r.nextInt(1_000_000) / 1e6 + 5e-7;
      case 3 -> r.nextDouble();
      case 4 -> r.nextDouble() * 1e-7;
      case 5 -> -r.nextDouble() * 10;
      case 6 -> r.nextDouble() * 1e17;
      case 7 -> 10 + r.nextInt(3) * 1e-7;
      default -> r.nextDouble() * 1e4;
    };
  }

  private static final String[] ODD = {
    "\"",
    "\\",
    "/",
    "\n",
    "\r",
    "\t",
    "\b",
    "\f",
    "\u0000",
    "\u0001",
    "\u001f",
    "\u007f",
    "é",
    "—",
    "–",
    "€",
    "\u2028",
    "😀",
    "\uFFFF",
    "|",
    "*",
    "<",
    "$",
    "ü",
    "?",
    "\u00ff",
    "\u0141",
    "\u2122" // Ł and ™: their low bytes are A and "
  };

  /** The plain text, or with {@code wild} the text with odd characters spliced in. */
  static String text(Random r, boolean wild, String plain) {
    if (!wild || r.nextInt(3) == 0) {
      return plain;
    }
    StringBuilder b = new StringBuilder(plain);
    int n = 1 + r.nextInt(4);
    for (int k = 0; k < n; k++) {
      int at = r.nextInt(b.length() + 1);
      if (at < b.length() && Character.isLowSurrogate(b.charAt(at))) {
        at--; // not between the halves of a pair
      }
      b.insert(at, ODD[r.nextInt(ODD.length)]);
    }
    return b.toString();
  }
}
