package dev.placementadvisor.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.render.RandomReports;
import dev.placementadvisor.render.Rendered;
import dev.placementadvisor.report.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The markdown renderer, which writes the report in batches as it goes, on several threads for a
 * large report, writes exactly what it writes in one batch on one thread.
 */
class MarkdownBatchesTest {
  private static String expected(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new MarkdownRenderer(1, 1 << 20).render(report, out);
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 8, 9, 13, 40})
  void batchesOnOneOrManyThreadsWriteWhatTheWholeDocumentWas(int services) throws IOException {
    for (long seed = 0; seed < 4; seed++) {
      Report report = RandomReports.of(services, seed * 100 + services, seed % 2 == 1);
      String expected = expected(report);
      for (int workers : new int[] {1, 2, 3}) {
        MarkdownRenderer renderer = new MarkdownRenderer(workers, 4);
        assertThat(Rendered.chars(renderer, report)).as("%d workers", workers).isEqualTo(expected);
        assertThat(new String(Rendered.bytes(renderer, report), StandardCharsets.UTF_8))
            .as("%d workers, UTF-8", workers)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void theDefaultRendererMatchesOnAReportLargeEnoughForWorkers() throws IOException {
    Report report = RandomReports.of(3 * MarkdownRenderer.BATCH_SIZE + 5, 9, true);
    String expected = expected(report);
    assertThat(Rendered.chars(new MarkdownRenderer(), report)).isEqualTo(expected);
    assertThat(Rendered.bytes(new MarkdownRenderer(), report))
        .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Half a character never reaches the markdown: it is shown as its escape, so a file and a writer
   * of chars get the same text.
   */
  @Test
  void aLoneSurrogateIsShownAsItsEscape() throws IOException {
    Report report = RandomReports.withText(RandomReports.of(30, 1, false), 17, "lone \uDC00", null);
    for (int workers : new int[] {1, 2}) {
      MarkdownRenderer renderer = new MarkdownRenderer(workers, 4);
      String chars = Rendered.chars(renderer, report);
      assertThat(chars)
          .isEqualTo(expected(report))
          .contains("lone \\udc00")
          .doesNotContain("\uDC00");
      assertThat(Rendered.bytes(renderer, report))
          .isEqualTo(chars.getBytes(StandardCharsets.UTF_8));
    }
  }
}
