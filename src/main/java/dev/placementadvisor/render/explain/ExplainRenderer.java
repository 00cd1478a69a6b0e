package dev.placementadvisor.render.explain;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.render.Ansi;
import dev.placementadvisor.render.DoorsText;
import dev.placementadvisor.render.FlipText;
import dev.placementadvisor.render.Markdown;
import dev.placementadvisor.render.OutputFormat;
import dev.placementadvisor.render.markdown.MarkdownServices;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.CostLine;
import dev.placementadvisor.result.DataTierCost;
import dev.placementadvisor.result.FactorEntry;
import dev.placementadvisor.result.FactorGroup;
import dev.placementadvisor.result.PlatformCost;
import dev.placementadvisor.result.Reason;
import dev.placementadvisor.result.ServiceCosts;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the full reasoning for one service ({@code advisor explain}): every factor, its points,
 * the decision, every cost line with its arithmetic and the flip points, as text or markdown.
 */
public final class ExplainRenderer {
  /** The formats it writes. */
  public static final java.util.Set<OutputFormat> FORMATS =
      java.util.EnumSet.of(OutputFormat.TABLE, OutputFormat.MARKDOWN);

  private final boolean color;
  private final List<FactorEntry> factors;
  private final List<Report.OperationsKind> operations;
  private final String source;

  /**
   * A renderer that lists every factor of {@code factors} (the registry's, in its order), the
   * report's operations shares ({@link Report#operations}), and names the deployment file {@code
   * advisor import} read the service from ({@code source}, null when it was not imported).
   */
  public ExplainRenderer(
      boolean color,
      List<FactorEntry> factors,
      List<Report.OperationsKind> operations,
      String source) {
    this.color = color;
    this.factors = List.copyOf(factors);
    this.operations = List.copyOf(operations);
    this.source = source;
  }

  /** " (imported from FILE:LINE)" after where the service is defined, or nothing. */
  private String imported() {
    return source == null ? "" : " (imported from " + Text.printable(source) + ")";
  }

  /**
   * Renders one service in {@code format}; {@code costs} are its line-by-line costs on every
   * platform priced for it, in the registry's order.
   */
  public void render(
      ServiceAssessment s,
      List<PlatformCost> costs,
      String inventory,
      OutputFormat format,
      Writer out)
      throws IOException {
    render(s, costs, s.dataTier(), inventory, format, out);
  }

  /**
   * Renders one service in {@code format}; {@code costs} are its line-by-line costs on every
   * platform priced for it, in the registry's order, and {@code dataTier} its data store's (null
   * when it names none), each line with its arithmetic.
   */
  public void render(
      ServiceAssessment s,
      List<PlatformCost> costs,
      DataTierCost dataTier,
      String inventory,
      OutputFormat format,
      Writer out)
      throws IOException {
    if (format == OutputFormat.MARKDOWN) {
      markdown(s, costs, dataTier, inventory, out);
    } else {
      render(s, costs, dataTier, inventory, out);
    }
    out.flush();
  }

  private void markdown(
      ServiceAssessment s,
      List<PlatformCost> costs,
      DataTierCost dataTier,
      String inventory,
      Writer out)
      throws IOException {
    StringBuilder b = new StringBuilder("## Why ");
    b.append(Markdown.escape(s.name()))
        .append(" is ")
        .append(s.placement().id())
        .append("\n\nDefined at ")
        .append(Markdown.code(inventory + ":" + s.location().line() + ":" + s.location().column()))
        .append(source == null ? "" : " (imported from " + Markdown.code(source) + ")")
        .append(".\n\n");
    MarkdownServices.section(b, s, false);
    markdownCosts(b, s, costs);
    if (dataTier != null) {
      markdownDataTier(b, dataTier);
    }
    markdownTco(b, s);
    out.write(b.toString());
  }

