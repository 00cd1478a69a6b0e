package dev.placementadvisor.render.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.render.RandomReports;
import dev.placementadvisor.render.Renderer;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.testing.CliRunner;
import dev.placementadvisor.testing.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table, on random reports of every size (one large enough to be written in several chunks): a
 * header, one aligned row per service with its name, placement and cost, no trailing blanks, every
 * row within the width asked for, and colour that changes nothing but the escapes.
 */
class TableRendererTest {
  private static final String ANSI = "\u001b\\[[0-9;]*m";

  private static String render(Renderer renderer, Report report) throws IOException {
    StringWriter out = new StringWriter();
    renderer.render(report, out);
    return out.toString();
  }

  @Test
  void oneAlignedRowPerServiceWithItsNumbers() throws IOException {
    for (int services : new int[] {0, 1, 2, 50, 3000}) {
      for (boolean wild : new boolean[] {false, true}) {
        Report report = RandomReports.of(services, services + (wild ? 1 : 0), wild);
        String plain = render(new TableRenderer(false), report);
        List<String> lines = plain.lines().toList();
        String header = lines.get(0);
        int placementAt = header.indexOf("PLACEMENT");
        int whyAt = header.indexOf("WHY");
        assertThat(lines).as("no trailing blanks").noneMatch(l -> l.endsWith(" "));
        for (int i = 0; i < services; i++) {
          ServiceAssessment s = report.services().get(i);
          String row = lines.get(i + 1);
          assertThat(row).startsWith(Text.printable(s.name()) + " ");
          assertThat(row.substring(placementAt)).startsWith(s.placement().id());
          assertThat(row.substring(0, Math.min(whyAt, row.length())).stripTrailing())
              .endsWith(" " + Format.usd(s.recommendedCost()));
        }
        assertThat(lines.get(services + 1)).isEmpty();
        assertThat(lines.get(services + 2))
            .startsWith(services + (services == 1 ? " service" : " services"));
        assertThat(render(new TableRenderer(true), report).replaceAll(ANSI, ""))
            .as("colour adds escapes only")
            .isEqualTo(plain);
      }
    }
  }

  @Test
  void rowsFitTheWidthWithTheWhyColumnCut() throws IOException {
    Report report = RandomReports.of(40, 7, false);
    String wide = render(new TableRenderer(false), report);
    for (int width : new int[] {60, 80, 100, 120}) {
      String text = render(new TableRenderer(false, width), report);
      List<String> lines = text.lines().toList();
      int whyAt = lines.get(0).indexOf("WHY");
      for (int i = 1; i <= report.services().size(); i++) {
        String row = lines.get(i);
        String full = wide.lines().toList().get(i);
        assertThat(row.codePointCount(0, row.length()))
            .as("width %d: %s", width, row)
            .isLessThanOrEqualTo(Math.max(width, whyAt + TableRenderer.MIN_WHY));
        if (!row.equals(full)) {
          assertThat(row).endsWith("…");
          assertThat(full).startsWith(row.substring(0, row.length() - 1));
        }
      }
    }
  }

  /**
   * An "everything on one platform" total that a platform limit keeps services off is a bill, not
   * an estate that could run: the summary says how many services it rules out, and says nothing
   * when it rules out none.
   */
  @Test
  void onePlatformTotalsSayWhichALimitRulesOut() {
    String edgeRuledOut =
        CliRunner.run("assess", Fixtures.path("scoring-limit-edge.yaml").toString()).out();
    assertThat(edgeRuledOut)
        .containsPattern(
            "\\nEverything on one platform: serverless \\$[0-9.,]+, kubernetes \\$[0-9.,]+,"
                + " wasm-edge \\$[0-9.,]+ \\(ruled out for its only service by a limit\\)\\n");
    String fits =
        CliRunner.run("assess", Fixtures.path("scoring-wasm-audit.yaml").toString()).out();
    assertThat(fits).containsPattern("wasm-edge \\$[0-9.,]+\\n").doesNotContain("ruled out for");
  }
}
