package dev.placementadvisor.render.markdown;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.io.OrderedBatches;
import dev.placementadvisor.io.TextChunk;
import dev.placementadvisor.io.Utf8Writer;
import dev.placementadvisor.render.Markdown;
import dev.placementadvisor.render.Renderer;
import dev.placementadvisor.render.table.TableRenderer;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.CostLine;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the report as a GitHub-flavoured markdown document for design reviews and pull requests:
 * inventory summary, executive summary, services, cost curves, per-service details, assumptions and
 * pricing sources. Charts are Mermaid code blocks, each followed by a table of its numbers.
 */
public final class MarkdownRenderer implements Renderer {
  /** Services per batch of table rows or sections. */
  public static final int BATCH_SIZE = 256;

  private final int workers;
  private final int batchSize;

  public MarkdownRenderer() {
    this(OrderedBatches.defaultWorkers(), BATCH_SIZE);
  }

  /** A renderer with the given parallelism, for tests. */
  public MarkdownRenderer(int workers, int batchSize) {
    this.workers = workers;
    this.batchSize = batchSize;
  }

  /**
   * Renders the report part by part, writing each as it is done, so that the report is never held
   * whole: the services' rows and sections go in batches, on worker threads for a large report.
   */
  @Override
  public void render(Report report, Writer out) throws IOException {
    Utf8Writer utf8 = out instanceof Utf8Writer u ? u : null;
    TextChunk part = new TextChunk();
    StringBuilder b = part.text;
    header(b, report);
    executiveSummary(b, report);
    MarkdownServices.tableStart(b);
    part.writeTo(out, utf8);
    services(report, out, utf8, MarkdownServices::row);
    MarkdownServices.tableEnd(b);
    costCurves(b, report);
    MarkdownServices.detailsStart(b);
    part.writeTo(out, utf8);
    services(report, out, utf8, MarkdownServices::detail);
    MarkdownAssumptions.assumptions(b, report);
    MarkdownAssumptions.pricing(b, report);
    part.writeTo(out, utf8);
  }

  /** Appends one service's part. */
  private interface ServicePart {
    void append(StringBuilder b, ServiceAssessment s);
  }

  /** Writes a part for every service, in batches. */
  private void services(Report report, Writer out, Utf8Writer utf8, ServicePart part)
      throws IOException {
    List<ServiceAssessment> services = report.services();
    new OrderedBatches<TextChunk>(batchSize, workers, 2 * workers, TextChunk::new)
        .run(
            services.size(),
            (from, to, chunk) -> {
              chunk.clear();
              for (int i = from; i < to; i++) {
                part.append(chunk.text, services.get(i));
              }
              chunk.finish(utf8 != null);
            },
            chunk -> chunk.writeTo(out, utf8));
  }

  /** Escapes text for a markdown table cell, heading or paragraph. */
  public static String escape(String s) {
    return Markdown.escape(s);
  }

  private static void header(StringBuilder b, Report report) {
    String org = report.organization() == null ? "" : report.organization().strip();
    b.append("# Placement report").append(org.isEmpty() ? "" : ": " + escape(org)).append("\n\n");
    b.append("- **Inventory:** ")
        .append(escape(report.inventory()))
        .append(", ")
        .append(Markdown.count(report.services().size(), "service", "services"))
        .append('\n');
    Report.Context c = report.context();
    if (c != null) {
      b.append("- **Organization:** ")
          .append(org.isEmpty() ? "not named" : escape(org))
          .append(", ")
          .append(
              c.engineers() == null
                  ? "engineers not given"
                  : Markdown.count(c.engineers(), "engineer", "engineers"))
          .append(", ")
          .append(
              c.platformEngineers() == 0
                  ? "no platform engineers"
                  : Markdown.count(
                      c.platformEngineers(), "platform engineer", "platform engineers"))
          .append('\n');
      b.append("- **Compliance:** ")
          .append(c.compliance().isEmpty() ? "none" : String.join(", ", c.compliance()))
          .append('\n');
    }
    Report.Pricing p = report.pricing();
    b.append("- **Prices:** ")
        .append(escape(p.catalog()))
        .append(", effective ")
        .append(escape(p.effectiveDate()))
        .append(", ")
        .append(escape(p.region()))
        .append(p.freeTier() ? ", free tier applied" : ", no free tier")
        .append("\n\n");
  }

  private static void executiveSummary(StringBuilder b, Report report) {
    b.append("## Executive summary\n\n");
    Map<Placement, Integer> counts = report.placementCounts();
    recommends(b, report, counts);
    if (!report.services().isEmpty()) {
      placements(b, report, counts);
    }
    recommendedTotal(b, report);
    SavingsText.compare(b, report, Placement.KUBERNETES);
    SavingsText.compare(b, report, Placement.SERVERLESS);
    b.append('\n');
    hiddenTax(b, report);
  }

