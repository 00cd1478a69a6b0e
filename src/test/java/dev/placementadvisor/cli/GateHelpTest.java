package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The help of the commands with gate options shows the examples' percent signs and makes picocli
 * print no warning (it warns on System.err about an unescaped '%' in a description).
 */
class GateHelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"assess", "diff"})
  void helpShowsPercentagesWithoutWarnings(String command) {
    PrintStream saved = System.err;
    ByteArrayOutputStream stray = new ByteArrayOutputStream();
    CliRun run;
    try {
      System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
      run = CliRun.of(command, "--help");
    } finally {
      System.setErr(saved);
    }
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("10% or 500 (USD)").contains("25% or 100 (USD)");
    assertThat(run.err()).isEmpty();
    assertThat(stray.toString(StandardCharsets.UTF_8)).as("System.err").isEmpty();
  }
}
