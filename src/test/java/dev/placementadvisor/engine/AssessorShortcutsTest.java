package dev.placementadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.cost.Costing;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.inventory.Organization;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.Sensitivity;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.Bands;
import dev.placementadvisor.result.ServiceCosts;
import dev.placementadvisor.result.WasmAudit;
import dev.placementadvisor.scoring.ServiceFacts;
import dev.placementadvisor.scoring.WeightsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's shortcuts give the answers of the long way round: deciding on every core gives what
 * deciding in order gives, the placement from points alone is the placement of the full decision,
 * and the charted services are the first of the full sort.
 */
class AssessorShortcutsTest {
  private static final String[] RUNTIMES = {
    "go",
    "java",
    "kotlin",
    "typescript",
    "javascript",
    "python",
    "rust",
    "dotnet",
    "ruby",
    "php",
    "tinygo",
    "c",
    "cpp",
    "zig",
    "assemblyscript"
  };
  private static final String[] PATTERNS = {
    "steady", "spiky", "event-driven", "batch", "realtime", "unpredictable"
  };
  private static final String[] REGIMES = {"soc2", "pci-dss", "hipaa", "gdpr", "fedramp"};

  /** A random inventory that sets every field the engine reads, some services on the edge. */
  static String inventory(Random r, int services, boolean autoscaling, boolean freeTier) {
    StringBuilder b = new StringBuilder("version: 1\norganization:\n  name: Test\n");
    b.append("  engineers: ").append(1 + r.nextInt(60)).append('\n');
    b.append("  platformEngineers: ").append(r.nextInt(4)).append('\n');
    b.append("  compliance: [").append(REGIMES[r.nextInt(REGIMES.length)]).append("]\n");
    b.append(
            "  kubernetes: {instanceType: t3.medium, minNodes: 2, targetUtilization: 70%,"
                + " autoscaling: ")
        .append(autoscaling)
        .append("}\n");
    b.append("pricing:\n  freeTier: ").append(freeTier).append('\n');
    b.append("services:\n");
    for (int i = 0; i < services; i++) {
      b.append("  - name: svc-").append(i).append('\n');
      b.append("    traffic: {pattern: ")
          .append(PATTERNS[r.nextInt(PATTERNS.length)])
          .append(", requestsPerMonth: ")
          .append((long) Math.pow(10, 3 + r.nextDouble() * 6))
          .append(r.nextInt(4) == 0 ? ", growthPerMonth: " + (1 + r.nextInt(9)) + "%" : "")
          .append("}\n");
      if (r.nextInt(5) > 0) {
        b.append("    runtime: ").append(RUNTIMES[r.nextInt(RUNTIMES.length)]).append('\n');
      }
      b.append("    avgDurationMs: ")
          .append(1 + r.nextInt(r.nextInt(10) == 0 ? 40_000 : 900))
          .append('\n');
      int[] memory = {64, 128, 256, 1024, 4096, 12_288};
      b.append("    memoryMb: ").append(memory[r.nextInt(memory.length)]).append('\n');
      String[] workloads = {"io-bound", "mixed", "compute-bound"};
      b.append("    workload: ").append(workloads[r.nextInt(3)]).append('\n');
      int flag = r.nextInt(20);
      if (flag == 0) {
        b.append("    stateful: true\n");
      } else if (flag == 1) {
        b.append("    persistentConnections: true\n");
      } else if (flag == 2) {
        b.append("    gpu: true\n");
      } else if (flag == 3) {
        b.append("    maxDurationSeconds: 3600\n");
      } else if (flag == 4) {
        b.append("    onPremises: true\n");
      } else if (flag == 5) {
        b.append("    customNetworking: true\n");
      }
      if (r.nextInt(3) > 0) {
        b.append("    coldStartSensitive: true\n");
      }
      String[] gateways = {"none", "rest", "http"};
      b.append("    apiGateway: ").append(gateways[r.nextInt(3)]).append('\n');
      if (r.nextInt(5) == 0) {
        b.append("    vpcEgress: true\n");
      }
      if (r.nextInt(5) == 0) {
        b.append("    logsGbPerMonth: ").append(1 + r.nextInt(40)).append('\n');
      }
      if (r.nextInt(8) == 0) {
        b.append("    compliance: [").append(REGIMES[r.nextInt(REGIMES.length)]).append("]\n");
      }
      if (r.nextInt(4) == 0) {
        b.append("    architecture: arm64\n");
      }
    }
    return b.toString();
  }

