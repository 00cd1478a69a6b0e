package dev.placementadvisor.cli;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.ReportDiff;
import dev.placementadvisor.compare.ReportReader;
import dev.placementadvisor.compare.Snapshot;
import dev.placementadvisor.engine.Pipeline;
import dev.placementadvisor.report.Report;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code advisor assess FILE}: assesses every service, optionally against a baseline. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Assess every service of an inventory and recommend a placement for each.",
      "With --baseline, compare with a saved JSON report and hold the change to the gates."
    })
final class AssessCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The inventory (YAML).")
  Path file;

  @Mixin OutputOptions output;
  @Mixin WeightsOption weights;

  @Option(
      names = "--baseline",
      paramLabel = "BASE.json",
      description = "A report saved with --format json to compare with.")
  Path baseline;

  @Mixin GateMixin gates;
  @Mixin Terminal terminal;

  @Override
  public Integer call() throws Exception {
    if (baseline == null) {
      if (gates.any() || gates.noFail) {
        throw new ParameterException(
            terminal.spec.commandLine(), "the gate options need --baseline BASE.json");
      }
      if (output.format.comparisonOnly()) {
        throw new ParameterException(
            terminal.spec.commandLine(),
            "--format " + output.format.id() + " needs --baseline BASE.json");
      }
    }
    Snapshot base = baseline == null ? null : ReportReader.read(baseline);
    Report report = Pipeline.assess(file, weights.file, weights.pricing);
    boolean color = output.output == null && terminal.color();
    if (base == null) {
      AtomicOutput.write(
          output.output, terminal.out(), w -> output.format.renderer(color).render(report, w));
      return ExitCodes.OK;
    }
    Comparison c = ReportDiff.compare(base, Snapshot.of(report), gates.options());
    return Comparisons.emit(c, output, terminal, color);
  }
}
