package dev.placementadvisor.cli;

import dev.placementadvisor.cost.Costing;
import dev.placementadvisor.engine.Assessor;
import dev.placementadvisor.engine.Pipeline;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.io.AtomicOutput;
import dev.placementadvisor.render.OutputFormat;
import dev.placementadvisor.render.explain.ExplainRenderer;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.scoring.Factors;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code advisor explain FILE SERVICE}: every factor, point and step for one service. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Show every factor, its points and its reason, and the decision for one service.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The inventory (YAML).")
  Path file;

  @Parameters(index = "1", paramLabel = "SERVICE", description = "The service's name.")
  String service;

  @Mixin WeightsOption weights;
  @Mixin OutputOptions output;
  @Mixin PathsOption paths;
  @Mixin Terminal terminal;

  @Override
  public Integer call() throws Exception {
    OutputFormat format = output.format(ExplainRenderer.FORMATS);
    AtomicOutput out =
        AtomicOutput.to(
            output.file(),
            terminal.out(),
            new AtomicOutput.Input("inventory", file),
            new AtomicOutput.Input("weights file", weights.file),
            new AtomicOutput.Input("pricing file", weights.pricing));
    Pipeline.Loaded loaded = Pipeline.load(file, weights.file, weights.pricing, paths.allowOutside);
    Service s = loaded.inventory().service(service);
    if (s == null) {
      List<String> names = loaded.inventory().services().stream().map(Service::name).toList();
      String hint = Text.didYouMean(service, names);
      throw new InputException(
          Location.ofFile(Text.path(file)),
          "no service named '"
              + Text.shorten(service)
              + "'"
              + (hint != null ? " (did you mean '" + hint + "'?)" : "")
              + "; services: "
              + listed(names));
    }
    Assessor assessor = loaded.assessor(Assessor.FlipPoints.OFF);
    Costing costing = assessor.costing(loaded.inventory());
    int index = loaded.inventory().services().indexOf(s);
    Report report = assessor.assess(loaded.inventory());
    ServiceAssessment a =
        assessor.withFlipPoints(loaded.inventory(), costing, report.services().get(index), index);
    boolean color = output.toStandardOutput() && terminal.color();
    out.write(
        w ->
            new ExplainRenderer(
                    color, Factors.entries(loaded.weights()), report.operations(), s.source())
                .render(
                    a,
                    costing.explain(index),
                    costing.dataTier(index, a.costs().choice().on(a.placement()), true),
                    Text.path(file),
                    format,
                    w),
        new AtomicOutput.Input("pricing catalog the inventory names", loaded.catalogFile()));
    return ExitCodes.OK;
  }

  private static String listed(List<String> names) {
    int max = 20;
    if (names.size() <= max) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, max)) + " and " + (names.size() - max) + " more";
  }
}
