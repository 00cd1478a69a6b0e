package dev.placementadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.Bands;
import dev.placementadvisor.scoring.Weights;
import dev.placementadvisor.scoring.WeightsLoader;
import dev.placementadvisor.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clear-cut cases of the issue: each one has a single right answer the model must give. */
class ClearCutCasesTest {

  private static ServiceAssessment only(String fixture) {
    Report report = Pipeline.assess(Fixtures.path(fixture), null);
    assertThat(report.services()).hasSize(1);
    return report.services().get(0);
  }

  @Test
  void statelessComputeBoundColdStartSensitiveRustApiAtASmallCompanyGoesToTheEdge() {
    ServiceAssessment s = only("engine-rust-api-small-company.yaml");

    assertThat(s.wasmAudit().candidate()).isTrue();
    assertThat(s.wasmAudit().readyForEdge()).isTrue();
    assertThat(s.excluded()).isEmpty();
    assertThat(s.placement()).isEqualTo(Placement.WASM_EDGE);
  }

  @Test
  void spikyLowVolumeWebhookAtAThreePersonStartupIsServerless() {
    ServiceAssessment s = only("engine-webhook-startup.yaml");

    assertThat(s.kubernetesScore()).isZero();
    assertThat(s.reasons())
        .anyMatch(r -> r.factor().equals("team-size") && r.points() < 0)
        .anyMatch(r -> r.factor().equals("traffic-pattern") && r.points() < 0);
    assertThat(s.placement()).isEqualTo(Placement.SERVERLESS);
  }

  @Test
  void gpuInferenceIsKubernetes() {
    ServiceAssessment s = only("engine-gpu-inference.yaml");

    assertThat(s.reasons()).anyMatch(r -> r.factor().equals("gpu") && r.points() == 5);
    assertThat(s.reasons()).anyMatch(r -> r.factor().equals("limit-gpu"));
    assertThat(s.placement()).isEqualTo(Placement.KUBERNETES);
  }

  @Test
  void statefulWebSocketServiceIsNeverServerlessOrEdge() {
    for (Weights w : anyBands()) {
      ServiceAssessment s = assess("engine-stateful-websocket.yaml", w);

      assertThat(s.placement())
          .as("with bands %s", w.bands())
          .isNotIn(Placement.SERVERLESS, Placement.WASM_EDGE);
    }
    assertThat(only("engine-stateful-websocket.yaml").placement()).isEqualTo(Placement.KUBERNETES);
  }

  @Test
  void twoHourJobIsNeverOnLambdaOrTheEdge() {
    for (Weights w : anyBands()) {
      ServiceAssessment s = assess("engine-two-hour-job.yaml", w);

      assertThat(s.placement()).as("with bands %s", w.bands()).isNotEqualTo(Placement.WASM_EDGE);
      assertThat(s.costs().choice().serverless()).isNotEqualTo("aws-lambda");
    }
    ServiceAssessment s = only("engine-two-hour-job.yaml");
    assertThat(s.wasmAudit().candidate()).as("tempting: passes the audit").isTrue();
    assertThat(s.reasons())
        .anyMatch(
            r ->
                r.factor().equals("limit-duration")
                    && r.detail()
                        .endsWith(
                            "(rules out wasm-edge, hybrid; serverless stays open:"
                                + " aws-fargate, aws-step-functions fit)"));
    // A workflow of Lambda steps runs it serverless: billed per run, where Fargate runs all month.
    assertThat(s.placement()).isEqualTo(Placement.SERVERLESS);
    assertThat(s.costs().choice().serverless()).isEqualTo("aws-step-functions");
  }

  @Test
  void steadyVeryHighVolumeServiceAtALargeCompanyIsKubernetes() {
    ServiceAssessment s = only("engine-high-volume-large-company.yaml");

    assertThat(s.reasons()).anyMatch(r -> r.factor().equals("high-volume") && r.points() == 3);
    assertThat(s.placement()).isEqualTo(Placement.KUBERNETES);
  }

  /**
   * 200 engineers, 1 platform engineer, steady 80M requests/month: the cost factor now weighs total
   * costs of ownership on a smooth curve, and the platform team already runs the cluster.
   */
  @Test
  void steadyHighVolumeAtALargeCompanyWithOnePlatformEngineerIsKubernetes() {
    ServiceAssessment s = only("engine-high-volume-one-platform-engineer.yaml");

    assertThat(s.placement()).isEqualTo(Placement.KUBERNETES);
  }

  private static ServiceAssessment assess(String fixture, Weights weights) {
    Pipeline.Loaded loaded = Pipeline.load(Fixtures.path(fixture), null);
    return new Assessor(weights).assess(loaded.inventory()).services().get(0);
  }

  /** Default weights, and bands that would put every score into one placement. */
  private static List<Weights> anyBands() {
    Weights d = WeightsLoader.defaults();
    return List.of(
        d,
        new Weights(d.factors(), new Bands(1000, 1000)),
        new Weights(d.factors(), new Bands(-1000, 1000)),
        new Weights(d.factors(), new Bands(-1000, -1000)));
  }
}
