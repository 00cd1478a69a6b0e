package dev.placementadvisor.render.markdown;

import static dev.placementadvisor.render.Markdown.escape;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.render.DoorsText;
import dev.placementadvisor.render.FlipText;
import dev.placementadvisor.render.Markdown;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.CheaperDoors;
import dev.placementadvisor.result.CostLine;
import dev.placementadvisor.result.DataTierCost;
import dev.placementadvisor.result.Reason;
import dev.placementadvisor.result.WasmAudit;
import java.util.ArrayList;
import java.util.List;

/** Renders the markdown report's services table and the section of each service. */
public final class MarkdownServices {
  /**
   * The columns of the services table, which tests find it by: seven, so the table fits a page; the
   * cost on each platform and the Wasm audit are in each service's section.
   */
  public static final List<String> COLUMNS =
      List.of(
          "service",
          "placement",
          "requests per month",
          "monthly cost",
          "Kubernetes score",
          "crossover",
          "main reasons");

  private MarkdownServices() {}

  private static final Markdown.Table TABLE =
      new Markdown.Table("llrrrrl", COLUMNS.toArray(String[]::new));

  /**
   * The services table's heading and header; then comes each service's {@link #row}, then {@link
   * #tableEnd}.
   */
  static void tableStart(StringBuilder b) {
    b.append("## Services\n\n");
    TABLE.appendHeader(b);
  }

  /** One service's row of the services table. */
  public static void row(StringBuilder b, ServiceAssessment s) {
    TABLE.appendRow(
        b,
        escape(s.name()),
        "**" + s.placement().id() + "**" + on(s),
        Format.number(s.requestsPerMonth()),
        Format.usd(s.recommendedCost()),
        Integer.toString(s.kubernetesScore()),
        crossover(s.costs().crossoverRequests()),
        escape(String.join(", ", s.highlights())));
  }

  /** " on aws-eks" (" on aws-eks+aws-lambda" for a hybrid), or nothing when not known. */
  public static String on(ServiceAssessment s) {
    String label = s.costs().choice().label(s.placement());
    return label == null ? "" : " on " + escape(label);
  }

  /** " (aws-lambda)": the platform a placement was priced on, when known. */
  private static String named(ServiceAssessment s, Placement p) {
    String on = s.costs().choice().on(p);
    return on == null ? "" : " (" + escape(on) + ")";
  }

  static void tableEnd(StringBuilder b) {
    b.append('\n');
    b.append("Costs are US dollars a month, where each service is recommended, sharing each")
        .append(" platform's account charges only with the services recommended onto it; each")
        .append(
            " service's section below gives its cost with the whole inventory on each platform.")
        .append(" *Crossover* is the monthly volume from which Kubernetes costs no more than")
        .append(" serverless, all else fixed: 0 when Kubernetes is already no dearer, *never* when")
        .append(" serverless stays cheaper at any volume.\n\n");
  }

  /** "candidate", or which of the three audit questions failed. */
  public static String audit(WasmAudit a) {
    if (a.candidate()) {
      return a.readyForEdge() ? "candidate" : "candidate, runtime needs a rewrite";
    }
    List<String> failed = new ArrayList<>();
    if (!a.stateless()) {
      failed.add("stateful");
    }
    if (!a.computeBound()) {
      failed.add("not compute-bound");
    }
    if (!a.coldStartSensitive()) {
      failed.add("not cold-start sensitive");
    }
    return "no: " + String.join(", ", failed);
  }

  public static String crossover(Double requests) {
    return requests == null ? "never" : Format.number(requests);
  }

  /** The heading of the details; then comes each service's {@link #detail}. */
  static void detailsStart(StringBuilder b) {
    b.append("## Service details\n\n");
  }

  /**
   * One service's section of the details, folded: GitHub shows its one-line summary until it is
   * opened. The summary is HTML, so its text is HTML-escaped, and "$" is written as an entity
   * (GitHub reads text between two dollar signs as math).
   */
  public static void detail(StringBuilder b, ServiceAssessment s) {
    b.append("<details>\n<summary><strong>")
        .append(html(s.name()))
        .append("</strong>: ")
        .append(s.placement().id())
        .append(", ")
        .append(html(Format.usd(s.recommendedCost())))
        .append(" a month</summary>\n\n");
    section(b, s);
    b.append("</details>\n\n");
  }

  /**
   * Text for HTML content: the markup characters and "$" (math) as entities, the text made
   * printable, mentions, references and bare links broken as {@link Markdown#escape} breaks them.
   */
  public static String html(String s) {
    return dev.placementadvisor.input.Text.printable(s)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("$", "&#36;")
        // No mention, reference or link either (see Markdown.escape).
        .replace("@", "@&#8203;")
        .replace("://", ":&#8203;//")
        .replaceAll("(?<!&)#([0-9A-Za-z])", "#&#8203;$1")
        .replaceAll("(?i)(www)\\.", "$1&#8203;.");
  }

  /** One service's section: its heading, decision, costs, data tier, reasons and flip points. */
  public static void section(StringBuilder b, ServiceAssessment s) {
    section(b, s, true);
  }

