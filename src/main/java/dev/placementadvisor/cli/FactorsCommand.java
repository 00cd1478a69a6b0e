package dev.placementadvisor.cli;

import dev.placementadvisor.input.InputFiles;
import dev.placementadvisor.io.AtomicOutput;
import dev.placementadvisor.render.OutputFormat;
import dev.placementadvisor.render.registry.FactorsRenderer;
import dev.placementadvisor.scoring.Factors;
import dev.placementadvisor.scoring.Weights;
import dev.placementadvisor.scoring.WeightsLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code advisor factors}: lists every factor, audit step and limit with its weight and source. */
@Command(
    name = "factors",
    mixinStandardHelpOptions = true,
    description =
        "List every scoring factor, audit step and platform limit with its ID, weight and source.")
final class FactorsCommand implements Callable<Integer> {
  @Mixin WeightsOption weights;
  @Mixin OutputOptions output;
  @Mixin PathsOption paths;
  @Mixin Terminal terminal;

  @Override
  public Integer call() throws Exception {
    OutputFormat format = output.format(FactorsRenderer.FORMATS);
    AtomicOutput out =
        AtomicOutput.to(
            output.file(), terminal.out(), new AtomicOutput.Input("weights file", weights.file));
    Weights w = WeightsLoader.defaults();
    if (weights.file != null) {
      w = WeightsLoader.applyFile(w, InputFiles.named(weights.file, paths.allowOutside));
    }
    Weights inForce = w;
    out.write(
        o -> new FactorsRenderer().render(Factors.entries(inForce), inForce.bands(), format, o));
    return ExitCodes.OK;
  }
}
