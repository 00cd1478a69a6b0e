package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.engine.Assessor.FlipPoints;
import dev.placementadvisor.render.OutputFormat;
import dev.placementadvisor.testing.CliRunner;
import org.junit.jupiter.api.Test;

/** assess searches flip points only where its output shows them, unless told otherwise. */
class FlipPointSearchTest {
  @Test
  void autoSearchesOnlyForReportsThatShowFlipPoints() {
    assertThat(AssessCommand.search(FlipPoints.AUTO, OutputFormat.JSON, false))
        .isEqualTo(FlipPoints.AUTO);
    assertThat(AssessCommand.search(FlipPoints.AUTO, OutputFormat.MARKDOWN, false))
        .isEqualTo(FlipPoints.AUTO);
    assertThat(AssessCommand.search(FlipPoints.AUTO, OutputFormat.TABLE, false))
        .isEqualTo(FlipPoints.OFF);
    // A comparison with a baseline renders changes, not flip points, in every format.
    assertThat(AssessCommand.search(FlipPoints.AUTO, OutputFormat.JSON, true))
        .isEqualTo(FlipPoints.OFF);
  }

  @Test
  void onAndOffAreKeptWhateverTheFormat() {
    for (OutputFormat f : OutputFormat.values()) {
      assertThat(AssessCommand.search(FlipPoints.ON, f, false)).isEqualTo(FlipPoints.ON);
      assertThat(AssessCommand.search(FlipPoints.OFF, f, false)).isEqualTo(FlipPoints.OFF);
    }
  }

  @Test
  void aTableIsAssessedWithoutTheDetailsItDoesNotShowAndTheSameAnswers() {
    dev.placementadvisor.engine.Pipeline.Loaded loaded =
        dev.placementadvisor.engine.Pipeline.load(java.nio.file.Path.of("samples/saas.yaml"), null);
    dev.placementadvisor.engine.Assessor full = loaded.assessor(FlipPoints.OFF);
    var detailed = full.assess(loaded.inventory()).services();
    var plain = full.withoutDetails().assess(loaded.inventory()).services();

    for (int i = 0; i < detailed.size(); i++) {
      assertThat(plain.get(i).placement()).isEqualTo(detailed.get(i).placement());
      assertThat(plain.get(i).recommendedCost()).isEqualTo(detailed.get(i).recommendedCost());
      assertThat(plain.get(i).costs().choice().label(plain.get(i).placement()))
          .isEqualTo(detailed.get(i).costs().choice().label(detailed.get(i).placement()));
      assertThat(plain.get(i).costs().crossoverRequests()).isNull();
      assertThat(plain.get(i).costs().choice().platforms()).isEmpty();
    }
    assertThat(detailed).anyMatch(s -> s.costs().crossoverRequests() != null);
  }

  @Test
  void theJsonReportStillCarriesFlipPointsByDefault() {
    CliRunner.Result json = CliRunner.run("assess", "samples/startup.yaml", "--format", "json");
    assertThat(json.code()).isZero();
    assertThat(json.out()).contains("\"flipPoints\": [");
  }
}