  /**
   * One service's section; with {@code dataTier} false, without its data tier's lines (which {@code
   * explain} prints with their arithmetic after the platforms').
   */
  public static void section(StringBuilder b, ServiceAssessment s, boolean dataTier) {
    b.append("### ")
        .append(escape(s.name()))
        .append(": ")
        .append(s.placement().id())
        .append("\n\n");
    summary(b, s);
    if (dataTier) {
      dataTier(b, s);
    }
    doors(b, s);
    decision(b, s);
    REASONS.appendHeader(b);
    for (Reason r : s.reasons()) {
      REASONS.appendRow(b, escape(r.factor()), Format.signed(r.points()), escape(r.detail()));
    }
    b.append('\n');
    flipPoints(b, s);
  }

  /**
   * The section's opening paragraphs: the placement, its cost, volume and scores, then the cost
   * with the whole inventory on each platform and the Wasm audit.
   */
  private static void summary(StringBuilder b, ServiceAssessment s) {
    b.append("**")
        .append(s.placement().id())
        .append("**")
        .append(on(s))
        .append(" at ")
        .append(Markdown.usd(s.recommendedCost()))
        .append(" a month, for ")
        .append(Format.number(s.requestsPerMonth()))
        .append(" requests a month. Kubernetes score ")
        .append(s.kubernetesScore())
        .append(", placement score ")
        .append(s.placementScore())
        .append(".\n\n");
    b.append("With the whole inventory on one platform it would cost ")
        .append(Markdown.usd(s.costs().serverless()))
        .append(" on serverless")
        .append(named(s, Placement.SERVERLESS))
        .append(", ")
        .append(Markdown.usd(s.costs().kubernetes()))
        .append(" on kubernetes")
        .append(named(s, Placement.KUBERNETES))
        .append(" and ")
        .append(Markdown.usd(s.costs().edge()))
        .append(" on wasm-edge")
        .append(named(s, Placement.WASM_EDGE))
        .append(" a month")
        .append(s.dataTier() != null && s.dataTier().priced() ? ", plus its data tier on each" : "")
        .append(". Wasm audit: ")
        .append(audit(s.wasmAudit()))
        .append(".\n\n");
  }

  /** The decision's numbered steps, then what runs where for a hybrid. */
  private static void decision(StringBuilder b, ServiceAssessment s) {
    b.append("How the placement was decided:\n\n");
    int step = 1;
    for (String line : s.decision()) {
      b.append(step++).append(". ").append(escape(line)).append('\n');
    }
    b.append('\n');
    if (s.hybridSplit() != null) {
      b.append("What runs where: ").append(escape(s.hybridSplit())).append(".\n\n");
    }
  }

  /** The flip points, one a bullet, then the growth that would change the placement, if any. */
  private static void flipPoints(StringBuilder b, ServiceAssessment s) {
    b.append("Flip points, the nearest value of one input that changes the placement:\n\n");
    for (String line : FlipText.lines(s.sensitivity())) {
      b.append("- ").append(escape(line)).append('\n');
    }
    b.append('\n');
    String growth = FlipText.growth(s.sensitivity());
    if (growth != null) {
      b.append("Growth: ").append(escape(growth)).append(".\n\n");
    }
  }

  /**
   * The service's data store: its data tier's lines, part of the cost above and the same on every
   * placement, or why it is not priced. Nothing for a service without one.
   */
  public static void dataTier(StringBuilder b, ServiceAssessment s) {
    DataTierCost d = s.dataTier();
    if (d == null) {
      return;
    }
    if (!d.priced()) {
      b.append("Its ")
          .append(d.store().id())
          .append(" data store is not priced: ")
          .append(escape(d.notPriced()))
          .append(".\n\n");
      return;
    }
    b.append("Its ")
        .append(d.store().id())
        .append(" data store is on ")
        .append(Markdown.code(d.platform()))
        .append(" at ")
        .append(Markdown.usd(d.monthlyCost()))
        .append(" a month, included above and the same on every placement:\n\n");
    Markdown.Table t = new Markdown.Table("llr", "line", "catalog price", "USD per month");
    for (CostLine l : d.lines()) {
      t.row(
          escape(l.item()),
          l.priceId() == null ? "" : Markdown.code(l.priceId()),
          Format.usd(l.amount()));
    }
    t.appendTo(b);
    b.append('\n');
  }

  /**
   * The cheaper doors when a REST API Gateway is most of the service's serverless cost: each door
   * with its cost and saving, and the crossover between them. Nothing otherwise.
   */
  public static void doors(StringBuilder b, ServiceAssessment s) {
    CheaperDoors d = s.costs().doors();
    if (d == null) {
      return;
    }
    b.append(escape(DoorsText.heading(d))).append(":\n\n");
    for (String line : DoorsText.lines(d, s.requestsPerMonth())) {
      b.append("- ").append(escape(line)).append('\n');
    }
    b.append('\n');
  }

  private static final Markdown.Table REASONS =
      new Markdown.Table("lrl", "factor", "points", "detail");
}
