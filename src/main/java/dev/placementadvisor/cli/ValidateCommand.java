package dev.placementadvisor.cli;

import dev.placementadvisor.engine.Assessor;
import dev.placementadvisor.engine.Pipeline;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.InputFiles;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.inventory.Inventory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code advisor validate FILE...}: checks inventories without reporting on them: each file, then
 * the files together as one estate, exactly as {@code assess} would take them. Each file is read
 * once (it may be a pipe or standard input).
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check inventories (and their weights and prices) and report each file's first problem.",
      "Several files, or a directory of *.yaml files, are checked each, then as one estate."
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Inventories (YAML), directories of them, or - for standard input.")
  List<Path> files;

  @Mixin WeightsOption weights;
  @Mixin PathsOption paths;
  @Mixin Terminal terminal;

  @Override
  public Integer call() {
    List<Path> all = InputFiles.expand(files);
    List<Inventory> parts = new ArrayList<>();
    boolean valid = true;
    for (Path file : all) {
      try {
        Inventory inventory = Pipeline.inventory(file, paths.allowOutside);
        if (all.size() > 1) {
          // Each file's own catalog and prices, as if it were assessed alone.
          check(List.of(inventory));
        }
        parts.add(inventory);
        int n = inventory.services().size();
        terminal
            .out()
            .println(
                inventory.displayName() + ": valid (" + n + (n == 1 ? " service)" : " services)"));
      } catch (InputException e) {
        valid = false;
        terminal.err().println(Text.printable(e.getMessage()));
      }
    }
    terminal.out().flush();
    terminal.err().flush();
    if (!valid) {
      return ExitCodes.USAGE;
    }
    // The files as one estate, priced: what assess would refuse (files that disagree, an
    // instance type the catalog lacks) is refused here.
    check(parts);
    return ExitCodes.OK;
  }

  private void check(List<Inventory> inventories) {
    Pipeline.Loaded loaded =
        Pipeline.loaded(inventories, weights.file, weights.pricing, paths.allowOutside);
    loaded.assessor(Assessor.FlipPoints.OFF).assess(loaded.inventory());
  }
}
