package dev.placementadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.engine.Assessor;
import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.Bands;
import dev.placementadvisor.result.FactorGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hard platform limit keeps its excluded placements out, whatever else pulls towards them: a
 * Wasm candidate, a tiny team, spiky traffic, many platform engineers, or bands that would put
 * every score in one placement.
 */
class HardLimitTest {
  /** The service lines that make each limit fire. */
  private static final Map<String, String> TRIGGERS = new LinkedHashMap<>();

  static {
    TRIGGERS.put("limit-gpu", "    gpu: true\n");
    TRIGGERS.put("limit-duration", "    maxDurationSeconds: 7200\n");
    TRIGGERS.put("limit-connections", "    persistentConnections: true\n");
    TRIGGERS.put("limit-state", "    stateful: true\n");
    TRIGGERS.put("limit-memory", "    memoryMb: 20480\n");
    TRIGGERS.put("limit-on-premises", "    onPremises: true\n");
    TRIGGERS.put("limit-edge", "    memoryMb: 256\n");
    TRIGGERS.put("limit-no-platform", "    platforms: [aws-eks]\n");
  }

  private static final String WASM_CANDIDATE =
      "    runtime: rust\n    workload: compute-bound\n    coldStartSensitive: true\n";

  private static final List<Weights> WEIGHTS =
      List.of(
          WeightsLoader.defaults(),
          // Every score in the serverless band.
          new Weights(WeightsLoader.defaults().factors(), new Bands(1000, 1000)),
          // Every score in the hybrid band.
          new Weights(WeightsLoader.defaults().factors(), new Bands(-1000, 1000)),
          // Every score in the kubernetes band.
          new Weights(WeightsLoader.defaults().factors(), new Bands(-1000, -1000)));

  static Stream<String> limits() {
    return TRIGGERS.keySet().stream();
  }

  @Test
  void everyRegisteredLimitHasATrigger() {
    List<String> limits =
        Factors.all().stream().filter(f -> f.group() == FactorGroup.LIMIT).map(Factor::id).toList();

    assertThat(TRIGGERS.keySet()).containsExactlyInAnyOrderElementsOf(limits);
  }

  /** The platforms of version 1, with which Lambda's limits rule serverless out. */
  private static final String LAMBDA_ONLY =
      ", platforms: [aws-lambda, aws-eks, cloudflare-workers]";

  /** Inventories that combine the trigger with everything that pulls away from Kubernetes. */
  private static List<String> variants(String trigger) {
    return variants(trigger, "");
  }

  /** The same, with {@code platforms} (", platforms: [...]") in the organization. */
  private static List<String> variants(String trigger, String platforms) {
    List<String> out = new ArrayList<>();
    for (String engineers : List.of("2", "40")) {
      for (String platform : List.of("0", "4")) {
        for (String pattern : List.of("spiky", "steady", "batch")) {
          for (String requests : List.of("10K", "200M")) {
            for (boolean candidate : List.of(true, false)) {
              out.add(
                  "version: 1\n"
                      + "organization: {engineers: "
                      + engineers
                      + ", platformEngineers: "
                      + platform
                      + platforms
                      + "}\n"
                      + "services:\n"
                      + "  - name: subject\n"
                      + "    traffic: {pattern: "
                      + pattern
                      + ", requestsPerMonth: "
                      + requests
                      + "}\n"
                      + (candidate ? WASM_CANDIDATE : "    workload: io-bound\n")
                      + trigger);
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * With the platforms of version 1 a limit rules out all it names; with every AWS platform, a
   * limit of Lambda's (a run's length, a held connection, memory) leaves serverless open while
   * another serverless platform fits (Step Functions, Fargate), and a serverless placement is then
   * on a platform the service fits.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void excludedPlacementsAreNeverChosen(String limitId) {
    Factor limit = Factors.byId(limitId);
    assertThat(limit.excludes()).isNotEmpty();

    int checked = 0;
    int spared = 0;
    for (String platforms : List.of(LAMBDA_ONLY, "")) {
      for (String yaml : variants(TRIGGERS.get(limitId), platforms)) {
        Inventory inventory = InventoryLoader.parse(yaml, "gen.yaml");
        for (Weights w : WEIGHTS) {
          ServiceAssessment s = new Assessor(w).assess(inventory).service("subject");
          assertThat(s.reasons())
              .as("%s fires for%n%s", limitId, yaml)
              .anyMatch(r -> r.factor().equals(limitId) && r.points() == 0);
          boolean serverlessFits =
              s.costs().choice().platforms().stream()
                  .anyMatch(q -> q.placement() == Placement.SERVERLESS && q.feasible());
          java.util.Set<Placement> expected = java.util.EnumSet.copyOf(limit.excludes());
          if (serverlessFits && Factors.spares(limitId, Placement.SERVERLESS)) {
            expected.remove(Placement.SERVERLESS);
            spared++;
          }
          assertThat(s.excluded()).as(yaml).containsAll(expected);
          assertThat(s.excluded())
              .as("%s with bands %s chose %s for%n%s", limitId, w.bands(), s.placement(), yaml)
              .doesNotContain(s.placement());
          if (s.placement() == Placement.SERVERLESS) {
            String on = s.costs().choice().serverless();
            assertThat(s.costs().choice().platforms())
                .as(yaml)
                .anyMatch(q -> q.id().equals(on) && q.feasible());
          }
          if (platforms.equals(LAMBDA_ONLY)) {
            assertThat(s.excluded()).as(yaml).containsAll(limit.excludes());
          }
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(2 * 2 * 2 * 3 * 2 * 2 * WEIGHTS.size());
    boolean lambdas =
        List.of("limit-duration", "limit-connections", "limit-memory").contains(limitId);
    assertThat(spared).as("times serverless stayed open").isEqualTo(lambdas ? checked / 2 : 0);
  }

  @Test
  void withoutATriggerNoLimitFires() {
    for (String yaml : variants("")) {
      ServiceAssessment s =
          new Assessor(WeightsLoader.defaults())
              .assess(InventoryLoader.parse(yaml, "gen.yaml"))
              .service("subject");
      assertThat(s.excluded()).as(yaml).isEmpty();
      assertThat(s.reasons()).noneMatch(r -> r.factor().startsWith("limit-"));
    }
  }

  @Test
  void kubernetesIsTheFallbackWhenLimitsRuleOutEverythingElse() {
    String yaml =
        "version: 1\nservices:\n  - name: subject\n"
            + "    traffic: {pattern: spiky, requestsPerMonth: 1K}\n"
            + WASM_CANDIDATE
            + "    gpu: true\n    stateful: true\n    memoryMb: 20480\n";
    ServiceAssessment s =
        new Assessor(WeightsLoader.defaults())
            .assess(InventoryLoader.parse(yaml, "gen.yaml"))
            .service("subject");

    assertThat(s.excluded())
        .containsExactlyInAnyOrder(Placement.WASM_EDGE, Placement.SERVERLESS, Placement.HYBRID);
    assertThat(s.placement()).isEqualTo(Placement.KUBERNETES);
  }
}
