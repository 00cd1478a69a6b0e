package dev.placementadvisor.cli;

import dev.placementadvisor.engine.Assessor;
import dev.placementadvisor.engine.Pipeline;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code advisor validate FILE}: checks an inventory without assessing it. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check an inventory (and its weights) and report the first problem.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The inventory (YAML).")
  Path file;

  @Mixin WeightsOption weights;
  @Mixin PathsOption paths;
  @Mixin Terminal terminal;

  @Override
  public Integer call() {
    Pipeline.Loaded loaded =
        Pipeline.load(file, weights.file, weights.pricing, paths.allowOutside);
    // Some problems show only when the inventory is priced (an instance type the catalog lacks):
    // assessing it, without the flip-point search, finds exactly what assess would refuse.
    loaded.assessor(Assessor.FlipPoints.OFF).assess(loaded.inventory());
    int n = loaded.inventory().services().size();
    terminal.out().println(dev.placementadvisor.input.Text.path(file) + ": valid (" + n + (n == 1 ? " service)" : " services)"));
    terminal.out().flush();
    return ExitCodes.OK;
  }
}