  static Assessor assessor(Assessor.FlipPoints flipPoints) {
    return new Assessor(WeightsLoader.defaults(), null, flipPoints);
  }

  @Test
  void decidingOnEveryCoreIsDecidingInOrder() {
    Random r = new Random(5);
    int[][] cases = {{700, 1}, {300, 0}, {40, 1}};
    for (int[] c : cases) {
      Inventory inv =
          InventoryLoader.parse(inventory(r, c[0], r.nextBoolean(), r.nextBoolean()), "test.yaml");
      Assessor assessor = assessor(c[1] == 1 ? Assessor.FlipPoints.ON : Assessor.FlipPoints.OFF);
      Costing costing = assessor.costing(inv);
      Assessor.Decisions parallelDecisions = assessor.decideAll(inv, costing, true);
      Assessor.Decisions sequentialDecisions = assessor.decideAll(inv, costing, false);
      Assessor.Decided[] parallel = parallelDecisions.decided();
      Assessor.Decided[] sequential = sequentialDecisions.decided();
      assertThat(parallel).containsExactly(sequential);
      assertThat(parallelDecisions.placements()).containsExactly(sequentialDecisions.placements());
      assertThat(parallelDecisions.edgeFront()).containsExactly(sequentialDecisions.edgeFront());
      assertThat(parallelDecisions.nearest().indices())
          .isEqualTo(sequentialDecisions.nearest().indices());
      assertThat(List.of(parallel).stream().map(Assessor.Decided::placement).distinct().count())
          .as("placements")
          .isGreaterThan(2);
    }
  }

  @Test
  void aReportIsTheSameFromOneThreadOrMany() {
    Random r = new Random(6);
    Inventory inv = InventoryLoader.parse(inventory(r, 400, true, false), "test.yaml");
    Report once = assessor(Assessor.FlipPoints.OFF).assess(inv);
    for (int i = 0; i < 3; i++) {
      assertThat(assessor(Assessor.FlipPoints.OFF).assess(inv)).isEqualTo(once);
    }
  }

