package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.testing.CliRunner;
import dev.placementadvisor.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A baseline is validated as strictly as an inventory, and its content is never quoted: one fixture
 * {@code fixtures/baseline-<scenario>.json} per class of bad baseline, each run through the real
 * command line ({@code advisor diff FIXTURE baseline-valid.json}, and a few as {@code assess
 * --baseline}), each giving exit 2 and exactly the expected line.
 *
 * <p>Every fixture carries the canary {@code ZQXJ} in its names, values and unknown keys, which
 * must never reach stderr; nor may any other quoted string of the file (except the keys and
 * placements the reader itself names), nor the offending value of the scenario. {@code
 * baseline-too-many-services.json} is read with a lowered bound in ReportReaderTest.
 */
class BaselineValidationTest {
  private static final Path VALID = Fixtures.path("baseline-valid.json");
  private static final String CANARY = "ZQXJ";

  /** Words of the reader's own that a fixture also holds: the keys it expects, the placements. */
  private static final Set<String> OWN_WORDS =
      Set.of(
          "schemaVersion",
          "inventory",
          "services",
          "name",
          "placement",
          "monthlyCost",
          "recommended",
          "location",
          "line",
          "column",
          "totals",
          "wasm-edge",
          "serverless",
          "hybrid",
          "kubernetes");

  /** A JSON string in the raw file (read as Latin-1, so that any bytes match). */
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  /** Scenario, then the line after {@code FILE:}, then a value of the file it must not quote. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          comment | 5:3: invalid JSON: comments are not allowed |
          control-character | 3:21: invalid JSON: a control character in a string (escape it) |
          cost-boolean | 10:116: 'monthlyCost.recommended' must be a JSON number (US dollars a month), got a boolean |
          cost-fraction-of-a-cent | 10:116: 'monthlyCost.recommended' must be in whole cents (at most two decimals) | 12.505
          cost-huge | 10:116: 'monthlyCost.recommended' is out of range: the largest amount read is about 1.8e308 dollars | 1e999
          cost-infinity | 10:125: invalid JSON: NaN and Infinity are not JSON numbers |
          cost-missing | 10:22: not an advisor JSON report: 'recommended' is missing in a service's 'monthlyCost' |
          cost-nan | 10:119: invalid JSON: NaN and Infinity are not JSON numbers |
          cost-negative | 10:116: 'monthlyCost.recommended' must not be negative | -5.00
          cost-not-an-object | 10:22: a service's 'monthlyCost' must be a JSON object, got a number with a fraction or an exponent |
          cost-null | 10:116: 'monthlyCost.recommended' must be a JSON number (US dollars a month), got null |
          cost-string-number | 10:116: 'monthlyCost.recommended' must be a JSON number (US dollars a month), got a string |
          cost-string-suffix | 10:116: 'monthlyCost.recommended' must be a JSON number (US dollars a month), got a string | 12M
          cost-too-long | 10:101: a number longer than 400 characters | 9999999999
          deep-nesting | 5:74: nested deeper than 64 levels |
          duplicate-key | 12:18: duplicate key 'placement' |
          duplicate-name | 23:15: a service name appears twice (first at line 7) |
          duplicate-unknown-key | 13:16: a key appears twice in one object |
          empty | 1:1: the file is empty: expected a saved advisor JSON report |
          encoded-surrogate | 4:25: not UTF-8 text: invalid byte sequence |
          invalid-utf8 | 4:25: not UTF-8 text: invalid byte sequence |
          inventory-lone-surrogate | 3:16: 'inventory' holds half a character (an escaped lone surrogate): escape whole characters only |
          inventory-missing | 1:1: not an advisor JSON report: 'inventory' is missing in the report |
          inventory-not-a-string | 3:16: 'inventory' must be a JSON string, got an array |
          junk-token | 8:20: invalid JSON: unrecognized token (expected a string, number, object, array, true, false or null) |
          latin1 | 3:25: not UTF-8 text: invalid byte sequence |
          location-fraction | 12:28: 'location.line' must be a whole JSON number from 0 to 2147483647, got a number with a fraction or an exponent | 1.5
          location-huge | 12:28: 'location.line' must be a whole JSON number from 0 to 2147483647 | 99999999999
          location-negative | 12:42: 'location.column' must be a whole JSON number from 0 to 2147483647 | -5
          long-key | 4:19: a key longer than 256 characters | kkkkkkkk
          missing-comma | 13:7: invalid JSON: unexpected character, expected ',' or a closing bracket |
          name-invalid | 7:15: invalid service 'name': use letters, digits, '.', '_' and '-', starting with a letter or digit |
          name-missing | 6:5: not an advisor JSON report: 'name' is missing in a service |
          name-not-a-string | 7:15: a service's 'name' must be a JSON string, got an object |
          name-too-long | 7:15: a service's 'name' is longer than 100 characters |
          not-an-object | 1:1: not an advisor JSON report: expected a JSON object, got an array |
          nul-byte | 4:25: binary content (a NUL byte): expected a text file |
          overlong-utf8 | 4:25: not UTF-8 text: invalid byte sequence |
          placement-missing | 6:5: not an advisor JSON report: 'placement' is missing in a service |
          placement-not-a-string | 8:20: a service's 'placement' must be one of wasm-edge, serverless, hybrid, kubernetes, got an array |
          placement-unknown | 8:20: a service's 'placement' must be one of wasm-edge, serverless, hybrid, kubernetes |
          schema-version-2 | 2:20: incompatible report: this release compares schemaVersion 1 only (save the baseline again with this release) |
          schema-version-fraction | 2:20: 'schemaVersion' must be the whole JSON number 1, got a number with a fraction or an exponent | 1.5
          schema-version-missing | 1:1: not an advisor JSON report: 'schemaVersion' is missing in the report |
          schema-version-string | 2:20: 'schemaVersion' must be the whole JSON number 1, got a string |
          service-not-an-object | 6:5: each item of 'services' must be a JSON object, got a string |
          services-not-an-array | 5:15: 'services' must be a JSON array, got an object |
          too-many-keys | 5:11190: an object with more than 1024 keys |
          total-missing | 23:13: not an advisor JSON report: 'monthlyCost' is missing in 'totals' |
          total-string | 23:44: 'totals.monthlyCost' must be a JSON number (US dollars a month), got a string |
          trailing-content | 25:1: unexpected content after the JSON value |
          trailing-junk | 25:1: invalid JSON: unrecognized token (expected a string, number, object, array, true, false or null) |
          truncated-utf8 | 15:22: not UTF-8 text: invalid byte sequence |
          truncated | 15:23: invalid JSON: unexpected end of input |
          unknown-escape | 3:22: invalid JSON: unknown escape in a string |
          unquoted-key | 12:7: invalid JSON: unexpected character, expected a key in double quotes |
          utf16 | 1:1: not UTF-8 text: invalid byte sequence |
          """)
  void refusedWithOneLineThatQuotesNothing(String scenario, String expected, String value)
      throws IOException {
    Path fixture = Fixtures.path("baseline-" + scenario + ".json");
    String line = oneLine(CliRunner.run("diff", fixture.toString(), VALID.toString()));

    assertThat(line).isEqualTo(fixture + ":" + expected);
    assertNothingQuoted(line, fixture, value);
  }

  /** The same line through {@code assess --baseline}, whatever the output format. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"table", "json", "markdown", "github", "sarif", "junit"})
  void assessWithABadBaselineGivesTheSameLine(String format) throws IOException {
    for (String scenario :
        List.of("placement-unknown", "cost-string-suffix", "duplicate-name", "junk-token")) {
      Path fixture = Fixtures.path("baseline-" + scenario + ".json");
      String line =
          oneLine(
              CliRunner.run(
                  "assess",
                  "samples/startup.yaml",
                  "--baseline",
                  fixture.toString(),
                  "--format",
                  format,
                  "--max-increase",
                  "10%"));
      assertThat(line)
          .isEqualTo(oneLine(CliRunner.run("diff", fixture.toString(), VALID.toString())));
      assertNothingQuoted(line, fixture, null);
    }
  }

  /** The current report of {@code diff} is held to the same rules. */
  @Test
  void aBadCurrentReportIsRefusedTheSameWay() throws IOException {
    Path fixture = Fixtures.path("baseline-name-invalid.json");
    String line = oneLine(CliRunner.run("diff", VALID.toString(), fixture.toString()));
    assertThat(line)
        .isEqualTo(
            fixture
                + ":7:15: invalid service 'name': use letters, digits, '.', '_' and '-', starting"
                + " with a letter or digit");
    assertNothingQuoted(line, fixture, null);
  }

