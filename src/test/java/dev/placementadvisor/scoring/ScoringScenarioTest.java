package dev.placementadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.engine.Pipeline;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.FactorGroup;
import dev.placementadvisor.result.Reason;
import dev.placementadvisor.testing.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per registered factor ({@code scoring-<factor-id>.yaml}): the factor's reason is
 * there with its default points, and the service lands where the model says it should.
 */
class ScoringScenarioTest {

  /** What the service named "subject" of a scenario must get with the default weights. */
  record Expected(
      String factor,
      int points,
      int kubernetesScore,
      int placementScore,
      Placement placement,
      String detailFragment) {
    @Override
    public String toString() {
      return factor;
    }
  }

  private static final Map<String, Expected> EXPECTED = new LinkedHashMap<>();

  private static void expect(
      String factor, int points, int k8s, int placementScore, Placement p, String detail) {
    EXPECTED.put(factor, new Expected(factor, points, k8s, placementScore, p, detail));
  }

  static {
    // The seed's score function: each alone stays far below the hybrid band (9) unless a limit
    // moves it. Held connections and runs over 15 minutes keep off Lambda but stay serverless:
    // Fargate holds the connections, Step Functions runs the long job.
    expect("stateful", 3, 3, 3, Placement.KUBERNETES, "keeps state");
    expect("persistent-connections", 3, 3, 3, Placement.SERVERLESS, "persistent connections");
    expect("gpu", 5, 5, 5, Placement.KUBERNETES, "GPU");
    expect("long-running", 2, 2, 2, Placement.SERVERLESS, "1,800 s is over 900 s");
    expect("many-services", 2, 2, 2, Placement.SERVERLESS, "11 services");
    expect("custom-networking", 3, 3, 3, Placement.SERVERLESS, "custom networking");
    expect("platform-team", 3, 3, 3, Placement.SERVERLESS, "1 platform engineer");
    expect("multi-cloud", 4, 4, 4, Placement.SERVERLESS, "more than one cloud");
    // A limit that rules out serverless leaves hybrid dearer than Kubernetes alone: Kubernetes.
    expect("on-premises", 5, 5, 5, Placement.KUBERNETES, "organization must run on premises");
    expect("strict-compliance", 2, 2, 2, Placement.SERVERLESS, "soc2");
    expect("high-volume", 3, 3, 3, Placement.SERVERLESS, "60,000,000");
    expect("long-execution", 2, 2, 2, Placement.SERVERLESS, "20,000 ms");
    expect("budget-predictability", 2, 2, 2, Placement.SERVERLESS, "predictable");
    // Adjustments: not in kubernetesScore, only in the placement score.
    expect("team-size", -4, 0, -4, Placement.SERVERLESS, "3 engineers (1-3)");
    expect("platform-capacity", 2, 3, 5, Placement.SERVERLESS, "3 platform engineers");
    expect("traffic-pattern", 3, 0, 3, Placement.SERVERLESS, "realtime");
    expect("compliance-regime", 2, 2, 4, Placement.SERVERLESS, "fedramp");
    // placementScore expectations exclude the cost factor, which every priced scenario gets;
    // its own scenario: a low-volume API where serverless is far cheaper than a cluster, in total
    // cost of ownership more than 8x (a cluster's operations share): the most points, -9.
    expect("cost", -9, 0, 0, Placement.SERVERLESS, "serverless is");
    // The Wasm audit: no points, decides edge eligibility.
    expect("wasm-audit", 0, 0, 0, Placement.WASM_EDGE, "a Wasm candidate");
    expect("wasm-runtime", 0, 0, 0, Placement.SERVERLESS, "rewrite");
    // Hard limits: no points; each scenario is otherwise a Wasm candidate or a serverless fit.
    expect("limit-gpu", 0, 5, 5, Placement.KUBERNETES, "GPU");
    expect("limit-duration", 0, 2, 2, Placement.KUBERNETES, "7,200 s");
    expect("limit-connections", 0, 3, 3, Placement.KUBERNETES, "persistent connections");
    expect("limit-state", 0, 3, 3, Placement.KUBERNETES, "state");
    expect("limit-memory", 0, 0, 0, Placement.KUBERNETES, "20,480 MB");
    expect("limit-on-premises", 0, 5, 5, Placement.KUBERNETES, "on premises");
    expect("limit-edge", 0, 0, 0, Placement.SERVERLESS, "256 MB");
    expect("limit-no-platform", 0, 0, 0, Placement.KUBERNETES, "wasm-edge: no platform allowed");
  }

  static Stream<Expected> scenarios() {
    return EXPECTED.values().stream();
  }

  @Test
  void everyRegisteredFactorHasAScenarioAndAFixture() {
    List<String> ids = Factors.all().stream().map(Factor::id).toList();

    assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    ids.forEach(id -> Fixtures.path("scoring-" + id + ".yaml"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void factorGivesItsReasonPointsAndPlacement(Expected e) {
    Report report = Pipeline.assess(Fixtures.path("scoring-" + e.factor() + ".yaml"), null);
    ServiceAssessment s = report.service("subject");

    assertThat(s.reasons())
        .filteredOn(r -> r.factor().equals(e.factor()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.points()).as("points of %s", e.factor()).isEqualTo(e.points());
              assertThat(r.detail()).contains(e.detailFragment());
            });
    assertThat(s.kubernetesScore()).as("kubernetesScore").isEqualTo(e.kubernetesScore());
    assertThat(s.placementScore() - costPoints(s))
        .as("placementScore without the cost factor")
        .isEqualTo(e.placementScore());
    assertThat(s.placement()).as("placement; decision %s", s.decision()).isEqualTo(e.placement());
  }

  private static int costPoints(ServiceAssessment s) {
    return s.reasons().stream()
        .filter(r -> r.factor().equals("cost"))
        .mapToInt(Reason::points)
        .sum();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void pointsOfTheWeightedFactorsAddUpToTheScores(Expected e) {
    ServiceAssessment s =
        Pipeline.assess(Fixtures.path("scoring-" + e.factor() + ".yaml"), null).service("subject");

    int seed = 0;
    int all = 0;
    for (Reason r : s.reasons()) {
      Factor f = Factors.byId(r.factor());
      assertThat(f).as("reason %s names a registered factor", r.factor()).isNotNull();
      if (f.group() == FactorGroup.KUBERNETES_SCORE) {
        seed += r.points();
      }
      if (f.group().weighted()) {
        all += r.points();
      } else {
        assertThat(r.points()).as("%s is not weighted", r.factor()).isZero();
      }
    }
    assertThat(seed).isEqualTo(s.kubernetesScore());
    assertThat(all).isEqualTo(s.placementScore());
  }

  @Test
  void manyServicesCountsForEveryServiceOfTheInventory() {
    Report report = Pipeline.assess(Fixtures.path("scoring-many-services.yaml"), null);

    assertThat(report.services()).hasSize(11);
    assertThat(report.services())
        .allSatisfy(s -> assertThat(s.reasons()).anyMatch(r -> r.factor().equals("many-services")));
  }

  @Test
  void limitsRecordWhatTheyRuleOut() {
    for (Factor f : Factors.all()) {
      if (f.group() != FactorGroup.LIMIT) {
        continue;
      }
      ServiceAssessment s =
          Pipeline.assess(Fixtures.path("scoring-" + f.id() + ".yaml"), null).service("subject");
      assertThat(s.excluded()).as(f.id()).containsAll(f.excludes());
      assertThat(f.excludes()).as(f.id()).doesNotContain(Placement.KUBERNETES);
    }
  }
}
