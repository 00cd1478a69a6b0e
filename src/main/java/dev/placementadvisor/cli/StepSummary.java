package dev.placementadvisor.cli;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.render.markdown.ComparisonMarkdownRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;

/**
 * The GitHub Actions job summary: with {@code --format github}, the markdown comparison is appended
 * to the file {@code GITHUB_STEP_SUMMARY} names (docs/ci.md), beside the workflow commands the
 * renderer writes.
 */
final class StepSummary {
  /** The environment variable naming the job summary file. */
  static final String VARIABLE = "GITHUB_STEP_SUMMARY";

  private StepSummary() {}

  /**
   * Appends the markdown comparison to the job summary file, if {@code env} names one; returns a
   * warning when that fails (the gates' verdict does not depend on the summary), else null.
   */
  static String append(Comparison c, Function<String, String> env) throws IOException {
    String name = env.apply(VARIABLE);
    if (name == null || name.isBlank()) {
      return null;
    }
    StringWriter markdown = new StringWriter();
    new ComparisonMarkdownRenderer().render(c, markdown);
    try {
      Path summary = Path.of(name);
      boolean newline = Files.isRegularFile(summary) && !endsWithNewline(summary);
      Files.writeString(
          summary,
          (newline ? "\n" : "") + markdown,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      return null;
    } catch (IOException | InvalidPathException e) {
      return "advisor: cannot append to "
          + VARIABLE
          + " ("
          + name
          + "): "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  private static boolean endsWithNewline(Path file) throws IOException {
    long size = Files.size(file);
    if (size == 0) {
      return true;
    }
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      channel.position(size - 1);
      ByteBuffer last = ByteBuffer.allocate(1);
      channel.read(last);
      return last.get(0) == '\n';
    }
  }
}
