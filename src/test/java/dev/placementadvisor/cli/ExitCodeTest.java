package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the exit codes and message formats that docs/exit-codes.md promises. */
class ExitCodeTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path badInventory() throws IOException {
    return write(
        "bad.yaml",
        "version: 1\nservices:\n  - name: a\n    traffic: {pattern: steady, requestsPerMonth: 1M}\n"
            + "    memoryMb: lots\n");
  }

  private static void assertOneLineError(CliRun run) {
    assertThat(run.out()).as("stdout").isEmpty();
    assertThat(run.err().lines()).as("stderr lines").hasSize(1);
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void helpAndVersionExitZero() {
    assertThat(CliRun.of("--help").exitCode()).isZero();
    assertThat(CliRun.of("--version").exitCode()).isZero();
    assertThat(CliRun.of("assess", "--help").exitCode()).isZero();
  }

  @Test
  void validInventoryExitsZero() {
    CliRun run = CliRun.of("validate", "samples/startup.yaml");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("samples/startup.yaml: valid (5 services)\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void invalidValueGivesFileLineColumnAndExitTwo() throws IOException {
    Path bad = badInventory();
    for (String command : new String[] {"validate", "assess"}) {
      CliRun run = CliRun.of(command, bad.toString());
      assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertOneLineError(run);
      assertThat(run.err()).startsWith(bad + ":5:15: 'memoryMb' must be a number");
    }
  }

  @Test
  void missingFileNamesTheFile() {
    Path missing = dir.resolve("nope.yaml");
    CliRun run = CliRun.of("assess", missing.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertOneLineError(run);
    assertThat(run.err()).isEqualTo(missing + ": no such file\n");
  }

  @Test
  void unknownServiceSuggestsTheNearestName() {
    CliRun run = CliRun.of("explain", "samples/auth-wasm.yaml", "sesion-store");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertOneLineError(run);
    assertThat(run.err())
        .startsWith("samples/auth-wasm.yaml: no service named 'sesion-store'")
        .contains("did you mean 'session-store'?");
  }

  @Test
  void badWeightsFileIsAnInputErrorInThatFile() throws IOException {
    Path weights = write("w.yaml", "factors: {wasm-audit: 2}\n");
    CliRun run = CliRun.of("assess", "samples/startup.yaml", "--weights", weights.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertOneLineError(run);
    // A file named by an option is never quoted: the message says what was expected, and where.
    assertThat(run.err())
        .startsWith(weights + ":1:11: unknown key in the weights file.factors (known keys: ")
        .doesNotContain("wasm-audit");
  }

  @Test
  void usageErrorsSayAdvisorAndPointAtHelp() {
    CliRun badFormat = CliRun.of("assess", "samples/startup.yaml", "--format", "xml");
    assertThat(badFormat.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badFormat.out()).isEmpty();
    assertThat(badFormat.err().lines())
        .containsExactly(
            "advisor: Invalid value for option '--format': unknown format 'xml' (expected table,"
                + " json, markdown, github, sarif or junit)",
            "Try 'advisor assess --help' for more information.");

    for (String[] args :
        new String[][] {{}, {"bogus"}, {"explain", "samples/startup.yaml"}, {"assess", "--nope"}}) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode())
          .as("advisor %s", String.join(" ", args))
          .isEqualTo(ExitCodes.USAGE);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).startsWith("advisor: ").contains("--help' for more information.");
    }
  }

  @Test
  void failedRunLeavesTheOutputFileAlone() throws IOException {
    Path out = write("report.json", "previous report\n");
    CliRun run = CliRun.of("assess", badInventory().toString(), "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("previous report\n");

    Path nowhere = dir.resolve("missing-dir").resolve("out.json");
    CliRun noDir = CliRun.of("assess", "samples/startup.yaml", "-o", nowhere.toString());
    assertThat(noDir.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noDir.err()).isEqualTo(nowhere + ": cannot write: the directory does not exist\n");
    assertThat(Files.exists(nowhere.getParent())).isFalse();
  }

  @Test
  void verboseChangesNeitherTheExitCodeNorTheOutput() throws IOException {
    Path bad = badInventory();
    CliRun quiet = CliRun.of("validate", bad.toString());
    CliRun before = CliRun.of("--verbose", "validate", bad.toString());
    CliRun after = CliRun.of("validate", bad.toString(), "--verbose");
    assertThat(before).isEqualTo(quiet);
    assertThat(after).isEqualTo(quiet);

    CliRun ok = CliRun.of("assess", "samples/startup.yaml", "--verbose");
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).isEqualTo(CliRun.of("assess", "samples/startup.yaml").out());
  }
}
