package dev.placementadvisor.cli;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.ReportDiff;
import dev.placementadvisor.compare.ReportReader;
import dev.placementadvisor.input.InputFiles;
import dev.placementadvisor.io.AtomicOutput;
import dev.placementadvisor.render.OutputFormat;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code advisor diff BASE.json CURRENT.json}: compares two saved reports, with the gates. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Compare two reports saved with --format json and hold the change to the gates.")
final class DiffCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "BASE.json", description = "The baseline report.")
  Path baseline;

  @Parameters(index = "1", paramLabel = "CURRENT.json", description = "The current report.")
  Path current;

  @Mixin OutputOptions output;
  @Mixin GateMixin gates;
  @Mixin PathsOption paths;
  @Mixin Terminal terminal;

  @Override
  public Integer call() throws Exception {
    // Before anything is read: -o must not name an input, nor anything it may not write.
    OutputFormat format = output.format(EnumSet.allOf(OutputFormat.class));
    AtomicOutput out =
        AtomicOutput.to(
            output.file(),
            terminal.out(),
            new AtomicOutput.Input("baseline", baseline),
            new AtomicOutput.Input("current report", current));
    Comparison c =
        ReportDiff.compare(
            ReportReader.read(InputFiles.named(baseline, paths.allowOutside)),
            ReportReader.read(InputFiles.named(current, paths.allowOutside)),
            gates.options());
    return Comparisons.emit(
        c, format, out, terminal, output.toStandardOutput() && terminal.color());
  }
}
