package dev.placementadvisor.cli;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.ReportDiff;
import dev.placementadvisor.compare.ReportReader;
import dev.placementadvisor.compare.Snapshot;
import dev.placementadvisor.engine.Assessor;
import dev.placementadvisor.engine.Pipeline;
import dev.placementadvisor.input.InputFiles;
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
  @Mixin PathsOption paths;

  @Option(
      names = "--baseline",
      paramLabel = "BASE.json",
      description = "A report saved with --format json to compare with.")
  Path baseline;

  @Option(
      names = "--flip-points",
      paramLabel = "auto|on|off",
      defaultValue = "auto",
      converter = FlipPointsConverter.class,
      description =
          "Search each service's flip points: auto (default) does for inventories of up to "
              + Assessor.FLIP_POINTS_AUTO_LIMIT
              + " services; on and off force it.")
  Assessor.FlipPoints flipPoints;

  @Mixin GateMixin gates;
  @Mixin Terminal terminal;

  /** Parses auto, on or off. */
  static final class FlipPointsConverter
      implements picocli.CommandLine.ITypeConverter<Assessor.FlipPoints> {
    @Override
    public Assessor.FlipPoints convert(String value) {
      for (Assessor.FlipPoints f : Assessor.FlipPoints.values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not one of auto, on, off");
    }
  }

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
    // Before anything is read: -o must not name an input, nor anything it may not write.
    AtomicOutput out =
        AtomicOutput.to(
            output.output,
            terminal.out(),
            new AtomicOutput.Input("inventory", file),
            new AtomicOutput.Input("baseline", baseline),
            new AtomicOutput.Input("weights file", weights.file),
            new AtomicOutput.Input("pricing file", weights.pricing));
    Snapshot base =
        baseline == null ? null : ReportReader.read(InputFiles.named(baseline, paths.allowOutside));
    Pipeline.Loaded loaded =
        Pipeline.load(file, weights.file, weights.pricing, paths.allowOutside);
    Report report = loaded.assessor(flipPoints).assess(loaded.inventory());
    boolean color = output.output == null && terminal.color();
    AtomicOutput.Input catalog =
        new AtomicOutput.Input(
            "pricing catalog the inventory names", loaded.catalogFile());
    if (base == null) {
      out.write(w -> output.format.renderer(color).render(report, w), catalog);
      return ExitCodes.OK;
    }
    Comparison c = ReportDiff.compare(base, Snapshot.of(report), gates.options());
    return Comparisons.emit(c, output, out, terminal, color, catalog);
  }
}
