package dev.placementadvisor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Asserts the contract for bad input: exit 2, exactly one line on standard error naming the file
 * (and line and column where there is one), no stack trace, and no output file.
 */
public final class BadInput {
  private BadInput() {}

  /**
   * Runs {@code advisor assess FILE -o OUT [extra...]} with OUT inside {@code outDir} and checks
   * that it fails with {@code located:LINE:COL: message}; returns the message.
   *
   * @param located the file the message must name (the inventory, or a weights file)
   */
  public static String assertLocated(
      Path outDir, String file, String located, int line, int column, String... extra) {
    String message = assertRejected(outDir, file, extra);
    Matcher m = Pattern.compile(Pattern.quote(located) + ":(\\d+):(\\d+): (.+)").matcher(message);
    assertThat(m.matches())
        .as("stderr has the form %s:LINE:COL: message, got %s", located, message)
        .isTrue();
    assertThat(Integer.parseInt(m.group(1)) + ":" + Integer.parseInt(m.group(2)))
        .as("line:column of %s", message)
        .isEqualTo(line + ":" + column);
    return m.group(3);
  }

  /** As {@link #assertLocated} for an inventory that names itself in the message. */
  public static String assertLocated(Path outDir, String file, int line, int column) {
    return assertLocated(outDir, file, file, line, column);
  }

  /** Checks a failure that names only the file ({@code FILE: message}); returns the message. */
  public static String assertFileOnly(Path outDir, String file) {
    String message = assertRejected(outDir, file);
    assertThat(message).startsWith(file + ": ");
    assertThat(message).doesNotMatch(Pattern.quote(file) + ":\\d+.*");
    return message.substring(file.length() + 2);
  }

  private static String assertRejected(Path outDir, String file, String... extra) {
    Path out = outDir.resolve("out.txt");
    String[] args =
        Stream.concat(Stream.of("assess", file, "-o", out.toString()), Stream.of(extra))
            .toArray(String[]::new);
    CliRunner.Result r = CliRunner.run(args);
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
    assertThat(r.out()).as("standard output").isEmpty();
    List<String> lines = r.err().lines().toList();
    assertThat(lines).as("stderr is exactly one line: %s", r.err()).hasSize(1);
    String message = lines.get(0);
    assertThat(message)
        .as("no stack trace")
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("internal error");
    assertThat(out).as("the -o file is not created").doesNotExist();
    try (Stream<Path> left = Files.list(outDir)) {
      assertThat(left.filter(p -> p.getFileName().toString().startsWith(".out.txt")))
          .as("no temporary output left behind")
          .isEmpty();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return message;
  }
}
