package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.testing.Baselines;
import dev.placementadvisor.testing.CliRunner;
import dev.placementadvisor.testing.Fixtures;
import dev.placementadvisor.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files of every comparison format on one regression (a service added, one removed, a cost
 * rise, a placement change; two gates failing and one passing), run through the real command line.
 * The baseline is saved afresh into a temporary directory, whose path is scrubbed to {@code $TMP};
 * the inventory is named relative to the project directory, as CI would.
 */
class ComparisonGoldenTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "table, gate-regression.table.txt",
    "json, gate-regression.json",
    "markdown, gate-regression.md",
    "github, gate-regression.github.txt",
    "sarif, gate-regression.sarif",
    "junit, gate-regression.junit.xml",
  })
  void regressionInEveryComparisonFormat(String format, String golden) {
    Path baseline = Baselines.base(dir);
    String inventory = Fixtures.path("gate-regression.yaml").toString().replace('\\', '/');
    String[] args = {
      "assess",
      inventory,
      "--baseline",
      baseline.toString(),
      "--format",
      format,
      "--max-increase",
      "10%",
      "--budget",
      "5000",
      "--fail-on-placement-change"
    };

    CliRunner.Result first = CliRunner.run(args);
    CliRunner.Result second = CliRunner.run(args);

    // Whatever the format, stderr names every failed gate, one line each.
    Golden.assertMatches("gate-regression.stderr.txt", scrub(first.err(), dir));
    assertThat(first.code()).as("exit code").isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(second.out()).as("a second run gives identical output").isEqualTo(first.out());
    Golden.assertMatches(golden, scrub(first.out(), dir));
  }

  /** Replaces the temporary directory, however it is spelled in the output, with $TMP. */
  static String scrub(String text, Path tmp) {
    String raw = tmp.toString();
    return text.replace(raw.replace("\\", "\\\\"), "$TMP")
        .replace(raw, "$TMP")
        .replace(raw.replace('\\', '/'), "$TMP");
  }
}
