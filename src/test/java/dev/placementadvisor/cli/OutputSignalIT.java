package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A signal that stops {@code java -jar target/advisor.jar assess ... -o OUT} while the report is
 * being written leaves no temporary file beside OUT, and OUT as it was. The inventory is large
 * enough (40,000 services, a markdown report of about 70 MB) that the write takes seconds: the test
 * waits until the temporary file appears, then sends the signal.
 *
 * <p>Runs after {@code package} (maven-failsafe), on Linux (it needs kill), and only with a jar
 * built from the current sources (see {@link LauncherIT#jarProblem()}).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class OutputSignalIT {
  private static final Path JAR = Paths.get("target", "advisor.jar");
  private static final Map<String, Integer> SIGNALS = Map.of("HUP", 1, "INT", 2, "TERM", 15);

  @TempDir static Path tmp;
  private static Path inventory;

  @BeforeAll
  static void largeInventory() throws Exception {
    String problem = LauncherIT.jarProblem();
    assumeTrue(problem == null, () -> "skipped: " + problem);
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux, with kill");
    inventory = tmp.resolve("inventory-40000.yaml");
    Process p =
        new ProcessBuilder(java(), "bench/GenerateInventory.java", "40000", inventory.toString())
            .directory(new File(System.getProperty("user.dir")))
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("generate.out").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("generated in time").isTrue();
    assertThat(p.exitValue()).as(Files.readString(tmp.resolve("generate.out"))).isZero();
  }

  private static String java() {
    return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Process assess(Path out, Path logs) throws IOException {
    return new ProcessBuilder(
            java(),
            "-jar",
            JAR.toString(),
            "assess",
            inventory.toString(),
            "--format",
            "markdown",
            "-o",
            out.toString())
        .directory(new File(System.getProperty("user.dir")))
        .redirectOutput(logs.resolve("stdout").toFile())
        .redirectError(logs.resolve("stderr").toFile())
        .start();
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * On a busy host the write can end between the moment the test sees the temporary file and the
   * moment the signal arrives; the run then exits 0 with the new report in place, which is right
   * but proves nothing about the signal, so the test tries again (up to three times) until the
   * signal lands during the write.
   */
  @ParameterizedTest
  @ValueSource(strings = {"INT", "TERM", "HUP"})
  void aSignalDuringTheWriteRemovesTheTemporaryFile(String signal) throws Exception {
    for (int attempt = 1; ; attempt++) {
      Path dir = Files.createDirectories(tmp.resolve("out-" + signal + "-" + attempt));
      Path logs = Files.createDirectories(tmp.resolve("logs-" + signal + "-" + attempt));
      Path out = dir.resolve("report.md");
      byte[] previous = "previous report, must survive\n".getBytes(StandardCharsets.UTF_8);
      Files.write(out, previous);

      Process p = assess(out, logs);
      String temporary = null;
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (temporary == null && p.isAlive() && System.nanoTime() < deadline) {
          temporary = names(dir).stream().filter(n -> n.endsWith(".tmp")).findFirst().orElse(null);
          if (temporary == null) {
            Thread.sleep(5);
          }
        }
        assertThat(temporary)
            .as(
                "a temporary file seen while the report was written; stderr: %s",
                Files.readString(logs.resolve("stderr")))
            .isNotNull();
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
        assertThat(kill.waitFor()).as("kill -%s", signal).isZero();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stopped by SIG%s", signal).isTrue();
      } finally {
        p.destroyForcibly();
      }

      if (p.exitValue() == 0 && attempt < 3) {
        // The write won the race: the report was replaced whole, and nothing is left beside it.
        assertThat(names(dir)).containsExactly("report.md");
        assertThat(Files.readAllBytes(out)).isNotEqualTo(previous);
        continue;
      }
      assertThat(p.exitValue())
          .as("exit code after SIG%s (attempt %d)", signal, attempt)
          .isEqualTo(128 + SIGNALS.get(signal));
      assertThat(names(dir)).as("%s was removed", temporary).containsExactly("report.md");
      assertThat(Files.readAllBytes(out)).as("the previous report").isEqualTo(previous);
      return;
    }
  }

  /** Without a signal the same run replaces the report: the window above is the write's. */
  @Test
  void withoutASignalTheReportIsReplaced() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("out-none"));
    Path logs = Files.createDirectories(tmp.resolve("logs-none"));
    Path out = Files.writeString(dir.resolve("report.md"), "previous report\n");

    Process p = assess(out, logs);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished").isTrue();

    assertThat(p.exitValue()).as(Files.readString(logs.resolve("stderr"))).isZero();
    assertThat(names(dir)).containsExactly("report.md");
    assertThat(Files.size(out)).isGreaterThan(10_000_000L);
    Files.delete(out);
  }
}
