package dev.placementadvisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.compare.Comparison;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format github}: workflow commands, their escaping, and the job summary. */
class GithubRendererTest {
  private static final Function<String, String> NO_ENV = name -> null;

  @TempDir Path dir;

  private static String render(Comparison c, Function<String, String> env) throws IOException {
    StringWriter out = new StringWriter();
    new GithubRenderer(env).render(c, out);
    return out.toString();
  }

  @Test
  void escapesPropertiesAndData() {
    // Line breaks are shown, never written: an annotation is one line, as the runner reads it.
    assertThat(GithubRenderer.data("50% a:b,c\r\nd")).isEqualTo("50%25 a:b,c\\u000d\\u000ad");
    assertThat(GithubRenderer.property("50% a:b,c\r\nd"))
        .isEqualTo("50%25 a%3Ab%2Cc\\u000d\\u000ad");
  }

  @Test
  void oneCommandPerFindingWithEscapedAwkwardNames() throws IOException {
    String out = render(ComparisonFixtures.awkward("inv:dir,1/inventory.yaml", false), NO_ENV);
    List<String> lines = out.lines().toList();
    String file = "file=inv%3Adir%2C1/inventory.yaml";
    assertThat(lines)
        .containsExactly(
            "::error " + file + ",title=advisor%3A gate max-increase 10%25 failed::monthly cost"
                + " rose past 10%25: $36.00 → $47.50 (+$11.50, +31.9%25); driven by a:b,c%25d &"
                + " <e> \"f\" 'g' +$30.00 (+300%25), new +$2.50 (added)",
            "::error " + file + ",title=advisor%3A gate budget $45.00 failed::monthly cost $47.50"
                + " exceeds the budget of $45.00; largest: a:b,c%25d & <e> \"f\" 'g' $40.00, moved"
                + " $4.00, new $2.50, steady $1.00",
            "::error " + file + ",line=3,col=5,title=advisor%3A a%3Ab%2Cc%25d & <e> \"f\" 'g'::"
                + "monthly cost $10.00 → $40.00 (+$30.00, +300%25); fails max-increase 10%25,"
                + " max-service-increase $5, budget $45.00",
            "::error " + file + ",title=advisor%3A moved::placement serverless → kubernetes;"
                + " monthly cost $5.00 → $4.00 (-$1.00, -20%25); fails budget $45.00,"
                + " placement-change",
            "::error " + file + ",line=20,col=5,title=advisor%3A steady::unchanged: wasm-edge,"
                + " $1.00 a month; fails budget $45.00",
            "::error " + file + ",line=25,col=5,title=advisor%3A new::added: serverless, $2.50 a"
                + " month; fails max-increase 10%25, budget $45.00",
            "::notice " + file + ",title=advisor%3A gone::removed: was kubernetes, $20.00 a month",
            "advisor: monthly cost $36.00 → $47.50 (+$11.50, +31.9%); 4 of 4 gates failed");
  }

  @Test
  void withoutGatesRisesWarnAndTheRestAreNotices() throws IOException {
    List<String> lines = render(ComparisonFixtures.ungated("inventory.yaml"), NO_ENV).lines().toList();
    assertThat(lines)
        .containsExactly(
            "::warning file=inventory.yaml,line=3,col=5,title=advisor%3A up::monthly cost $10.00 →"
                + " $12.00 (+$2.00, +20%25)",
            "::notice file=inventory.yaml,line=8,col=5,title=advisor%3A down::monthly cost $10.00 →"
                + " $8.00 (-$2.00, -20%25)",
            "::notice file=inventory.yaml,line=13,col=5,title=advisor%3A new::added: wasm-edge, $1.00"
                + " a month",
            "advisor: monthly cost $20.00 → $21.00 (+$1.00, +5%); no gates set");
  }

  @Test
  void noCommandSpansTwoLines() throws IOException {
    String out = render(ComparisonFixtures.awkward("inventory.yaml", false), NO_ENV);
    assertThat(out.lines().filter(l -> !l.startsWith("::") && !l.startsWith("advisor: ")))
        .as("every line is a command or the summary").isEmpty();
  }

  @Test
  void appendsTheMarkdownComparisonToTheStepSummaryKeepingWhatWasThere() throws IOException {
    Path summary = dir.resolve("step-summary.md");
    Files.writeString(summary, "# Earlier step\n\nsome text", StandardCharsets.UTF_8);
    Comparison c = ComparisonFixtures.awkward("inventory.yaml", false);

    String out = render(c, Map.of(GithubRenderer.STEP_SUMMARY, summary.toString())::get);

    StringWriter markdown = new StringWriter();
    new ComparisonMarkdownRenderer().render(c, markdown);
    assertThat(Files.readString(summary, StandardCharsets.UTF_8))
        .isEqualTo("# Earlier step\n\nsome text\n" + markdown);
    assertThat(out).isEqualTo(render(c, NO_ENV)).doesNotContain("## Placement Advisor");

    render(c, Map.of(GithubRenderer.STEP_SUMMARY, summary.toString())::get);
    assertThat(Files.readString(summary, StandardCharsets.UTF_8))
        .isEqualTo("# Earlier step\n\nsome text\n" + markdown + markdown);
  }

  @Test
  void createsTheStepSummaryWhenMissing() throws IOException {
    Path summary = dir.resolve("new-summary.md");
    Comparison c = ComparisonFixtures.ungated("inventory.yaml");
    render(c, Map.of(GithubRenderer.STEP_SUMMARY, summary.toString())::get);
    assertThat(Files.readString(summary, StandardCharsets.UTF_8)).startsWith("## Placement Advisor");
  }

  @Test
  void anUnwritableStepSummaryIsAWarningNotAFailure() throws IOException {
    Comparison c = ComparisonFixtures.ungated("inventory.yaml");
    String out = render(c, Map.of(GithubRenderer.STEP_SUMMARY, dir.toString())::get);
    List<String> lines = out.lines().toList();
    assertThat(lines.get(lines.size() - 1))
        .startsWith("::warning::advisor: cannot append to GITHUB_STEP_SUMMARY (" + dir + "): ");
  }

  @Test
  void anEmptyStepSummaryVariableIsIgnored() throws IOException {
    Comparison c = ComparisonFixtures.ungated("inventory.yaml");
    assertThat(render(c, Map.of(GithubRenderer.STEP_SUMMARY, "")::get)).isEqualTo(render(c, NO_ENV));
  }

  /**
   * The build removes GITHUB_STEP_SUMMARY from the tests' environment (pom.xml), so tests that run
   * {@code --format github} through the command line never write to a real job summary.
   */
  @Test
  void theTestsRunWithoutAStepSummary() {
    assertThat(System.getenv(GithubRenderer.STEP_SUMMARY)).isNull();
  }
}