  @Test
  void theValidFixtureIsValid() {
    CliRunner.Result r = CliRunner.run("diff", VALID.toString(), VALID.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
  }

  /** Exit 2, nothing on stdout, exactly one line on stderr and no stack trace; the line. */
  private static String oneLine(CliRunner.Result r) {
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).as("stdout").isEmpty();
    List<String> lines = r.err().lines().toList();
    assertThat(lines).as("stderr: %s", r.err()).hasSize(1);
    assertThat(lines.get(0)).doesNotContain("Exception").doesNotContain("\tat ");
    return lines.get(0);
  }

  private static void assertNothingQuoted(String line, Path fixture, String value)
      throws IOException {
    String message = line.substring(fixture.toString().length());
    assertThat(message).as("the canary").doesNotContainIgnoringCase(CANARY);
    if (value != null && !value.isEmpty()) {
      assertThat(message).as("the offending value").doesNotContain(value);
    }
    String raw = new String(Files.readAllBytes(fixture), StandardCharsets.ISO_8859_1);
    Matcher m = QUOTED.matcher(raw);
    while (m.find()) {
      String quoted = m.group(1);
      if (quoted.length() >= 3 && !OWN_WORDS.contains(quoted)) {
        assertThat(message).as("a string of the file").doesNotContain(quoted);
      }
    }
  }

  /** Each baseline fixture is used: the scenarios above, the valid one, too-many-services. */
  @Test
  void everyFixtureIsUsed() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(Fixtures.DIR)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("baseline-"))
          .forEach(names::add);
    }
    assertThat(names).hasSize(SCENARIOS + 2);
  }

  private static final int SCENARIOS = 57;
}
