package dev.placementadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.engine.Pipeline;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.Reason;
import dev.placementadvisor.result.Weight;
import dev.placementadvisor.testing.CliRunner;
import dev.placementadvisor.testing.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Weights come from the defaults, then the inventory's {@code weights:} block, then a {@code
 * --weights} file; each override changes only what it names.
 */
class WeightsOverrideTest {
  private static final Path PLAIN = Fixtures.path("weights-inventory-plain.yaml");
  private static final Path BLOCK = Fixtures.path("weights-inventory-block.yaml");
  private static final Path BANDS = Fixtures.path("weights-inventory-bands.yaml");
  private static final Path FILE_STATEFUL = Fixtures.path("weights-file-stateful.yaml");
  private static final Path FILE_TEAM = Fixtures.path("weights-file-team-size.yaml");

  private static ServiceAssessment sessions(Path inventory, Path weightsFile) {
    return Pipeline.assess(inventory, weightsFile).service("sessions");
  }

  private static int points(ServiceAssessment s, String factor) {
    return s.reasons().stream()
        .filter(r -> r.factor().equals(factor))
        .mapToInt(Reason::points)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no reason " + factor + " in " + s.reasons()));
  }

  @Test
  void defaultsGiveTheSeedPoints() {
    ServiceAssessment s = sessions(PLAIN, null);

    assertThat(points(s, "stateful")).isEqualTo(3);
    assertThat(points(s, "team-size")).isEqualTo(-4);
    assertThat(s.kubernetesScore()).isEqualTo(3);
    assertThat(s.placementScore()).isEqualTo(-1);
  }

  @Test
  void weightsBlockChangesTheScore() {
    ServiceAssessment s = sessions(BLOCK, null);

    assertThat(points(s, "stateful")).isEqualTo(10);
    assertThat(points(s, "team-size")).isEqualTo(-1);
    assertThat(s.kubernetesScore()).isEqualTo(10);
    assertThat(s.placementScore()).isEqualTo(9);
    assertThat(s.scoreBand()).isEqualTo(Placement.HYBRID);
  }

  @Test
  void weightsFileChangesTheScore() {
    ServiceAssessment s = sessions(PLAIN, FILE_STATEFUL);

    assertThat(points(s, "stateful")).isEqualTo(7);
    assertThat(s.kubernetesScore()).isEqualTo(7);
  }

  @Test
  void theFileWinsOverTheBlock() {
    ServiceAssessment s = sessions(BLOCK, FILE_STATEFUL);

    assertThat(points(s, "stateful")).as("file 7 over block 10").isEqualTo(7);
    assertThat(points(s, "team-size")).as("block bucket the file does not name").isEqualTo(-1);
    assertThat(s.kubernetesScore()).isEqualTo(7);
  }

  @Test
  void partialTableOverrideInTheBlockKeepsTheOtherBuckets() {
    Weights w = Pipeline.load(BLOCK, null).weights();
    Weights d = WeightsLoader.defaults();

    assertThat(w.points("team-size", "1-3")).isEqualTo(-1);
    for (String bucket : Factors.buckets("team-size")) {
      if (!bucket.equals("1-3")) {
        assertThat(w.points("team-size", bucket))
            .as(bucket)
            .isEqualTo(d.points("team-size", bucket));
      }
    }
    for (String id : Factors.weightedIds()) {
      if (!id.equals("stateful") && !id.equals("team-size")) {
        assertThat(w.weight(id)).as(id).isEqualTo(d.weight(id));
      }
    }
    assertThat(w.bands()).isEqualTo(d.bands());
  }

  @Test
  void partialTableOverrideInTheFileMergesWithTheBlock() {
    Weights w = Pipeline.load(BLOCK, FILE_TEAM).weights();
    Weights d = WeightsLoader.defaults();

    assertThat(((Weight.Table) w.weight("team-size")).points())
        .containsOnly(
            Map.entry("1-3", -1), // from the block
            Map.entry("4-8", d.points("team-size", "4-8")),
            Map.entry("9-15", d.points("team-size", "9-15")),
            Map.entry("16+", 9)); // from the file
    assertThat(w.points("stateful")).isEqualTo(10);
  }

  @Test
  void bandsInTheBlockMoveThePlacement() {
    ServiceAssessment s = sessions(BANDS, null);

    assertThat(s.kubernetesScore()).isEqualTo(3);
    assertThat(s.placementScore()).isEqualTo(3);
    assertThat(s.scoreBand()).isEqualTo(Placement.KUBERNETES);
    assertThat(s.placement()).isEqualTo(Placement.KUBERNETES);
    assertThat(sessions(PLAIN, null).scoreBand()).isEqualTo(Placement.SERVERLESS);
  }

  @Test
  void theCommandLineReportsTheOverriddenScore() throws Exception {
    ObjectMapper json = new ObjectMapper();

    CliRunner.Result plain = CliRunner.run("assess", PLAIN.toString(), "--format", "json");
    CliRunner.Result file =
        CliRunner.run(
            "assess", BLOCK.toString(), "--format", "json", "--weights", FILE_STATEFUL.toString());

    assertThat(plain.code()).isZero();
    assertThat(file.code()).isZero();
    JsonNode before = json.readTree(plain.out()).path("services").get(0);
    JsonNode after = json.readTree(file.out()).path("services").get(0);
    assertThat(before.path("kubernetesScore").asInt()).isEqualTo(3);
    assertThat(after.path("kubernetesScore").asInt()).isEqualTo(7);
  }
}
