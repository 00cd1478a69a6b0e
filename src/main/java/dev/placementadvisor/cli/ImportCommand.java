package dev.placementadvisor.cli;

import dev.placementadvisor.io.AtomicOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code advisor import PATH... [-o inventory.yaml] [--traffic FILE]...}: writes an inventory from
 * deployment files, with measured traffic where given; over an existing inventory, updates what the
 * files say and keeps the rest (docs/import.md).
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write an inventory from deployment files: Kubernetes manifests (kubectl, helm template,"
          + " kustomize build output), Docker Compose files, AWS SAM and CloudFormation"
          + " templates, Serverless Framework files, Terraform plans (terraform show -json) and"
          + " Cloudflare wrangler files.",
      "What the files cannot say (traffic above all) is a placeholder marked TODO; --traffic"
          + " fills it from measured figures. Importing again over an inventory (-o) updates"
          + " what the files say and keeps what a person added."
    })
final class ImportCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Deployment files, or directories to search for them (hidden directories skipped;"
              + " files no format reads skipped).")
  List<Path> paths;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the inventory to this file instead of standard output (- is standard output);"
              + " when it is an inventory already, update it. Replaced atomically.")
  Path output;

  @Option(
      names = "--traffic",
      paramLabel = "FILE",
      description =
          "Measured traffic to merge by service name: a CSV (columns service, requests,"
              + " avg_duration_ms, p95_duration_ms, max_memory_mb, peak_rps, period_days),"
              + " CloudWatch metric data, a Prometheus range query or an Infracost usage file."
              + " Repeatable.")
  List<Path> traffic = new ArrayList<>();

  @Mixin PathsOption outside;
  @Mixin Terminal terminal;

  @Override
  public Integer call() throws Exception {
    Path out = output == null || output.toString().equals("-") ? null : output;
    List<AtomicOutput.Input> inputs = new ArrayList<>();
    paths.forEach(p -> inputs.add(new AtomicOutput.Input("deployment file", p)));
    traffic.forEach(p -> inputs.add(new AtomicOutput.Input("traffic file", p)));
    AtomicOutput target =
        AtomicOutput.to(out, terminal.out(), inputs.toArray(AtomicOutput.Input[]::new));
    String text =
        ImportRun.run(
                paths,
                traffic,
                outside.allowOutside,
                out,
                out,
                terminal.quiet() ? null : terminal.err())
            .text();
    target.write(w -> w.write(text));
    return ExitCodes.OK;
  }
}