  /** The sentence of what the advisor recommends: one placement for all, or how many on each. */
  private static void recommends(StringBuilder b, Report report, Map<Placement, Integer> counts) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Placement, Integer> e : counts.entrySet()) {
      if (e.getValue() > 0) {
        parts.add(e.getValue() + " on **" + e.getKey().id() + "**");
      }
    }
    int n = report.services().size();
    if (parts.size() == 1) {
      b.append(n == 1 ? "The service is" : "All " + n + " services are")
          .append(" recommended for **")
          .append(
              counts.entrySet().stream()
                  .filter(e -> e.getValue() > 0)
                  .findFirst()
                  .orElseThrow()
                  .getKey()
                  .id())
          .append("**.\n\n");
    } else {
      b.append("Of ")
          .append(Markdown.count(n, "service", "services"))
          .append(", the advisor recommends ")
          .append(Markdown.join(parts))
          .append(".\n\n");
    }
  }

  /** The placements' chart, then its numbers: services, monthly cost and share on each. */
  private static void placements(StringBuilder b, Report report, Map<Placement, Integer> counts) {
    if (Mermaid.placements(b, counts)) {
      b.append('\n');
    }
    double total = report.recommendedTotal();
    Markdown.Table t =
        new Markdown.Table("lrrr", "placement", "services", "monthly cost", "share of the cost");
    for (Map.Entry<Placement, Integer> e : Mermaid.slices(counts)) {
      double cost = report.recommendedOn(e.getKey());
      t.row(
          e.getKey().id(),
          Integer.toString(e.getValue()),
          Format.usd(cost),
          total > 0 ? Format.percent(Math.round(cost / total * 1000) / 1000.0) : "-");
    }
    t.appendTo(b);
    b.append('\n');
  }

  /** The monthly cost as recommended, and the part of it that is data tier, if any. */
  private static void recommendedTotal(StringBuilder b, Report report) {
    b.append("**Monthly cost as recommended: ")
        .append(Markdown.usd(report.recommendedTotal()))
        .append("** (infrastructure only; the Kubernetes hidden tax is below).");
    if (report.hasDataTier()) {
      b.append(" It includes ")
          .append(Markdown.usd(report.dataTierTotal()))
          .append(" a month of data tier (")
          .append(escape(TableRenderer.dataTiers(report)))
          .append("), the same whatever the placement, so also in each comparison below.");
    }
    b.append("\n\n");
  }

  /**
   * The Kubernetes hidden tax: none when no service runs on a cluster, else its total and lines.
   */
  private static void hiddenTax(StringBuilder b, Report report) {
    if (report.kubernetesTax().isEmpty()) {
      b.append(
              "**Kubernetes hidden tax:** none, as no service is placed on a cluster (kubernetes"
                  + " or")
          .append(
              " hybrid). The all-kubernetes figure above is infrastructure only: a cluster would")
          .append(" also bring the people and tooling it needs.\n\n");
      return;
    }
    long onCluster =
        report.services().stream()
            .filter(s -> s.placement() == Placement.KUBERNETES || s.placement() == Placement.HYBRID)
            .count();
    b.append("**Kubernetes hidden tax: ")
        .append(Markdown.usd(report.kubernetesTaxTotal()))
        .append(" a month** for the organization: the people and tooling a cluster needs, which")
        .append(" the cloud bill leaves out. It applies because ")
        .append(onCluster == 1 ? "1 service runs" : onCluster + " services run")
        .append(" on a cluster and is in none of the amounts above; with it, the recommendation")
        .append(" costs ")
        .append(Markdown.usd(report.recommendedTotal() + report.kubernetesTaxTotal()))
        .append(" a month.\n\n");
    Markdown.Table t = new Markdown.Table("lrl", "line", "USD per month", "basis");
    for (CostLine l : report.kubernetesTax()) {
      t.row(escape(l.item()), Format.usd(l.amount()), escape(l.formula()));
    }
    t.appendTo(b);
    b.append('\n');
  }

  private static void costCurves(StringBuilder b, Report report) {
    b.append("## Cost curves\n\n");
    if (report.curves().isEmpty()) {
      b.append("No service has a volume at which Kubernetes overtakes serverless, so there is no")
          .append(" cost curve to chart.\n\n");
      return;
    }
    b.append("The ")
        .append(report.curves().size() == 1 ? "service" : report.curves().size() + " services")
        .append(" nearest their crossover, priced at other monthly volumes with everything else")
        .append(" fixed. Mermaid's line charts have no legend: in each chart the first line is ")
        .append(Mermaid.SERIES.get(0))
        .append(", the second ")
        .append(Mermaid.SERIES.get(1))
        .append(" and the third ")
        .append(Mermaid.SERIES.get(2))
        .append(". The x-axis labels are")
        .append(" the volumes priced, evenly spaced rather than to scale. A table of the same")
        .append(" numbers follows each chart.\n\n");
    for (Report.CostCurve c : report.curves()) {
      b.append("### ").append(escape(c.service())).append(": cost by volume\n\n");
      b.append("Lines, in order: ")
          .append(String.join(", ", Mermaid.SERIES))
          .append(". Kubernetes costs no more than")
          .append(" serverless from **")
          .append(Format.number(c.crossover()))
          .append(" requests a month** (the crossover); the service has ")
          .append(Format.number(c.requestsPerMonth()))
          .append(" now.\n\n");
      Mermaid.costCurve(b, c);
      b.append('\n');
      Markdown.Table t =
          new Markdown.Table("rrrr", "requests per month", "serverless", "kubernetes", "wasm-edge");
      for (Report.Point p : c.points()) {
        t.row(
            Format.number(p.requests()),
            Format.usd(p.serverless()),
            Format.usd(p.kubernetes()),
            Format.usd(p.edge()));
      }
      t.appendTo(b);
      b.append('\n');
    }
  }
}
