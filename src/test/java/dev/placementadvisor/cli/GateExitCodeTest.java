package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.testing.Baselines;
import dev.placementadvisor.testing.CliRunner;
import dev.placementadvisor.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exit codes of the cost gate through the real command line: 0 when every gate passes, 1 when
 * one fails (naming the service), 2 for a bad baseline or bad gate options, whatever the output
 * format.
 *
 * <p>gate-regression.yaml against gate-base.yaml: total $23.50 → $279.57 (+$256.07, +1,089.7%);
 * search $14.10 → $42.30 (+200%); sessions moves serverless → kubernetes, $1.66 → $229.67;
 * image-resize added ($2.70); legacy-export removed ($2.84).
 */
class GateExitCodeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REGRESSION = Fixtures.path("gate-regression.yaml").toString();
  private static final String BASE = Fixtures.path("gate-base.yaml").toString();

  @TempDir Path dir;
  private String baseline;

  @BeforeEach
  void saveBaseline() {
    baseline = Baselines.base(dir).toString();
  }

  private static CliRunner.Result run(String... args) {
    return CliRunner.run(args);
  }

  private CliRunner.Result gate(String inventory, String... gates) {
    List<String> args = new ArrayList<>(List.of("assess", inventory, "--baseline", baseline));
    args.addAll(List.of(gates));
    return run(args.toArray(String[]::new));
  }

  private static void assertExit(CliRunner.Result r, int code) {
    assertThat(r.code())
        .as("exit code; stdout:%n%s%nstderr:%n%s", r.out(), r.err())
        .isEqualTo(code);
  }

  /** Exactly one line on stderr, no stack trace, nothing on stdout; returns the line. */
  private static String oneLineError(CliRunner.Result r) {
    assertExit(r, ExitCodes.USAGE);
    assertThat(r.out()).as("stdout").isEmpty();
    assertThat(r.err().lines()).as("stderr: %s", r.err()).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return r.err().strip();
  }

  @Test
  void anUnchangedInventoryPassesEveryGateAgainstItsOwnBaseline() {
    CliRunner.Result r =
        gate(
            BASE,
            "--max-increase",
            "0%",
            "--max-service-increase",
            "0",
            "--budget",
            "25",
            "--fail-on-placement-change");
    assertExit(r, ExitCodes.OK);
    assertThat(r.out()).contains("No service changed.").contains("all 4 gates passed");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aRegressionPastMaxIncreaseFailsAndNamesTheServices() {
    CliRunner.Result r = gate(REGRESSION, "--max-increase", "10%");
    assertExit(r, ExitCodes.GATE_FAILED);
    assertThat(r.out())
        .contains("FAIL  max-increase 10%")
        .contains("driven by sessions +$228.01")
        .contains("search +$28.20");
  }

  @Test
  void maxIncreaseInDollars() {
    // The total rose by $256.07.
    assertExit(gate(REGRESSION, "--max-increase", "300"), ExitCodes.OK);
    assertExit(gate(REGRESSION, "--max-increase", "$256.07"), ExitCodes.OK);
    CliRunner.Result r = gate(REGRESSION, "--max-increase", "256");
    assertExit(r, ExitCodes.GATE_FAILED);
    assertThat(r.out()).contains("FAIL  max-increase $256").contains("sessions");
  }

  @Test
  void maxServiceIncreaseInPercent() {
    // sessions rose 13,735.5% and search 200%.
    CliRunner.Result r = gate(REGRESSION, "--max-service-increase", "250%");
    assertExit(r, ExitCodes.GATE_FAILED);
    assertThat(r.out()).contains("1 service rose past 250%: sessions +$228.01");
    assertThat(r.out()).doesNotContain("past 250%: search");
    assertExit(gate(REGRESSION, "--max-service-increase", "20000%"), ExitCodes.OK);
  }

  @Test
  void maxServiceIncreaseInDollars() {
    CliRunner.Result r = gate(REGRESSION, "--max-service-increase", "30");
    assertExit(r, ExitCodes.GATE_FAILED);
    assertThat(r.out()).contains("1 service rose past $30: sessions +$228.01");
  }

  @Test
  void anAddedServiceTripsOnlyTheDollarFormOfMaxServiceIncrease() {
    String added = Fixtures.path("gate-added.yaml").toString();
    assertExit(gate(added, "--max-service-increase", "1%"), ExitCodes.OK);
    CliRunner.Result r = gate(added, "--max-service-increase", "2.50");
    assertExit(r, ExitCodes.GATE_FAILED);
    assertThat(r.out()).contains("1 service rose past $2.5: image-resize +$2.70 (added)");
    assertExit(gate(added, "--max-service-increase", "2.70"), ExitCodes.OK);
  }

  @Test
  void aBudgetBreachFails() {
    CliRunner.Result r = gate(REGRESSION, "--budget", "200");
    assertExit(r, ExitCodes.GATE_FAILED);
    assertThat(r.out())
        .contains("monthly cost $279.57 exceeds the budget of $200.00")
        .contains("largest: sessions $229.67");
    assertExit(gate(REGRESSION, "--budget", "279.57"), ExitCodes.OK);
  }

  @Test
  void aPlacementChangeFailsWhenAskedAndNamesTheService() {
    assertExit(gate(REGRESSION), ExitCodes.OK);
    CliRunner.Result r = gate(REGRESSION, "--fail-on-placement-change");
    assertExit(r, ExitCodes.GATE_FAILED);
    assertThat(r.out()).contains("placement changed: sessions serverless → kubernetes");
  }

  @Test
  void noFailReportsTheFailureButExitsZero() {
    CliRunner.Result r =
        gate(REGRESSION, "--max-increase", "10%", "--fail-on-placement-change", "--no-fail");
    assertExit(r, ExitCodes.OK);
    assertThat(r.out())
        .contains("FAIL  max-increase 10%")
        .contains("FAIL  placement-change")
        .contains("2 of 2 gates failed (reported only: --no-fail)");
  }

  @Test
  void aCorruptBaselineIsOneLocatedLine() {
    String corrupt = Fixtures.path("gate-baseline-corrupt.json").toString();
    String line =
        oneLineError(run("assess", REGRESSION, "--baseline", corrupt, "--max-increase", "10%"));
    assertThat(line).matches(Pattern.quote(corrupt) + ":\\d+:\\d+: .*invalid JSON.*");
  }

  @Test
  void aBaselineOfAnotherSchemaVersionSaysWhichVersionThisReleaseReads() {
    String v2 = Fixtures.path("gate-baseline-schema2.json").toString();
    String line = oneLineError(run("assess", REGRESSION, "--baseline", v2));
    // The version found is not quoted: a baseline's content never appears in a message.
    assertThat(line)
        .isEqualTo(
            v2
                + ":2:20: incompatible report: this release compares schemaVersion 1 only (save the"
                + " baseline again with this release)");
  }

  @Test
  void aJsonFileThatIsNotAReportIsOneLocatedLine() {
    String other = Fixtures.path("gate-baseline-not-a-report.json").toString();
    String line = oneLineError(run("assess", REGRESSION, "--baseline", other));
    assertThat(line).matches(Pattern.quote(other) + ":\\d+:\\d+: not an advisor JSON report: .*");
  }

  @Test
  void aMissingBaselineNamesTheFile() {
    Path missing = dir.resolve("missing.json");
    String line = oneLineError(run("assess", REGRESSION, "--baseline", missing.toString()));
    assertThat(line).isEqualTo(missing + ": no such file");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"--max-increase=10%", "--max-service-increase=5", "--fail-on-placement-change"})
  void gatesThatCompareNeedABaseline(String option) {
    CliRunner.Result r = run("assess", REGRESSION, option);
    assertExit(r, ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith(
            "advisor: --max-increase, --max-service-increase and --fail-on-placement-change"
                + " need --baseline BASE.json (--budget does not)\n");
  }

  /** --budget needs no baseline: the estate's total against it, named on stderr when over. */
  @Test
  void aBudgetNeedsNoBaseline() {
    CliRunner.Result over = run("assess", REGRESSION, "--budget", "100");
    CliRunner.Result within = run("assess", REGRESSION, "--budget", "5000");
    CliRunner.Result reported = run("assess", REGRESSION, "--budget", "100", "--no-fail");

    assertExit(over, ExitCodes.GATE_FAILED);
    assertThat(over.out()).contains("SERVICE");
    assertThat(over.err())
        .isEqualTo(
            "advisor: gate budget $100.00 failed: monthly cost $279.57 exceeds the budget of"
                + " $100.00; largest: sessions $229.67, search $42.30, checkout $4.90, image-resize"
                + " $2.70\n");
    assertExit(within, ExitCodes.OK);
    assertThat(within.err()).isEmpty();
    assertExit(reported, ExitCodes.OK);
    assertThat(reported.err())
        .startsWith("advisor: gate budget $100.00 failed (reported only: --no-fail)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"github", "sarif", "junit"})
  void comparisonFormatsNeedABaseline(String format) {
    CliRunner.Result r = run("assess", REGRESSION, "--format", format);
    assertExit(r, ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith(
            "advisor: --format "
                + format
                + ": assess writes table, json or markdown; "
                + format
                + " needs --baseline BASE.json\n");
  }

  @Test
  void badThresholdsAreUsageErrors() {
    CliRunner.Result ten = gate(REGRESSION, "--max-increase", "ten");
    assertExit(ten, ExitCodes.USAGE);
    assertThat(ten.err())
        .startsWith("advisor: Invalid value for option '--max-increase': 'ten' is not a threshold");
    assertExit(gate(REGRESSION, "--max-service-increase", "$5%"), ExitCodes.USAGE);
    CliRunner.Result pct = gate(REGRESSION, "--budget", "10%");
    assertExit(pct, ExitCodes.USAGE);
    assertThat(pct.err()).contains("a budget is in US dollars, not a percentage");
    assertThat(ten.out()).isEmpty();
  }

  @Test
  void diffOfTwoSavedReportsGivesTheSameVerdictAsAssessWithABaseline() throws IOException {
    String current = Baselines.save(dir, "gate-regression.yaml", "current.json").toString();
    String[][] gateSets = {
      {"--max-increase", "10%", "--budget", "5000", "--fail-on-placement-change"},
      {"--max-increase", "1000%"},
      {"--max-service-increase", "2"},
      {"--budget", "100", "--no-fail"},
    };
    for (String[] gates : gateSets) {
      List<String> diff = new ArrayList<>(List.of("diff", baseline, current, "--format", "json"));
      diff.addAll(List.of(gates));
      List<String> assess =
          new ArrayList<>(
              List.of("assess", REGRESSION, "--baseline", baseline, "--format", "json"));
      assess.addAll(List.of(gates));
      CliRunner.Result d = run(diff.toArray(String[]::new));
      CliRunner.Result a = run(assess.toArray(String[]::new));
      String what = String.join(" ", gates);
      assertThat(d.err()).as("diff stderr, %s", what).isEqualTo(a.err());
      assertThat(d.code()).as("exit code of diff and assess, %s", what).isEqualTo(a.code());
      JsonNode dj = JSON.readTree(d.out());
      JsonNode aj = JSON.readTree(a.out());
      for (String field : new String[] {"totals", "services", "gates", "passed", "noFail"}) {
        assertThat(dj.get(field)).as("%s, %s", field, what).isEqualTo(aj.get(field));
      }
    }
  }

  static Stream<Arguments> scenarios() {
    String[][] cases = {
      {"gate-base.yaml", "0", "--max-increase", "0%", "--fail-on-placement-change"},
      {"gate-regression.yaml", "1", "--max-increase", "10%"},
      {"gate-regression.yaml", "1", "--fail-on-placement-change", "--budget", "5000"},
      {"gate-regression.yaml", "0", "--budget", "5000"},
      {"gate-regression.yaml", "0", "--max-increase", "10%", "--no-fail"},
      {"gate-added.yaml", "1", "--max-service-increase", "1"},
      {"gate-regression.yaml", "2", "--max-increase", "10 percent"},
    };
    List<Arguments> out = new ArrayList<>();
    for (String[] c : cases) {
      out.add(Arguments.of(c[0], Integer.parseInt(c[1]), List.of(c).subList(2, c.length)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {2} -> {1}")
  @MethodSource("scenarios")
  void theExitCodeNeverDependsOnTheFormat(String fixture, int expected, List<String> gates) {
    String stderr = null;
    for (String format : new String[] {"table", "json", "markdown", "github", "sarif", "junit"}) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "assess",
                  Fixtures.path(fixture).toString(),
                  "--baseline",
                  baseline,
                  "--format",
                  format));
      args.addAll(gates);
      CliRunner.Result r = run(args.toArray(String[]::new));
      assertThat(r.code()).as("--format %s; stderr: %s", format, r.err()).isEqualTo(expected);
      if (expected < 2) {
        // Failed gates are named on stderr, the same lines in every format; nothing else is.
        assertThat(r.err().lines())
            .as("--format %s stderr", format)
            .allMatch(l -> l.startsWith("advisor: gate ") && l.contains(" failed"));
        if (expected == 1) {
          assertThat(r.err()).as("--format %s stderr", format).isNotBlank();
        }
        assertThat(r.err())
            .as("--format %s stderr", format)
            .isEqualTo(stderr == null ? r.err() : stderr);
        stderr = r.err();
        assertThat(r.out()).as("--format %s stdout", format).isNotBlank();
      }
    }
  }
}
