package dev.placementadvisor.cli;

import dev.placementadvisor.cost.CrossoverTable;
import dev.placementadvisor.cost.Platforms;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.inventory.Workload;
import dev.placementadvisor.io.AtomicOutput;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.render.OutputFormat;
import dev.placementadvisor.render.registry.CrossoverRenderer;
import dev.placementadvisor.result.Crossover;
import dev.placementadvisor.result.Crossover.Assumptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code advisor crossover}: a serverless platform's cost against a Kubernetes platform's over
 * request volumes (Lambda and EKS by default), and the crossover.
 */
@Command(
    name = "crossover",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "A serverless platform's monthly cost against a Kubernetes platform's (Lambda vs EKS"
            + " unless --from/--to say otherwise) from 100K to 500M requests, and the volume where"
            + " Kubernetes becomes cheaper.")
final class CrossoverCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--duration-ms",
      required = true,
      paramLabel = "N",
      description = "Average duration per request, ms.")
  double durationMs;

  @Option(
      names = "--memory-mb",
      required = true,
      paramLabel = "N",
      description = "Function memory, MB (128 to 10240).")
  int memoryMb;

  @Option(
      names = "--api-gateway",
      required = true,
      paramLabel = "rest|http|none",
      description = "API Gateway in front of the function.")
  String apiGateway;

  @Option(
      names = "--instance-type",
      required = true,
      paramLabel = "T",
      description = "EKS node instance type, e.g. t3.medium.")
  String instanceType;

  @Option(
      names = "--nodes",
      required = true,
      paramLabel = "N",
      description = "Minimum nodes in the cluster.")
  int nodes;

  @Option(
      names = "--workload",
      defaultValue = "mixed",
      paramLabel = "W",
      description = "compute-bound, io-bound or mixed (CPU share for node sizing; default mixed).")
  String workload;

  @Option(
      names = "--architecture",
      defaultValue = "x86_64",
      paramLabel = "A",
      description = "x86_64 (default) or arm64.")
  String architecture;

  @Option(names = "--free-tier", description = "Apply the Lambda free tier.")
  boolean freeTier;

  @Mixin PricingOption pricing;

  @Option(
      names = "--from",
      paramLabel = "ID",
      defaultValue = "aws-lambda",
      description = "The serverless platform (default aws-lambda; advisor platforms lists them).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "ID",
      defaultValue = "aws-eks",
      description = "The Kubernetes platform (default aws-eks).")
  String to;

  @Mixin OutputOptions output;
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
    Platforms.Info fromPlatform = platform("--from", from, Placement.SERVERLESS);
    Platforms.Info toPlatform = platform("--to", to, Placement.KUBERNETES);
    OutputFormat format = output.format(CrossoverRenderer.FORMATS);
    AtomicOutput out = AtomicOutput.to(output.file(), terminal.out(), pricing.input());
    PriceCatalog catalog = pricing.catalog(paths.allowOutside);
    if (!catalog.instances().containsKey(instanceType)) {
      throw bad(
          "--instance-type '"
              + instanceType
              + "' is not in the pricing catalog (known: "
              + String.join(", ", catalog.instances().keySet().stream().sorted().toList())
              + ")");
    }
    Assumptions a =
        new Assumptions(
            durationMs,
            memoryMb,
            choice(ApiGateway.values(), apiGateway, "--api-gateway"),
            instanceType,
            nodes,
            choice(Workload.values(), workload, "--workload"),
            choice(Architecture.values(), architecture, "--architecture"),
            freeTier);
    Crossover r = CrossoverTable.compute(catalog, a, fromPlatform, toPlatform);
    PriceCatalog prices = catalog;
    out.write(w -> new CrossoverRenderer().render(r, prices, format, w));
    return ExitCodes.OK;
  }

  /**
   * The registered platform {@code id} of class {@code placement}, or a usage error naming them.
   */
  private Platforms.Info platform(String option, String id, Placement placement) {
    Platforms.Info p = Platforms.byId(id.toLowerCase(java.util.Locale.ROOT));
    if (p == null || p.placement() != placement) {
      java.util.List<String> ids =
          Platforms.ALL.stream()
              .filter(i -> i.placement() == placement)
              .map(Platforms.Info::id)
              .toList();
      String hint = Text.didYouMean(id, ids);
      throw bad(
          option
              + " must be a "
              + placement.id()
              + " platform: "
              + String.join(", ", ids)
              + ", got '"
              + Text.printable(id)
              + "'"
              + (hint == null ? "" : " (did you mean '" + hint + "'?)"));
    }
    return p;
  }

  private ParameterException bad(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** The value named {@code given}, in any case, as every option value is read. */
  private <E extends Enum<E>> E choice(E[] values, String given, String option) {
    for (E e : values) {
      if (e.toString().equalsIgnoreCase(given)) {
        return e;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E e : values) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(e);
    }
    throw bad(option + " must be one of " + allowed + ", got '" + given + "'");
  }
}
