package dev.placementadvisor.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.placementadvisor.cost.CrossoverTable;
import dev.placementadvisor.engine.Pipeline;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.cost.CrossoverTable.Assumptions;
import dev.placementadvisor.cost.CrossoverTable.Result;
import dev.placementadvisor.cost.CrossoverTable.Row;
import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.Workload;
import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.report.Format;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code advisor crossover}: Lambda versus EKS cost over request volumes, and the crossover. */
@Command(
    name = "crossover",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Lambda vs EKS monthly cost from 100K to 500M requests, and the volume where Kubernetes"
            + " becomes cheaper.")
final class CrossoverCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--duration-ms", required = true, paramLabel = "N", description = "Average duration per request, ms.")
  double durationMs;

  @Option(names = "--memory-mb", required = true, paramLabel = "N", description = "Function memory, MB (128 to 10240).")
  int memoryMb;

  @Option(names = "--api-gateway", required = true, paramLabel = "rest|http|none", description = "API Gateway in front of the function.")
  String apiGateway;

  @Option(names = "--instance-type", required = true, paramLabel = "T", description = "EKS node instance type, e.g. t3.medium.")
  String instanceType;

  @Option(names = "--nodes", required = true, paramLabel = "N", description = "Minimum nodes in the cluster.")
  int nodes;

  @Option(names = "--workload", defaultValue = "mixed", paramLabel = "W", description = "compute-bound, io-bound or mixed (CPU share for node sizing; default mixed).")
  String workload;

  @Option(names = "--architecture", defaultValue = "x86_64", paramLabel = "A", description = "x86_64 (default) or arm64.")
  String architecture;

  @Option(names = "--free-tier", description = "Apply the Lambda free tier.")
  boolean freeTier;

  @Option(names = "--pricing", paramLabel = "FILE", description = "Pricing catalog overriding bundled prices.")
  Path pricing;

  @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT", description = "table (default) or json.")
  String format;

  @Mixin PathsOption paths;
  @Mixin Terminal terminal;

  @Override
  public Integer call() throws Exception {
    if (!(durationMs > 0 && durationMs <= 900_000)) {
      throw bad("--duration-ms must be greater than 0 and at most 900000");
    }
    if (memoryMb < 128 || memoryMb > 10_240) {
      throw bad("--memory-mb must be from 128 to 10240 (Lambda's range)");
    }
    if (nodes < 1 || nodes > 10_000) {
      throw bad("--nodes must be from 1 to 10000");
    }
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("table") && !fmt.equals("json")) {
      throw bad("--format must be table or json");
    }
    PriceCatalog catalog = CatalogLoader.bundled();
    if (pricing != null) {
      catalog = Pipeline.namedCatalog(catalog, pricing, paths.allowOutside);
    }
    if (!catalog.instances().containsKey(instanceType)) {
      throw bad("--instance-type '" + instanceType + "' is not in the pricing catalog (known: "
          + String.join(", ", catalog.instances().keySet().stream().sorted().toList()) + ")");
    }
    Assumptions a = new Assumptions(durationMs, memoryMb, choice(ApiGateway.values(), apiGateway, "--api-gateway"),
        instanceType, nodes, choice(Workload.values(), workload, "--workload"),
        choice(Architecture.values(), architecture, "--architecture"), freeTier);
    Result r = CrossoverTable.compute(catalog, a);
    PrintWriter out = terminal.out();
    if (fmt.equals("json")) {
      json(r, catalog, out);
    } else {
      table(r, catalog, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private ParameterException bad(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private <E extends Enum<E>> E choice(E[] values, String given, String option) {
    for (E e : values) {
      if (e.toString().equals(given)) {
        return e;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E e : values) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(e);
    }
    throw bad(option + " must be one of " + allowed + ", got '" + given + "'");
  }

  private static void table(Result r, PriceCatalog c, PrintWriter out) {
    Assumptions a = r.assumptions();
    out.printf(Locale.ROOT, "Lambda (%s ms, %d MB, %s, API Gateway %s%s) vs EKS (%d x %s minimum, control plane, ALB)%n",
        Format.number(a.durationMs()), a.memoryMb(), a.architecture(), a.apiGateway(), a.freeTier() ? ", free tier" : "",
        a.nodes(), a.instanceType());
    out.print(
        Text.printable(
            String.format(
                Locale.ROOT, "Prices: %s, effective %s, %s", c.origin(), c.effectiveDate(), c.region())));
    out.printf("%n%n");
    out.printf(Locale.ROOT, "%16s  %12s  %12s  %-10s  %s%n", "REQUESTS/MONTH", "SERVERLESS", "KUBERNETES", "WINNER", "RATIO");
    for (Row row : r.rows()) {
      out.printf(Locale.ROOT, "%16s  %12s  %12s  %-10s  %sx%n", Format.volume(row.requests()), Format.usd(row.serverless()),
          Format.usd(row.kubernetes()), row.winner(), Format.number(Math.round(row.ratio() * 10) / 10.0));
    }
    out.println();
    if (r.crossover() == null) {
      out.println("Crossover: none (serverless is cheaper at every volume up to 10 trillion requests/month)");
    } else if (r.crossover() == 0) {
      out.println("Crossover: none (Kubernetes is cheaper at any volume)");
    } else {
      out.println("Crossover: " + Format.number(r.crossover()) + " requests/month ("
          + Format.volume(r.crossover()) + "): the lowest volume at which Kubernetes is no dearer");
    }
    out.println("Formulas and prices: docs/cost-model.md; advisor pricing lists the catalog.");
  }

  private static void json(Result r, PriceCatalog c, PrintWriter out) throws java.io.IOException {
    JsonFactory f = JsonFactory.builder().disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    try (JsonGenerator g = f.createGenerator(out)) {
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
    out.println();
  }
}
