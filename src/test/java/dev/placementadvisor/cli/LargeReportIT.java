package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.placementadvisor.input.YamlTreeReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of 100,000 services reads back as a baseline, in little memory: the packaged jar writes
 * the JSON report of a generated inventory (bench/GenerateInventory.java), which is larger than the
 * 128 MiB an inventory may be, and then compares it with itself by {@code advisor diff} with a heap
 * of 64 MiB, a fifth of the file. A reader that held the file or its tree would run out of memory.
 *
 * <p>Runs after {@code package} (maven-failsafe), when the jar is fresh (see LauncherIT); about 15
 * s on 2 cores.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LargeReportIT {
  private static final Path JAR = Paths.get("target", "advisor.jar");
  private static final int SERVICES = 100_000;

  @TempDir Path tmp;

  @Test
  void aReportOf100000ServicesIsReadBackInA64MiBHeap() throws Exception {
    String problem = LauncherIT.jarProblem();
    assumeTrue(problem == null, () -> "skipped: " + problem);

    Path inventory = tmp.resolve("inventory.yaml");
    run(List.of("bench/GenerateInventory.java", Integer.toString(SERVICES), inventory.toString()));
    Path report = tmp.resolve("report.json");
    run(
        List.of(
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-jar",
            JAR.toString(),
            "assess",
            inventory.toString(),
            "--format",
            "json",
            "-o",
            report.toString()));
    assertThat(Files.size(report))
        .as("the report is larger than the old read limit")
        .isGreaterThan(YamlTreeReader.MAX_FILE_BYTES);

    long start = System.nanoTime();
    String out =
        run(
            List.of(
                "-Xmx64m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                JAR.toString(),
                "diff",
                report.toString(),
                report.toString(),
                "--max-increase",
                "0"));
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "LargeReportIT: diff of two %,d-byte reports of %,d services in %.2f s with -Xmx64m%n",
        Files.size(report), SERVICES, seconds);
    assertThat(out).contains("No service changed.");
  }

  /** Runs {@code java ARGS...}; expects exit 0; returns stdout. */
  private String run(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    Path out = tmp.resolve("stdout");
    Path err = tmp.resolve("stderr");
    Process p =
        new ProcessBuilder(command)
            .directory(new File(System.getProperty("user.dir")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(150, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command));
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("exit code of %s; stderr: %s", command, stderr).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