  /** The markdown cost of each platform priced: its total and status, then its lines. */
  private static void markdownCosts(
      StringBuilder b, ServiceAssessment s, List<PlatformCost> costs) {
    List<ServiceCosts.PlatformQuote> quotes = quotes(s);
    for (int i = 0; i < costs.size(); i++) {
      b.append("#### Monthly cost on ")
          .append(placementOf(costs.get(i)))
          .append(on(costs.get(i)))
          .append(": ")
          .append(Markdown.usd(costs.get(i).total()))
          .append(Markdown.escape(status(s, quotes, costs.get(i))))
          .append("\n\n");
      markdownLines(b, costs.get(i).lines());
    }
  }

  /** The markdown data tier: its heading, then its lines when it is priced. */
  private static void markdownDataTier(StringBuilder b, DataTierCost dataTier) {
    b.append("#### ").append(dataTierHeading(dataTier, true)).append("\n\n");
    if (dataTier.priced()) {
      markdownLines(b, dataTier.lines());
    }
  }

  /**
   * A bill's lines as a markdown table: item, catalog price id, amount and arithmetic (none for a
   * line without it).
   */
  private static void markdownLines(StringBuilder b, List<CostLine> lines) {
    Markdown.Table t =
        new Markdown.Table("llrl", "line", "catalog price", "USD per month", "arithmetic");
    for (CostLine l : lines) {
      // Items and formulas quote the price catalog's ids and units, which a user catalog sets.
      t.row(
          Markdown.escape(l.item()),
          l.priceId() == null ? "" : Markdown.code(l.priceId()),
          Format.usd(l.amount()),
          l.formula() == null ? "" : Markdown.escape(l.formula()));
    }
    t.appendTo(b);
    b.append('\n');
  }

  /** The markdown TCO section: every placement, then the operations lines of each kind. */
  private void markdownTco(StringBuilder b, ServiceAssessment s) {
    b.append("#### Total cost of ownership a month\n\n");
    Markdown.Table t =
        new Markdown.Table(
            "llrrr", "placement", "platforms", "infrastructure", "operations share", "TCO");
    for (Placement p : TCO_ORDER) {
      if (s.costs().choice().label(p) != null) {
        t.row(
            p.id(),
            Markdown.code(s.costs().choice().label(p)),
            Format.usd(s.costs().on(p)),
            Format.usd(s.costs().operations().on(p)),
            Format.usd(s.costs().tco(p)));
      }
    }
    t.appendTo(b);
    b.append('\n');
    for (Report.OperationsKind k : kinds(s)) {
      b.append("Operations share, per service, of ")
          .append(k.kind())
          .append(" platforms: ")
          .append(Markdown.usd(k.perService()))
          .append(" a month\n\n");
      Markdown.Table o = new Markdown.Table("lrl", "line", "USD per month", "arithmetic");
      for (CostLine l : k.lines()) {
        o.row(Markdown.escape(l.item()), Format.usd(l.amount()), Markdown.escape(l.formula()));
      }
      o.appendTo(b);
      b.append('\n');
    }
  }

  /** The placements in the order the TCO section lists them. */
  private static final List<Placement> TCO_ORDER =
      List.of(Placement.SERVERLESS, Placement.KUBERNETES, Placement.WASM_EDGE, Placement.HYBRID);

  /** The report's operations kinds that this service's placements run on, in report order. */
  private List<Report.OperationsKind> kinds(ServiceAssessment s) {
    java.util.Set<String> used = new java.util.HashSet<>();
    for (Placement p : Placement.values()) {
      used.addAll(s.costs().operations().kinds(p));
    }
    return operations.stream().filter(k -> used.contains(k.kind())).toList();
  }

