package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Error inside advisor (here an OutOfMemoryError in a JVM with a tiny heap) still ends in the
 * documented exit 3 with a short message, not in the JVM's own stack trace and exit code 1, which
 * would read as "a gate failed".
 */
class InternalErrorTest {
  @TempDir Path dir;

  @Test
  void outOfMemoryIsAnInternalErrorWithAShortMessage() throws Exception {
    // 100 MB of short YAML lines, under the 128 MiB file limit, read into a 24 MB heap: the read
    // itself runs out of memory before any check on the content can refuse it.
    Path big = dir.resolve("big.yaml");
    byte[] chunk =
        "# padding line of a large inventory\n".repeat(28_000).getBytes(StandardCharsets.UTF_8);
    try (var o = Files.newOutputStream(big)) {
      for (long written = 0; written < 100L * 1024 * 1024; written += chunk.length) {
        o.write(chunk);
      }
    }
    Path out = dir.resolve("out.json");

    Result r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () ->
                java(
                    "-Xmx24m",
                    "-XX:-UsePerfData",
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "assess",
                    big.toString(),
                    "--format",
                    "json",
                    "-o",
                    out.toString()));

    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(r.err().lines().toList())
        .containsExactly(
            "advisor: internal error: OutOfMemoryError: Java heap space",
            "Run again with --verbose for details, and report it as a bug.");
    assertThat(r.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  private record Result(int code, String out, String err) {}

  private Result java(String... args) throws IOException, InterruptedException {
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
            .start();
    if (!p.waitFor(50, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("advisor did not finish in 50 s");
    }
    return new Result(
        p.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private static String nullDevice() {
    return System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null";
  }
}
