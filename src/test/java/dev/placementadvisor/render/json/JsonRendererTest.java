package dev.placementadvisor.render.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.placementadvisor.io.Utf8Writer;
import dev.placementadvisor.render.JacksonJsonRenderer;
import dev.placementadvisor.render.RandomReports;
import dev.placementadvisor.render.Rendered;
import dev.placementadvisor.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON renderer writes exactly what the Jackson renderer it replaced wrote ({@link
 * JacksonJsonRenderer}), to a file's {@link Utf8Writer} and to any other writer, whether the
 * services are rendered on one thread or in parallel batches.
 */
class JsonRendererTest {
  /** What the Jackson renderer writes to a file (as UTF-8). */
  private static byte[] expectedBytes(Report report) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8.newEncoder())) {
      new JacksonJsonRenderer().render(report, w);
    }
    return bytes.toByteArray();
  }

  private static String expectedChars(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new JacksonJsonRenderer().render(report, out);
    return out.toString();
  }

  /** Counts around the batch size (4): none, one, a batch, a batch either side, several. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 7, 8, 9, 12, 13, 31, 100})
  void batchesOnOneOrManyThreadsWriteWhatJacksonWrote(int services) throws IOException {
    Report report = RandomReports.of(services, services, false);
    byte[] expected = expectedBytes(report);
    String expectedText = expectedChars(report);
    for (int workers : new int[] {1, 2, 3}) {
      JsonRenderer renderer = new JsonRenderer(workers, 4);
      assertThat(Rendered.bytes(renderer, report))
          .as("%d workers, bytes", workers)
          .isEqualTo(expected);
      assertThat(Rendered.chars(renderer, report))
          .as("%d workers, chars", workers)
          .isEqualTo(expectedText);
    }
  }

  @Test
  void oddTextAndNumbersComeOutAsJacksonWroteThem() throws IOException {
    for (long seed = 0; seed < 40; seed++) {
      Report report = RandomReports.of(37, seed, true);
      byte[] expected = expectedBytes(report);
      for (int workers : new int[] {1, 2}) {
        JsonRenderer renderer = new JsonRenderer(workers, 5);
        assertThat(new String(Rendered.bytes(renderer, report), StandardCharsets.UTF_8))
            .as("seed %d, %d workers", seed, workers)
            .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(Rendered.bytes(renderer, report)).isEqualTo(expected);
        assertThat(Rendered.chars(renderer, report)).isEqualTo(expectedChars(report));
      }
    }
  }

  @Test
  void theDefaultRendererMatchesOnAReportLargeEnoughForWorkers() throws IOException {
    Report report = RandomReports.of(3 * JsonRenderer.BATCH_SIZE + 17, 7, true);
    assertThat(Rendered.bytes(new JsonRenderer(), report)).isEqualTo(expectedBytes(report));
    assertThat(Rendered.chars(new JsonRenderer(), report)).isEqualTo(expectedChars(report));
  }

  /** A lone surrogate: a file refuses it as before; a writer of chars gets it as it is. */
  @Test
  void aLoneSurrogateFailsAFileAndPassesToAWriterOfChars() throws IOException {
    for (int at : new int[] {0, 5, 40}) {
      Report report =
          RandomReports.withText(
              RandomReports.of(41, 3, false), at, "bad\uD800name", "split\uDC00");
      for (int workers : new int[] {1, 2}) {
        JsonRenderer renderer = new JsonRenderer(workers, 4);
        assertThat(Rendered.chars(renderer, report)).isEqualTo(expectedChars(report));
        assertThatThrownBy(() -> Rendered.bytes(renderer, report))
            .isInstanceOf(MalformedInputException.class)
            .hasMessage("Input length = 1");
      }
    }
  }
}
