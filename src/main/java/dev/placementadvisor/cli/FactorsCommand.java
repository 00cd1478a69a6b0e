package dev.placementadvisor.cli;

import dev.placementadvisor.render.FactorsRenderer;
import dev.placementadvisor.scoring.Weights;
import dev.placementadvisor.scoring.WeightsLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code advisor factors}: lists every factor, audit step and limit with its weight and source. */
@Command(
    name = "factors",
    mixinStandardHelpOptions = true,
    description =
        "List every scoring factor, audit step and platform limit with its ID, weight and source.")
final class FactorsCommand implements Callable<Integer> {
  @Option(
      names = "--markdown",
      description = "Print markdown tables (as in docs/scoring.md) instead of plain text.")
  boolean markdown;

  @Mixin WeightsOption weights;
  @Mixin PathsOption paths;
  @Mixin Terminal terminal;

  @Override
  public Integer call() throws Exception {
    Weights w = WeightsLoader.defaults();
    if (weights.file != null) {
      w =
          WeightsLoader.applyFile(
              w,
              dev.placementadvisor.input.InputFiles.named(weights.file, paths.allowOutside));
    }
    new FactorsRenderer(markdown).render(w, terminal.out());
    terminal.out().flush();
    return ExitCodes.OK;
  }
}