  /** The text form of the TCO section: every placement, then the operations lines of each kind. */
  private void tco(StringBuilder b, ServiceAssessment s) {
    b.append("\nTotal cost of ownership a month (infrastructure + this service's share of")
        .append(" operations)\n");
    for (Placement p : TCO_ORDER) {
      String label = s.costs().choice().label(p);
      if (label == null) {
        continue;
      }
      b.append("  ")
          .append(padRight(p.id(), 12))
          .append(padRight(Text.printable(label), 28))
          .append(Format.usd(s.costs().on(p)))
          .append(" + ")
          .append(Format.usd(s.costs().operations().on(p)))
          .append(" = ")
          .append(Format.usd(s.costs().tco(p)))
          .append('\n');
    }
    for (Report.OperationsKind k : kinds(s)) {
      b.append("Operations share, per service, of ")
          .append(k.kind())
          .append(" platforms: ")
          .append(Format.usd(k.perService()))
          .append(" a month\n");
      for (CostLine l : k.lines()) {
        b.append("  ")
            .append(padLeft(Format.usd(l.amount()), 12))
            .append("  ")
            .append(Text.printable(l.item()))
            .append("\n                ")
            .append(Text.printable(l.formula()))
            .append('\n');
      }
    }
  }

  /**
   * "Data tier (relational) on aws-aurora-serverless-v2: $47.20, the same on every placement", or
   * "Data tier (key-value): not priced: ...".
   */
  private static String dataTierHeading(DataTierCost d, boolean markdown) {
    String head = "Data tier (" + d.store().id() + ")";
    if (!d.priced()) {
      String why = markdown ? Markdown.escape(d.notPriced()) : Text.printable(d.notPriced());
      return head + ": not priced: " + why + "; nothing is added to the service's cost";
    }
    return head
        + " on "
        + d.platform()
        + ": "
        + (markdown ? Markdown.usd(d.monthlyCost()) : Format.usd(d.monthlyCost()))
        + ", the same on every placement";
  }

  /**
   * Renders one service as text (see {@link #render(ServiceAssessment, List, String, OutputFormat,
   * Writer)}).
   */
  public void render(ServiceAssessment s, List<PlatformCost> costs, String inventory, Writer out)
      throws IOException {
    render(s, costs, s.dataTier(), inventory, out);
  }

  private void render(
      ServiceAssessment s,
      List<PlatformCost> costs,
      DataTierCost dataTier,
      String inventory,
      Writer out)
      throws IOException {
    StringBuilder b = new StringBuilder();
    String placement =
        color
            ? Ansi.placement(s.placement()) + s.placement().id() + Ansi.RESET
            : s.placement().id();
    b.append(s.name()).append(": ").append(placement).append('\n');
    b.append("  defined at ")
        .append(Text.printable(inventory))
        .append(':')
        .append(s.location().line())
        .append(':')
        .append(s.location().column())
        .append(imported())
        .append('\n');
    factors(b, s);
    decision(b, s);
    List<ServiceCosts.PlatformQuote> quotes = quotes(s);
    for (PlatformCost cost : costs) {
      b.append("\nMonthly cost on ")
          .append(placementOf(cost))
          .append(on(cost))
          .append(": ")
          .append(Format.usd(cost.total()))
          .append(Text.printable(status(s, quotes, cost)))
          .append('\n');
      lines(b, cost.lines());
    }
    if (dataTier != null) {
      b.append('\n').append(dataTierHeading(dataTier, false)).append('\n');
      lines(b, dataTier.lines());
    }
    if (s.costs().doors() != null) {
      b.append('\n').append(DoorsText.heading(s.costs().doors())).append('\n');
      for (String line : DoorsText.lines(s.costs().doors(), s.requestsPerMonth())) {
        b.append("  - ").append(line).append('\n');
      }
    }
    hybridAndCrossover(b, s);
    tco(b, s);
    flipPoints(b, s);
    b.append("\nPlacement: ")
        .append(placement)
        .append(" at ")
        .append(Format.usd(s.recommendedCost()))
        .append(" a month (account charges shared with the services recommended onto the same")
        .append(" platforms")
        .append(dataTier != null && dataTier.priced() ? "; its data tier included" : "")
        .append(")\n");
    out.write(b.toString());
  }

