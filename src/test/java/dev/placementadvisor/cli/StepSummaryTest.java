package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.render.ComparisonFixtures;
import dev.placementadvisor.render.markdown.ComparisonMarkdownRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format github}'s job summary: the markdown comparison appended to its file. */
class StepSummaryTest {
  @TempDir Path dir;

  @Test
  void appendsTheMarkdownComparisonToTheStepSummaryKeepingWhatWasThere() throws IOException {
    Path summary = dir.resolve("step-summary.md");
    Files.writeString(summary, "# Earlier step\n\nsome text", StandardCharsets.UTF_8);
    Comparison c = ComparisonFixtures.awkward("inventory.yaml", false);

    String warning = StepSummary.append(c, Map.of(StepSummary.VARIABLE, summary.toString())::get);

    StringWriter markdown = new StringWriter();
    new ComparisonMarkdownRenderer().render(c, markdown);
    assertThat(Files.readString(summary, StandardCharsets.UTF_8))
        .isEqualTo("# Earlier step\n\nsome text\n" + markdown);
    assertThat(warning).isNull();

    StepSummary.append(c, Map.of(StepSummary.VARIABLE, summary.toString())::get);
    assertThat(Files.readString(summary, StandardCharsets.UTF_8))
        .isEqualTo("# Earlier step\n\nsome text\n" + markdown + markdown);
  }

  @Test
  void createsTheStepSummaryWhenMissing() throws IOException {
    Path summary = dir.resolve("new-summary.md");
    Comparison c = ComparisonFixtures.ungated("inventory.yaml");
    StepSummary.append(c, Map.of(StepSummary.VARIABLE, summary.toString())::get);
    assertThat(Files.readString(summary, StandardCharsets.UTF_8))
        .startsWith("## Placement Advisor");
  }

  @Test
  void anUnwritableStepSummaryIsAWarningNotAFailure() throws IOException {
    Comparison c = ComparisonFixtures.ungated("inventory.yaml");
    assertThat(StepSummary.append(c, Map.of(StepSummary.VARIABLE, dir.toString())::get))
        .startsWith("advisor: cannot append to GITHUB_STEP_SUMMARY (" + dir + "): ");
  }

  @Test
  void anEmptyStepSummaryVariableIsIgnored() throws IOException {
    Comparison c = ComparisonFixtures.ungated("inventory.yaml");
    assertThat(StepSummary.append(c, Map.of(StepSummary.VARIABLE, " ")::get)).isNull();
    assertThat(StepSummary.append(c, name -> null)).isNull();
    assertThat(dir).isEmptyDirectory();
  }

  /**
   * The build removes GITHUB_STEP_SUMMARY from the tests' environment (pom.xml), so tests that run
   * {@code --format github} through the command line never write to a real job summary.
   */
  @Test
  void theTestsRunWithoutAStepSummary() {
    assertThat(System.getenv(StepSummary.VARIABLE)).isNull();
  }
}
