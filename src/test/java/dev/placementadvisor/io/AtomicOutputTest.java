package dev.placementadvisor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.render.RandomReports;
import dev.placementadvisor.render.json.JsonRenderer;
import dev.placementadvisor.render.markdown.MarkdownRenderer;
import dev.placementadvisor.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * -o writes the file as a UTF-8 writer would, and a failure part-way leaves the previous file as it
 * was and no temporary file behind, also when the report is rendered on worker threads.
 */
class AtomicOutputTest {
  @TempDir Path dir;

  private final PrintWriter stdout = new PrintWriter(new StringWriter());

  private List<String> others(Path keep) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> !p.equals(keep)).map(p -> p.getFileName().toString()).toList();
    }
  }

  @Test
  void writesWhatAUtf8WriterWrites() throws IOException {
    Report report = RandomReports.of(1500, 11, true);
    for (AtomicOutput.Content content :
        List.<AtomicOutput.Content>of(
            w -> new JsonRenderer().render(report, w),
            w -> new MarkdownRenderer().render(report, w),
            w -> w.write("plain — ünïcode 😀 text\n"))) {
      Path out = dir.resolve("report");
      AtomicOutput.write(out, stdout, content);
      Path expected = dir.resolve("expected");
      try (Writer w = Files.newBufferedWriter(expected, StandardCharsets.UTF_8)) {
        content.writeTo(w);
      }
      assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(expected));
      Files.delete(expected);
      assertThat(others(out)).isEmpty();
    }
  }

  @Test
  void aFailureHalfWayLeavesThePreviousFile() throws IOException {
    Path out = Files.writeString(dir.resolve("report.json"), "previous report\n");
    assertThatThrownBy(
            () ->
                AtomicOutput.write(
                    out,
                    stdout,
                    w -> {
                      w.write("x".repeat(1 << 20));
                      w.flush();
                      throw new IOException("no space left on device");
                    }))
        .isInstanceOf(InputException.class)
        .hasMessage(out + ": cannot write: no space left on device");
    assertThat(Files.readString(out)).isEqualTo("previous report\n");
    assertThat(others(out)).isEmpty();
  }

  /** A lone surrogate in a late batch of a large report: refused, as it always was. */
  @Test
  void aReportThatCannotBeEncodedLeavesThePreviousFile() throws IOException {
    Report report =
        RandomReports.withText(RandomReports.of(5000, 5, false), 4000, "half \uD83D a pair", null);
    Path out = Files.writeString(dir.resolve("report.json"), "previous report\n");
    assertThatThrownBy(
            () -> AtomicOutput.write(out, stdout, w -> new JsonRenderer().render(report, w)))
        .isInstanceOf(MalformedInputException.class);
    assertThat(Files.readString(out)).isEqualTo("previous report\n");
    assertThat(others(out)).isEmpty();
  }

  /** The real standard output gets the very bytes a file gets, and picocli's text in order. */
  @Test
  void standardOutputGetsTheBytesAFileGets() throws IOException {
    Report report = RandomReports.of(1500, 12, true);
    for (AtomicOutput.Content content :
        List.<AtomicOutput.Content>of(
            w -> new JsonRenderer().render(report, w),
            w -> new MarkdownRenderer().render(report, w),
            w -> w.write("plain — ünïcode 😀 text\n"))) {
      Path file = dir.resolve("report");
      AtomicOutput.write(file, stdout, content);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      StandardOutput real = new StandardOutput(bytes);
      real.print("before ");
      AtomicOutput.write(null, real, content);
      real.print("after");
      real.flush();
      byte[] expected =
          ("before " + Files.readString(file, StandardCharsets.UTF_8) + "after")
              .getBytes(StandardCharsets.UTF_8);
      assertThat(bytes.toByteArray()).isEqualTo(expected);
    }
  }

  /** A reader that quits early ({@code | head}) ends the output quietly, not as an error. */
  @Test
  void aClosedStandardOutputStopsTheReportQuietly() throws IOException {
    Report report = RandomReports.of(3000, 13, false);
    int[] written = {0};
    OutputStream closedAfterALittle =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            if (written[0] > 100_000) {
              throw new IOException("Broken pipe");
            }
            written[0] += len;
          }
        };
    AtomicOutput.write(
        null, new StandardOutput(closedAfterALittle), w -> new JsonRenderer().render(report, w));
    StringWriter whole = new StringWriter();
    new JsonRenderer().render(report, whole);
    assertThat(written[0])
        .as("bytes written of %d", whole.toString().length())
        .isBetween(100_000, whole.toString().length() / 4);
  }

  @Test
  void withoutAFileWritesToStandardOutput() throws IOException {
    StringWriter text = new StringWriter();
    AtomicOutput.write(null, new PrintWriter(text), w -> w.write("to stdout\n"));
    assertThat(text).hasToString("to stdout\n");
  }
}
