package dev.placementadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.cost.Costing;
import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.Organization;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.Sensitivity.FlipPoint;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.scoring.ServiceFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every flip point of every sample is exact: assessed at the flip value the service gets the new
 * placement, and one step back towards its current value it keeps its current placement.
 */
class FlipPointTest {

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("samples"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyFlipPointIsExact(Path sample) {
    Pipeline.Loaded loaded = Pipeline.load(sample, null);
    Assessor assessor = loaded.assessor(Assessor.FlipPoints.ON);
    Inventory inv = loaded.inventory();
    Report report = assessor.assess(inv);
    Costing costing = assessor.costing(inv);
    int checked = 0;
    for (int i = 0; i < inv.services().size(); i++) {
      ServiceAssessment a = report.services().get(i);
      assertThat(a.sensitivity().searched()).isTrue();
      for (FlipPoint f : a.sensitivity().flipPoints()) {
        assertThat(f.placement()).isNotEqualTo(a.placement());
        double step = isInteger(f.input()) ? 1 : Math.max(1e-3, Math.abs(f.value()) * 1e-9);
        double back = f.direction().equals("up") ? f.value() - step : f.value() + step;
        assertThat(placement(assessor, costing, inv, i, f.input(), f.value()))
            .as("%s %s at %s", a.name(), f.input(), f.value())
            .isEqualTo(f.placement());
        assertThat(placement(assessor, costing, inv, i, f.input(), back))
            .as("%s %s just before %s", a.name(), f.input(), f.value())
            .isEqualTo(a.placement());
        checked++;
      }
    }
    assertThat(checked).as("flip points checked in %s", sample).isPositive();
  }

  @Test
  void growthMonthIsTheFirstMonthPastTheTarget() {
    // 1,000,000 × 1.08^m ≥ 2,000,000 first at m = 10 (1.08^9 = 1.999, 1.08^10 = 2.159).
    assertThat(FlipPointFinder.month(1_000_000, 2_000_000, 0.08)).isEqualTo(10);
    assertThat(FlipPointFinder.month(3_000_000, 2_000_000, 0.08)).isZero();
    assertThat(FlipPointFinder.month(1_000_000, 1e12, 0.01)).isNull();
    // Decline: 2,000,000 × 0.9^m ≤ 1,000,000 first at m = 7 (0.9^7 = 0.478).
    assertThat(FlipPointFinder.month(2_000_000, 1_000_000, -0.1)).isEqualTo(7);
  }

  @Test
  void growthReportsTheCrossoverAndFlipMonths() {
    Report report =
        Pipeline.load(Path.of("src/test/resources/fixtures/flip-growing-api.yaml"), null)
            .assessor()
            .assess(
                Pipeline.load(Path.of("src/test/resources/fixtures/flip-growing-api.yaml"), null)
                    .inventory());
    ServiceAssessment a = report.services().get(0);
    var g = a.sensitivity().growth();
    assertThat(g).isNotNull();
    assertThat(g.crossoverMonth()).isPositive();
    double crossover = a.costs().crossoverRequests();
    double r = a.requestsPerMonth();
    assertThat(r * Math.pow(1.08, g.crossoverMonth())).isGreaterThanOrEqualTo(crossover);
    assertThat(r * Math.pow(1.08, g.crossoverMonth() - 1)).isLessThan(crossover);
  }

  private static boolean isInteger(String input) {
    return !input.equals("avgDurationMs");
  }

  private static Placement placement(
      Assessor assessor, Costing costing, Inventory inv, int i, String input, double v) {
    Service s = inv.services().get(i);
    Organization org = inv.organization();
    ServiceFacts facts =
        switch (input) {
          case "requestsPerMonth" ->
              ServiceFacts.of(FlipPointFinder.withRequests(s, v), org, inv.services().size());
          case "avgDurationMs" ->
              ServiceFacts.of(FlipPointFinder.withDuration(s, v), org, inv.services().size());
          case "memoryMb" ->
              ServiceFacts.of(FlipPointFinder.withMemory(s, (int) v), org, inv.services().size());
          case "engineers" ->
              ServiceFacts.of(
                  s, FlipPointFinder.withEngineers(org, (int) v), inv.services().size());
          case "platformEngineers" ->
              ServiceFacts.of(
                  s, FlipPointFinder.withPlatformEngineers(org, (int) v), inv.services().size());
          default -> throw new IllegalArgumentException(input);
        };
    return assessor.placementOf(facts, costing, i);
  }
}
