package dev.placementadvisor.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.render.ci.GithubRenderer;
import dev.placementadvisor.render.formats.Renderers;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format has a comparison renderer; only report formats have a report renderer. */
class OutputFormatTest {
  private static final String ESC = "\u001b";

  @Test
  void idsAreTheCommandLineNames() {
    assertThat(Arrays.stream(OutputFormat.values()).map(OutputFormat::id))
        .containsExactly("table", "json", "markdown", "github", "sarif", "junit");
  }

  /** Only the table colours, and only when asked; the others are read by machines. */
  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void everyFormatRendersComparisonsAndOnlyTheTableInColour(OutputFormat format)
      throws IOException {
    Comparison c = ComparisonFixtures.awkward("inventory.yaml", false);
    assertThat(render(format, false, c)).isNotBlank().doesNotContain(ESC);
    String coloured = render(format, true, c);
    if (format == OutputFormat.TABLE) {
      assertThat(coloured).contains(ESC);
    } else {
      assertThat(coloured).isEqualTo(render(format, false, c));
    }
  }

  private static String render(OutputFormat format, boolean color, Comparison c)
      throws IOException {
    // The github renderer is built here with no environment, so no job summary is written.
    ComparisonRenderer r =
        format == OutputFormat.GITHUB ? new GithubRenderer() : Renderers.comparison(format, color);
    StringWriter out = new StringWriter();
    r.render(c, out);
    return out.toString();
  }

  @ParameterizedTest
  @EnumSource(
      value = OutputFormat.class,
      names = {"GITHUB", "SARIF", "JUNIT"})
  void comparisonOnlyFormatsHaveNoReportRenderer(OutputFormat format) {
    assertThat(format.comparisonOnly()).isTrue();
    assertThatThrownBy(() -> Renderers.report(format, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(format.id());
  }

  @ParameterizedTest
  @EnumSource(
      value = OutputFormat.class,
      names = {"TABLE", "JSON", "MARKDOWN"})
  void reportFormatsRenderReports(OutputFormat format) {
    assertThat(format.comparisonOnly()).isFalse();
    assertThat(Renderers.report(format, false)).isNotNull();
  }
}
