package dev.placementadvisor.cli;

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
  @Mixin Terminal terminal;

  @Override
  public Integer call() {
    Pipeline.Loaded loaded = Pipeline.load(file, weights.file, weights.pricing);
    int n = loaded.inventory().services().size();
    terminal.out().println(file + ": valid (" + n + (n == 1 ? " service)" : " services)"));
    terminal.out().flush();
    return ExitCodes.OK;
  }
}
