package dev.placementadvisor.render;

import dev.placementadvisor.report.Format;

import static dev.placementadvisor.render.Markdown.escape;

import dev.placementadvisor.report.Reason;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.scoring.WasmAudit;
import java.util.ArrayList;
import java.util.List;

/** Renders the markdown report's services table and the section of each service. */
final class MarkdownServices {
  /** The columns of the services table, which tests find it by. */
  static final List<String> COLUMNS =
      List.of(
          "service",
          "placement",
          "requests per month",
          "Kubernetes score",
          "Wasm audit",
          "serverless",
          "kubernetes",
          "wasm-edge",
          "recommended",
          "crossover",
          "main reasons");

  private MarkdownServices() {}

  private static final Markdown.Table TABLE =
      new Markdown.Table("llrrlrrrrrl", COLUMNS.toArray(String[]::new));

  /**
   * The services table's heading and header; then comes each service's {@link #row}, then {@link
   * #tableEnd}.
   */
  static void tableStart(StringBuilder b) {
    b.append("## Services\n\n");
    TABLE.appendHeader(b);
  }

  /** One service's row of the services table. */
  static void row(StringBuilder b, ServiceAssessment s) {
    TABLE.appendRow(
        b,
        escape(s.name()),
        "**" + s.placement().id() + "**",
        Format.number(s.requestsPerMonth()),
        Integer.toString(s.kubernetesScore()),
        audit(s.wasmAudit()),
        Format.usd(s.costs().serverless()),
        Format.usd(s.costs().kubernetes()),
        Format.usd(s.costs().edge()),
        Format.usd(s.recommendedCost()),
        crossover(s.costs().crossoverRequests()),
        escape(String.join(", ", Highlights.of(s))));
  }

  static void tableEnd(StringBuilder b) {
    b.append('\n');
    b.append("Costs are US dollars a month. The serverless, kubernetes and wasm-edge columns price")
        .append(" each service with the whole inventory on that platform; *recommended* prices it")
        .append(" where it is recommended, sharing each platform's account charges only with the")
        .append(" services recommended onto it. *Crossover* is the monthly volume from which")
        .append(" Kubernetes costs no more than serverless, all else fixed: 0 when Kubernetes is")
        .append(" already no dearer, *never* when serverless stays cheaper at any volume.\n\n");
  }

  /** "candidate", or which of the three audit questions failed. */
  static String audit(WasmAudit a) {
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

  static String crossover(Double requests) {
    return requests == null ? "never" : Format.number(requests);
  }

  /** The heading of the details; then comes each service's {@link #detail}. */
  static void detailsStart(StringBuilder b) {
    b.append("## Service details\n\n");
  }

  /** One service's section of the details. */
  static void detail(StringBuilder b, ServiceAssessment s) {
    b.append("### ")
        .append(escape(s.name()))
        .append(": ")
        .append(s.placement().id())
        .append("\n\n");
    b.append("**")
        .append(s.placement().id())
        .append("** at ")
        .append(Markdown.usd(s.recommendedCost()))
        .append(" a month, for ")
        .append(Format.number(s.requestsPerMonth()))
        .append(" requests a month. Kubernetes score ")
        .append(s.kubernetesScore())
        .append(", placement score ")
        .append(s.placementScore())
        .append(".\n\n");
    b.append("How the placement was decided:\n\n");
    int step = 1;
    for (String line : s.decision()) {
      b.append(step++).append(". ").append(escape(line)).append('\n');
    }
    b.append('\n');
    if (s.hybridSplit() != null) {
      b.append("What runs where: ").append(escape(s.hybridSplit())).append(".\n\n");
    }
    REASONS.appendHeader(b);
    for (Reason r : s.reasons()) {
      REASONS.appendRow(b, escape(r.factor()), Highlights.signed(r.points()), escape(r.detail()));
    }
    b.append('\n');
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

  private static final Markdown.Table REASONS = new Markdown.Table("lrl", "factor", "points", "detail");
}
