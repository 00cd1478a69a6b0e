package dev.placementadvisor.cli;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.GateResult;
import dev.placementadvisor.compare.ReportDiff;
import dev.placementadvisor.compare.ReportReader;
import dev.placementadvisor.compare.Snapshot;
import dev.placementadvisor.engine.Assessor;
import dev.placementadvisor.engine.Pipeline;
import dev.placementadvisor.input.InputFiles;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.io.AtomicOutput;
import dev.placementadvisor.render.OutputFormat;
import dev.placementadvisor.render.formats.Renderers;
import dev.placementadvisor.report.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description =
          "The inventory (YAML), or several, or directories of *.yaml files, assessed as one"
              + " estate; - reads standard input. With --import, at most one: the inventory the"
              + " import updates (in memory; the file is not written).")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--import",
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Import these deployment files or directories (as advisor import does) and assess the"
              + " result, with no inventory file written. Give FILE before --import.")
  List<Path> imports;

  @Option(
      names = "--traffic",
      paramLabel = "FILE",
      description = "With --import: measured traffic to merge by service name. Repeatable.")
  List<Path> traffic = new ArrayList<>();

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
          "Search each service's flip points: auto (default) does for a json or markdown"
              + " report of up to "
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

  /**
   * The flip-point search to run: {@code auto} skips it when the output does not show flip points
   * (a table, or a comparison with a baseline), as it is most of a small run's work.
   */
  static Assessor.FlipPoints search(
      Assessor.FlipPoints asked, OutputFormat format, boolean comparing) {
    boolean shown = !comparing && format.detailed();
    return asked == Assessor.FlipPoints.AUTO && !shown ? Assessor.FlipPoints.OFF : asked;
  }

  /** Refuses what --import cannot go with, and an assess with nothing to assess. */
  private void checkImport() {
    if (imports == null && files.isEmpty()) {
      throw new ParameterException(
          terminal.spec.commandLine(), "missing the inventory FILE (or --import PATH...)");
    }
    if (imports == null && !traffic.isEmpty()) {
      throw new ParameterException(terminal.spec.commandLine(), "--traffic needs --import PATH");
    }
    if (imports != null && files.size() > 1) {
      throw new ParameterException(
          terminal.spec.commandLine(),
          "with --import, give at most one inventory FILE: the one the import updates");
    }
  }

  /** The inventory --import makes, over the FILE given when there is one. */
  private Inventory imported() {
    Path base = files.isEmpty() ? null : files.get(0);
    if (base != null) {
      // The inventory the import updates is read as the file it is: not a pipe, not a directory.
      InputFiles.named(base, paths.allowOutside);
      if (!java.nio.file.Files.isRegularFile(base)) {
        throw new dev.placementadvisor.input.InputException(
            dev.placementadvisor.input.Location.ofFile(Text.path(base)),
            java.nio.file.Files.exists(base)
                ? "with --import, the inventory to update must be a regular file"
                : "no such file");
      }
    }
    ImportRun.Result imported =
        ImportRun.run(
            imports,
            traffic,
            paths.allowOutside,
            base,
            null,
            terminal.quiet() ? null : terminal.err());
    String name = base == null ? ImportRun.IN_MEMORY : Text.path(base);
    // The import loaded its text once already; only a FILE that was empty names it otherwise.
    return imported.inventory().displayName().equals(name)
        ? imported.inventory()
        : InventoryLoader.parse(imported.text(), name);
  }

  @Override
  public Integer call() throws Exception {
    if (baseline == null && gates.anyComparing()) {
      throw new ParameterException(
          terminal.spec.commandLine(),
          "--max-increase, --max-service-increase and --fail-on-placement-change need"
              + " --baseline BASE.json (--budget does not)");
    }
    checkImport();
    OutputFormat format =
        output.format(baseline == null ? OutputOptions.REPORT : EnumSet.allOf(OutputFormat.class));
    // Before anything is read: -o must not name an input, nor anything it may not write.
    List<AtomicOutput.Input> inputs = new ArrayList<>();
    for (Path f : files) {
      inputs.add(new AtomicOutput.Input("inventory", f));
    }
    for (Path f : imports == null ? List.<Path>of() : imports) {
      inputs.add(new AtomicOutput.Input("deployment file", f));
    }
    traffic.forEach(f -> inputs.add(new AtomicOutput.Input("traffic file", f)));
    inputs.add(new AtomicOutput.Input("baseline", baseline));
    inputs.add(new AtomicOutput.Input("weights file", weights.file));
    inputs.add(new AtomicOutput.Input("pricing file", weights.pricing));
    AtomicOutput out =
        AtomicOutput.to(output.file(), terminal.out(), inputs.toArray(AtomicOutput.Input[]::new));
    Snapshot base =
        baseline == null ? null : ReportReader.read(InputFiles.named(baseline, paths.allowOutside));
    Pipeline.Loaded loaded =
        imports == null
            ? Pipeline.load(files, weights.file, weights.pricing, paths.allowOutside)
            : Pipeline.loaded(
                List.of(imported()), weights.file, weights.pricing, paths.allowOutside);
    Assessor assessor = loaded.assessor(search(flipPoints, format, base != null));
    // Nor does a table need each service's crossover, platform lines or doors.
    Report report =
        (base == null && !format.detailed() ? assessor.withoutDetails() : assessor)
            .assess(loaded.inventory());
    boolean color = output.toStandardOutput() && terminal.color();
    AtomicOutput.Input catalog =
        new AtomicOutput.Input("pricing catalog the inventory names", loaded.catalogFile());
    if (base == null) {
      // The table fits the terminal it is shown on; a file gets every character.
      int width = output.toStandardOutput() ? terminal.width() : Integer.MAX_VALUE;
      out.write(w -> Renderers.report(format, color, width).render(report, w), catalog);
      // --budget needs no baseline: the estate's total against it.
      List<GateResult> budget =
          gates.budget == null
              ? List.of()
              : List.of(ReportDiff.budget(Snapshot.of(report), gates.budget));
      return Comparisons.verdict(budget, gates.noFail, terminal);
    }
    Comparison c = ReportDiff.compare(base, Snapshot.of(report), gates.options());
    return Comparisons.emit(c, format, out, terminal, color, catalog);
  }
}
