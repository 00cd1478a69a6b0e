package dev.placementadvisor.cli;

import dev.placementadvisor.engine.Pipeline;
import dev.placementadvisor.report.Report;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code advisor assess FILE}: assesses every service of an inventory. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Assess every service of an inventory and recommend a placement for each.")
final class AssessCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The inventory (YAML).")
  Path file;

  @Mixin OutputOptions output;
  @Mixin WeightsOption weights;
  @Mixin Terminal terminal;

  @Override
  public Integer call() throws Exception {
    Report report = Pipeline.assess(file, weights.file, weights.pricing);
    boolean color = output.output == null && terminal.color();
    AtomicOutput.write(
        output.output, terminal.out(), w -> output.format.renderer(color).render(report, w));
    return ExitCodes.OK;
  }
}