  /** Every factor, group by group: its points and why, or what it would have looked for. */
  private void factors(StringBuilder b, ServiceAssessment s) {
    Map<String, Reason> fired = new HashMap<>();
    for (Reason r : s.reasons()) {
      fired.put(r.factor(), r);
    }
    for (FactorGroup group : FactorGroup.values()) {
      b.append('\n').append(heading(group, s)).append('\n');
      for (FactorEntry f : factors) {
        if (f.group() != group) {
          continue;
        }
        Reason r = fired.get(f.id());
        String points =
            group.weighted() ? pad(r == null ? "0" : Format.signed(r.points()), 4) : "   -";
        String detail = r == null ? "does not apply: " + f.summary() : r.detail();
        b.append("  ")
            .append(points)
            .append("  ")
            .append(padRight(f.id(), 24))
            .append(Text.printable(detail));
        b.append('\n');
      }
    }
  }

  /** The decision's steps, what was ruled out and a hybrid's split. */
  private static void decision(StringBuilder b, ServiceAssessment s) {
    b.append("\nDecision\n");
    for (String step : s.decision()) {
      b.append("  - ").append(Text.printable(step)).append('\n');
    }
    if (!s.excluded().isEmpty()) {
      b.append("  - ruled out: ");
      b.append(
          String.join(
              ", ",
              java.util.Arrays.stream(Placement.values())
                  .filter(s.excluded()::contains)
                  .map(Placement::id)
                  .toList()));
      b.append('\n');
    }
    if (s.hybridSplit() != null) {
      b.append("  - split: ").append(Text.printable(s.hybridSplit())).append('\n');
    }
  }

  /** A bill's lines: amount, item and price id, then the arithmetic on a line of its own. */
  private static void lines(StringBuilder b, List<CostLine> lines) {
    for (CostLine l : lines) {
      // Items and formulas quote the price catalog's ids and units, which a user catalog sets.
      b.append("  ")
          .append(padLeft(Format.usd(l.amount()), 12))
          .append("  ")
          .append(Text.printable(l.item()))
          .append(l.priceId() == null ? "" : " [" + Text.printable(l.priceId()) + "]");
      if (l.formula() != null) {
        b.append("\n                ").append(Text.printable(l.formula()));
      }
      b.append('\n');
    }
  }

  private static void hybridAndCrossover(StringBuilder b, ServiceAssessment s) {
    b.append("\nMonthly cost as hybrid: ")
        .append(Format.usd(s.costs().hybrid()))
        .append(" (")
        .append(Text.printable(hybridText(s.costs().choice())))
        .append(")\n");
    Double x = s.costs().crossoverRequests();
    b.append("Crossover: ")
        .append(
            x == null
                ? "none: serverless is cheaper at every volume up to 10 trillion requests/month"
                : x == 0
                    ? "Kubernetes is cheaper than serverless at any volume"
                    : "Kubernetes is no dearer than serverless from "
                        + Format.number(x)
                        + " requests/month (now "
                        + Format.number(s.requestsPerMonth())
                        + ")")
        .append('\n');
  }

  private static void flipPoints(StringBuilder b, ServiceAssessment s) {
    b.append("\nFlip points (the nearest change of one input that changes the placement)\n");
    for (String line : FlipText.lines(s.sensitivity())) {
      b.append("  - ").append(line).append('\n');
    }
    String growth = FlipText.growth(s.sensitivity());
    if (growth != null) {
      b.append("Growth: ").append(growth).append('\n');
    }
  }

  private static String heading(FactorGroup group, ServiceAssessment s) {
    return switch (group) {
      case KUBERNETES_SCORE -> "Kubernetes score: " + s.kubernetesScore();
      case ADJUSTMENT ->
          "Adjustments: "
              + Format.signed(s.placementScore() - s.kubernetesScore())
              + " (placement score "
              + s.placementScore()
              + ")";
      case WASM_AUDIT ->
          "Wasm audit: " + (s.wasmAudit().candidate() ? "candidate" : "not a candidate");
      case LIMIT -> "Platform limits";
    };
  }

