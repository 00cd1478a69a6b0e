package dev.placementadvisor.render.registry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.placementadvisor.input.Format;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.render.Docs;
import dev.placementadvisor.render.Markdown;
import dev.placementadvisor.render.OutputFormat;
import dev.placementadvisor.result.Crossover;
import dev.placementadvisor.result.Crossover.Assumptions;
import dev.placementadvisor.result.Crossover.Row;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Renders {@code advisor crossover}: Lambda against EKS over request volumes, and the crossover
 * volume, as a table, markdown or JSON ({@code crossover.requestsPerMonth} is the contract).
 */
public final class CrossoverRenderer {
  /** The formats it writes. */
  public static final Set<OutputFormat> FORMATS =
      EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.MARKDOWN);

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  public void render(Crossover r, PriceCatalog c, OutputFormat format, Writer out)
      throws IOException {
    switch (format) {
      case JSON -> json(r, c, out);
      case MARKDOWN -> markdown(r, c, out);
      default -> table(r, c, out);
    }
    out.flush();
  }

  /**
   * "Lambda (200 ms, 256 MB, x86_64, API Gateway rest) vs EKS (2 x t3.medium minimum, …)": the
   * Kubernetes platform's nodes as it prices them, which need not be --instance-type's (GKE and AKS
   * keep their own default for an EC2 type; Autopilot bills Pods, not nodes).
   */
  private static String title(Crossover r) {
    Assumptions a = r.assumptions();
    boolean lambda = r.from().id().equals("aws-lambda");
    boolean eks = r.to().id().equals("aws-eks");
    return String.format(
        Locale.ROOT,
        "%s (%s ms, %d MB, %s%s%s) vs %s%s",
        lambda ? "Lambda" : r.from().name(),
        Format.number(a.durationMs()),
        a.memoryMb(),
        a.architecture(),
        lambda ? ", API Gateway " + a.apiGateway() : "",
        a.freeTier() ? ", free tier" : "",
        eks ? "EKS" : r.to().name(),
        r.toCluster() == null ? "" : " (" + r.toCluster() + ")");
  }

  private static String prices(PriceCatalog c) {
    return "Prices: " + c.origin() + ", effective " + c.effectiveDate() + ", " + c.region();
  }

  private static String verdict(Crossover r) {
    if (r.crossover() == null) {
      return "Crossover: none (serverless is cheaper at every volume up to 10 trillion"
          + " requests/month)";
    }
    if (r.crossover() == 0) {
      return "Crossover: none (Kubernetes is cheaper at any volume)";
    }
    return "Crossover: "
        + Format.number(r.crossover())
        + " requests/month ("
        + Format.volume(r.crossover())
        + "): the lowest volume at which Kubernetes is no dearer";
  }

  private static String ratio(Row row) {
    return Format.number(Math.round(row.ratio() * 10) / 10.0) + "x";
  }

  private static void table(Crossover r, PriceCatalog c, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append(Text.printable(title(r))).append('\n');
    b.append(Text.printable(prices(c))).append("\n\n");
    b.append(
        String.format(
            Locale.ROOT,
            "%16s  %12s  %12s  %-10s  %s%n",
            "REQUESTS/MONTH",
            "SERVERLESS",
            "KUBERNETES",
            "WINNER",
            "RATIO"));
    for (Row row : r.rows()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%16s  %12s  %12s  %-10s  %s%n",
              Format.volume(row.requests()),
              Format.usd(row.serverless()),
              Format.usd(row.kubernetes()),
              row.winner(),
              ratio(row)));
    }
    b.append('\n').append(verdict(r)).append('\n');
    b.append("Formulas and prices: docs/cost-model.md; advisor pricing lists the catalog.\n");
    out.write(b.toString());
  }

  private static void markdown(Crossover r, PriceCatalog c, Writer out) throws IOException {
    StringBuilder b = new StringBuilder("## Crossover: ");
    b.append(Markdown.escape(title(r))).append("\n\n");
    b.append(Markdown.escape(prices(c))).append(".\n\n");
    Markdown.Table t =
        new Markdown.Table(
            "rrrlr", "requests/month", "serverless", "kubernetes", "winner", "ratio");
    for (Row row : r.rows()) {
      t.row(
          Format.volume(row.requests()),
          Markdown.usd(row.serverless()),
          Markdown.usd(row.kubernetes()),
          row.winner(),
          ratio(row));
    }
    t.appendTo(b);
    b.append('\n').append(Markdown.escape(verdict(r))).append(".\n\n");
    b.append("Formulas and prices: [cost-model.md](")
        .append(Docs.url("cost-model.md"))
        .append("); `advisor pricing` lists the catalog.\n");
    out.write(b.toString());
  }

  private static void json(Crossover r, PriceCatalog c, Writer out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      Assumptions a = r.assumptions();
      g.writeStartObject();
      g.writeNumberField("schemaVersion", 1);
      g.writeObjectFieldStart("assumptions");
      g.writeNumberField("durationMs", a.durationMs());
      g.writeNumberField("memoryMb", a.memoryMb());
      g.writeStringField("apiGateway", a.apiGateway().id());
      g.writeStringField("instanceType", a.instanceType());
      g.writeNumberField("nodes", a.nodes());
      g.writeStringField("workload", a.workload().id());
      g.writeStringField("architecture", a.architecture().id());
      g.writeBooleanField("freeTier", a.freeTier());
      g.writeStringField("pricingEffectiveDate", c.effectiveDate());
      g.writeStringField("from", r.from().id());
      g.writeStringField("to", r.to().id());
      g.writeEndObject();
      g.writeArrayFieldStart("rows");
      for (Row row : r.rows()) {
        g.writeStartObject();
        g.writeNumberField("requestsPerMonth", (long) row.requests());
        g.writeNumberField("serverless", Format.cents(row.serverless()));
        g.writeNumberField("kubernetes", Format.cents(row.kubernetes()));
        g.writeStringField("winner", row.winner());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("crossover");
      if (r.crossover() == null) {
        g.writeNullField("requestsPerMonth");
      } else {
        g.writeNumberField("requestsPerMonth", r.crossover().longValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
  }
}