  static Stream<Path> inventories() throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("samples"))) {
      s.filter(p -> p.toString().endsWith(".yaml")).forEach(all::add);
    }
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/fixtures"))) {
      s.filter(p -> p.getFileName().toString().matches("(engine|cost|flip)-.*\\.yaml"))
          .forEach(all::add);
    }
    return all.stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("inventories")
  void placementFromPointsIsThePlacementOfTheDecision(Path file) {
    Pipeline.Loaded loaded = Pipeline.load(file, null);
    Inventory inv = loaded.inventory();
    Assessor assessor = loaded.assessor(Assessor.FlipPoints.OFF);
    Costing costing = assessor.costing(inv);
    Organization org = inv.organization();
    int count = inv.services().size();
    for (int i = 0; i < count; i++) {
      Service s = inv.services().get(i);
      List<ServiceFacts> variants = new ArrayList<>();
      for (double f : new double[] {0, 0.001, 0.1, 0.5, 1, 2, 10, 1000, 1e6}) {
        variants.add(
            ServiceFacts.of(
                FlipPointFinder.withRequests(s, s.traffic().requestsPerMonth() * f), org, count));
        variants.add(
            ServiceFacts.of(
                FlipPointFinder.withDuration(s, Math.max(0.001, s.avgDurationMs() * f)),
                org,
                count));
        variants.add(
            ServiceFacts.of(
                FlipPointFinder.withMemory(
                    s, (int) Math.max(1, Math.min(1_048_576, s.memoryMb() * f))),
                org,
                count));
      }
      for (int n : new int[] {0, 1, 2, 3, 5, 20, 1000}) {
        variants.add(ServiceFacts.of(s, FlipPointFinder.withPlatformEngineers(org, n), count));
        variants.add(ServiceFacts.of(s, FlipPointFinder.withEngineers(org, Math.max(1, n)), count));
      }
      for (ServiceFacts v : variants) {
        assertThat(assessor.placementOf(v, costing, i))
            .as("%s in %s", s.name(), file)
            .isEqualTo(assessor.placementWithReasons(v, costing, i));
      }
    }
  }

  @Test
  void placeIsThePlacementOfDecide() {
    List<Bands> bands =
        List.of(
            WeightsLoader.defaults().bands(), new Bands(0, 5), new Bands(-3, 20), new Bands(4, 4));
    List<WasmAudit> audits = new ArrayList<>();
    for (int c = 0; c < 8; c++) {
      for (WasmAudit.RuntimeFit fit : WasmAudit.RuntimeFit.values()) {
        audits.add(new WasmAudit((c & 1) != 0, (c & 2) != 0, (c & 4) != 0, fit));
      }
    }
    int checked = 0;
    for (Bands b : bands) {
      for (int score = -10; score <= 30; score++) {
        for (WasmAudit audit : audits) {
          for (int bits = 0; bits < 16; bits++) {
            Set<Placement> excluded = EnumSet.noneOf(Placement.class);
            for (Placement p : Placement.values()) {
              if ((bits & 1 << p.ordinal()) != 0) {
                excluded.add(p);
              }
            }
            for (int k : new int[] {score, score - 3, 0}) {
              for (ServiceCosts costs : COSTS) {
                assertThat(Decision.place(score, audit, excluded, b, costs))
                    .isEqualTo(Decision.decide(k, score, audit, excluded, b, costs).placement());
                checked++;
              }
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  /**
   * Costs that leave every cost rule quiet (none), make the edge too dear and hybrid dearer than
   * the pure placements, and make hybrid the cheapest.
   */
  private static final List<ServiceCosts> COSTS =
      java.util.Arrays.asList(
          null, new ServiceCosts(10, 100, 50, 120, null), new ServiceCosts(10, 100, 12, 9, null));

  @Test
  void nearestCrossoversAreTheFirstOfTheSort() {
    Random r = new Random(7);
    for (int round = 0; round < 300; round++) {
      int n = r.nextInt(40);
      List<ServiceAssessment> assessed = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        double[] crossovers = {0, 1e6, 2e6, 4e6, 1e7};
        Double x = r.nextInt(6) == 0 ? null : crossovers[r.nextInt(crossovers.length)];
        double[] volumes = {0, 5e5, 1e6, 2e6, 4e6, 8e6};
        assessed.add(assessment("s" + r.nextInt(8), volumes[r.nextInt(volumes.length)], x));
      }
      List<Integer> candidates = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Double x = assessed.get(i).costs().crossoverRequests();
        if (x != null && x > 0 && assessed.get(i).requestsPerMonth() > 0) {
          candidates.add(i);
        }
      }
      candidates.sort(
          Comparator.comparingDouble(
                  (Integer i) ->
                      Math.abs(
                          Math.log(
                              assessed.get(i).requestsPerMonth()
                                  / assessed.get(i).costs().crossoverRequests())))
              .thenComparing(i -> assessed.get(i).name()));
      double[] nearness = new double[n];
      for (int i = 0; i < n; i++) {
        nearness[i] =
            Assessor.nearness(
                assessed.get(i).requestsPerMonth(), assessed.get(i).costs().crossoverRequests());
      }
      for (int count = 1; count <= 4; count++) {
        assertThat(Assessor.nearestCrossover(assessed, nearness, count))
            .isEqualTo(candidates.subList(0, Math.min(count, candidates.size())));
      }
    }
  }

  private static ServiceAssessment assessment(String name, double requests, Double crossover) {
    return new ServiceAssessment(
        name,
        Location.ofFile(name),
        Placement.SERVERLESS,
        0,
        0,
        Placement.SERVERLESS,
        new WasmAudit(true, false, false, WasmAudit.RuntimeFit.GOOD),
        List.of(),
        Set.of(),
        List.of(),
        null,
        new ServiceCosts(1, 2, 3, 4, crossover),
        requests,
        1,
        new Sensitivity(null, null),
        null);
  }
}