  /** What a hybrid is priced as: "aws-eks plus the request layer on aws-lambda in front". */
  static String hybridText(ServiceCosts.Choice c) {
    if (c.kubernetes() == null) {
      return "the Kubernetes cost plus the request layer in front";
    }
    ServiceCosts.HybridParts h = c.hybridParts();
    if (c.front() != null && h != null) {
      return c.kubernetes()
          + " for the base load, "
          + Format.percent(1 - h.burstShare())
          + " of the requests at an even rate, "
          + Format.usd(h.core())
          + "; "
          + c.front()
          + " in front: the request layer of those requests, "
          + Format.usd(h.layer())
          + ", and the bursts, "
          + Format.percent(h.burstShare())
          + ", "
          + Format.usd(h.bursts());
    }
    return c.kubernetes()
        + (c.front() == null
            ? " alone: no allowed platform can front the cluster"
            : " plus the request layer on " + c.front() + " in front");
  }

  /**
   * The service's quotes on every platform, read once: a large report's quotes are priced each time
   * they are read ({@code cost.QuotesOnRead}).
   */
  private static List<ServiceCosts.PlatformQuote> quotes(ServiceAssessment s) {
    return List.copyOf(s.costs().choice().platforms());
  }

  /** The placement a platform belongs to. */
  private static String placementOf(PlatformCost cost) {
    return cost.placement() == null ? "a platform" : cost.placement().id();
  }

  /** The quote of the platform with {@code id}, or null. */
  private static ServiceCosts.PlatformQuote quote(
      List<ServiceCosts.PlatformQuote> quotes, String id) {
    for (ServiceCosts.PlatformQuote q : quotes) {
      if (q.id().equals(id)) {
        return q;
      }
    }
    return null;
  }

  /**
   * After a platform's total: why the service may not go there (not allowed, or the limits it
   * breaks), or whether it was chosen among several platforms of its placement.
   */
  private static String status(
      ServiceAssessment s, List<ServiceCosts.PlatformQuote> quotes, PlatformCost cost) {
    ServiceCosts.PlatformQuote q = quote(quotes, cost.platform());
    if (q == null) {
      return "";
    }
    if (!q.allowed()) {
      return ", not allowed by the inventory's platforms (priced for comparison)";
    }
    if (!q.blockedBy().isEmpty()) {
      return ", blocked: " + String.join("; ", q.blockedBy());
    }
    long rivals =
        quotes.stream().filter(o -> o.placement() == q.placement() && o.feasible()).count();
    if (rivals < 2) {
      return "";
    }
    String chosen = s.costs().choice().on(q.placement());
    if (q.id().equals(chosen)) {
      // The cheapest platform of the class that it fits (there are two or more).
      ServiceCosts.PlatformQuote least =
          quotes.stream()
              .filter(o -> o.placement() == q.placement() && o.feasible())
              .min(Comparator.comparingDouble(ServiceCosts.PlatformQuote::monthlyCost))
              .orElseThrow();
      if (!(least.monthlyCost() < q.monthlyCost())) {
        return ", the cheapest " + q.placement().id() + " platform it fits";
      }
      return ", the "
          + q.placement().id()
          + " platform it fits that bills per request ("
          + least.id()
          + ", billed for capacity all month, costs "
          + Format.usd(q.monthlyCost() - least.monthlyCost())
          + " less: platforms: ["
          + least.id()
          + "] pins it)";
    }
    // A platform that fits, costs less than the one chosen and was not chosen lost to the rule
    // that a platform billed per request comes first: it bills for capacity.
    ServiceCosts.PlatformQuote winner = quote(quotes, chosen);
    if (winner != null && winner.monthlyCost() > q.monthlyCost()) {
      return ", "
          + Format.usd(winner.monthlyCost() - q.monthlyCost())
          + " less than "
          + chosen
          + " but billed for capacity all month: a platform it fits"
          + " that bills per request comes first (a service's platforms can pin this one)";
    }
    return ", more than " + chosen;
  }

  /** " (aws-lambda)": the platform the class was priced on, when known. */
  private static String on(PlatformCost cost) {
    return cost.platform() == null ? "" : " (" + cost.platform() + ")";
  }

  private static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }

  private static String pad(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }

  private static String padRight(String s, int width) {
    return s + " ".repeat(Math.max(1, width - s.length()));
  }
}
