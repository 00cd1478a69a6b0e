package dev.placementadvisor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.cli.Main;
import dev.placementadvisor.compare.ReportReader;
import dev.placementadvisor.compare.Snapshot;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.inventory.Placement;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzz tests (Jazzer) of the baseline reader. The property: any bytes given as a
 * saved report either make a snapshot that keeps the reader's promises (valid, unique names;
 * placement ids; finite amounts, not negative), or are refused with one {@link InputException}
 * whose one line is the file's name, maybe a line and column, and then one of the reader's own
 * messages, never a word of the input.
 *
 * <p>"Never a word of the input" is checked two ways. The seeds carry the canary {@code ZQXJ} in
 * names, values, keys, comments and around bad bytes, which no message may contain. And every
 * message, its numbers set aside, must be one of the {@link #MESSAGES} below: the reader's whole
 * vocabulary. So no run of characters of the input can appear in a message unless the reader's own
 * words hold it too, and a new message must be added here, where it is read for quoting.
 *
 * <p>Regression mode ({@code ./mvnw verify}) replays {@code BaselineFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1} fuzzes: see docs/testing.md.
 */
class BaselineFuzzTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final String CANARY = "ZQXJ";

  private static final String KIND =
      "(an object|an array|a string|a whole number|a number with a fraction or an exponent"
          + "|a boolean|null|something else|the end of the input)";
  private static final String AMOUNT = "'(monthlyCost\\.recommended|totals\\.monthlyCost)'";
  private static final String KEYS =
      "(schemaVersion|inventory|services|name|placement|monthlyCost|recommended|location|line"
          + "|column|totals)";

  /** Every message the reader can give, with each run of digits as {@code #}. */
  private static final List<Pattern> MESSAGES =
      Arrays.stream(
              new String[] {
                "the file is empty: expected a saved advisor JSON report",
                "not an advisor JSON report: expected a JSON object, got " + KIND,
                "unexpected content after the JSON value",
                "not an advisor JSON report: '(schemaVersion|inventory|services|totals)' is missing"
                    + " in the report",
                "not an advisor JSON report: '(name|placement|monthlyCost)' is missing in a"
                    + " service",
                "not an advisor JSON report: 'recommended' is missing in a service's 'monthlyCost'",
                "not an advisor JSON report: 'monthlyCost' is missing in 'totals'",
                "'schemaVersion' must be the whole JSON number #, got " + KIND,
                "incompatible report: this release compares schemaVersion # only \\(save the"
                    + " baseline again with this release\\)",
                "'inventory' must be a JSON string, got " + KIND,
                "'inventory' is longer than # characters",
                "'inventory' holds half a character \\(an escaped lone surrogate\\): escape whole"
                    + " characters only",
                "'services' must be a JSON array, got " + KIND,
                "too many services: more than # \\(a report holds at most #\\)",
                "each item of 'services' must be a JSON object, got " + KIND,
                "a service's 'name' must be a JSON string, got " + KIND,
                "a service's 'name' is longer than # characters",
                "invalid service 'name': use letters, digits, '\\.', '_' and '-', starting with a"
                    + " letter or digit",
                "a service name appears twice \\(first at line #\\)",
                "a service's 'placement' must be one of wasm-edge, serverless, hybrid,"
                    + " kubernetes(, got "
                    + KIND
                    + ")?",
                "a service's '(monthlyCost|location)' must be a JSON object, got " + KIND,
                "'location\\.(line|column)' must be a whole JSON number from # to #(, got "
                    + KIND
                    + ")?",
                "'totals' must be a JSON object, got " + KIND,
                AMOUNT + " must be a JSON number \\(US dollars a month\\), got " + KIND,
                AMOUNT + " must not be negative",
                AMOUNT + " is out of range: the largest amount read is about #\\.#e# dollars",
                AMOUNT + " must be in whole cents \\(at most two decimals\\)",
                "an object with more than # keys",
                "duplicate key '" + KEYS + "'",
                "a key appears twice in one object",
                "invalid JSON(: (unexpected end of input|unexpected character(, expected (a key in"
                    + " double quotes|',' or a closing bracket|':' after a key))?|comments are not"
                    + " allowed|malformed number|unrecognized token \\(expected a string, number,"
                    + " object, array, true, false or null\\)|NaN and Infinity are not JSON"
                    + " numbers|a control character in a string \\(escape it\\)|unknown escape in a"
                    + " string|mismatched closing bracket))?",
                "nested deeper than # levels",
                "a value longer than the longest value read, # characters",
                "a number longer than # characters",
                "a key longer than # characters",
                "more than # bytes",
                "too large to read",
                "binary content \\(a NUL byte\\): expected a text file",
                "not UTF-# text: invalid byte sequence",
                "more than # bytes to read; the largest report read is # bytes",
              })
          .map(Pattern::compile)
          .toList();

  private static final Pattern LOCATED = Pattern.compile("(?::\\d+:\\d+)?: (.*)");

  private static final Set<String> PLACEMENTS =
      Set.copyOf(Arrays.stream(Placement.values()).map(Placement::id).toList());

  private static final List<String> FORMATS =
      List.of("table", "json", "markdown", "github", "sarif", "junit");

  @TempDir static Path dir;

  /** ReportReader.read on arbitrary bytes: a snapshot it vouches for, or one message of its own. */
  @FuzzTest(maxDuration = "5m")
  void read(byte[] data) throws IOException {
    Path file = dir.resolve("fuzz.json");
    Files.write(file, data);
    Snapshot snapshot;
    try {
      snapshot = ReportReader.read(file);
    } catch (InputException e) {
      assertOwnWords(e.getMessage(), file);
      return;
    }
    assertThat(snapshot.services().size()).isLessThanOrEqualTo(InventoryLoader.MAX_SERVICES);
    Set<String> names = new HashSet<>();
    for (Snapshot.Entry e : snapshot.services()) {
      assertThat(e.name()).matches(InventoryLoader.NAME);
      assertThat(names.add(e.name())).as("unique name %s", e.name()).isTrue();
      assertThat(PLACEMENTS).contains(e.placement());
      assertThat(e.monthlyCost()).isFinite().isGreaterThanOrEqualTo(0);
      assertThat(e.line()).isNotNegative();
      assertThat(e.column()).isNotNegative();
      assertThat(snapshot.service(e.name())).isSameAs(e);
    }
    assertThat(snapshot.total()).isFinite().isGreaterThanOrEqualTo(0);
  }

  /**
   * {@code advisor diff} with the bytes as the baseline, and as the current report, against a saved
   * report of samples/startup.yaml, with every gate, in every comparison format: exit 0 or 1 with
   * output when the reader accepts the bytes (however large the amounts), exit 2 with one line of
   * its own words when it does not. Exit 3 (an internal error) fails.
   */
  @FuzzTest(maxDuration = "5m")
  void diff(byte[] data) throws IOException {
    Path file = dir.resolve("fuzz-diff.json");
    Files.write(file, data);
    boolean valid;
    try {
      ReportReader.read(file);
      valid = true;
    } catch (InputException e) {
      valid = false;
    }
    Path other = current();
    for (String format : FORMATS) {
      for (boolean asBaseline : new boolean[] {true, false}) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
            Main.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "diff",
                (asBaseline ? file : other).toString(),
                (asBaseline ? other : file).toString(),
                "--format",
                format,
                "--max-increase",
                "10%",
                "--max-service-increase",
                "5",
                "--budget",
                "100",
                "--fail-on-placement-change");
        if (!valid) {
          assertThat(code).as("exit code; stderr: %s", err).isEqualTo(2);
          assertThat(out.toString()).isEmpty();
          assertThat(err.toString().lines().toList()).hasSize(1);
          assertOwnWords(err.toString().strip(), file);
          return; // the same line in any format
        }
        assertThat(code).as("exit code in %s; stderr: %s", format, err).isIn(0, 1);
        assertThat(out.toString()).isNotEmpty();
        if (format.equals("json") || format.equals("sarif")) {
          JSON.readTree(out.toString());
        }
      }
    }
  }

  /** A saved report of samples/startup.yaml, made once. */
  private static synchronized Path current() {
    Path report = dir.resolve("current.json");
    if (!Files.exists(report)) {
      int code =
          Main.run(
              new PrintWriter(new StringWriter()),
              new PrintWriter(new StringWriter()),
              "assess",
              "samples/startup.yaml",
              "--format",
              "json",
              "-o",
              report.toString());
      assertThat(code).isZero();
    }
    return report;
  }

  /**
   * One line: the file's name, maybe a line and column, and one of the reader's messages, which
   * holds no canary.
   */
  private static void assertOwnWords(String message, Path file) {
    assertThat(message).doesNotContain("\n").doesNotContain("\r").startsWith(file.toString());
    Matcher m = LOCATED.matcher(message.substring(file.toString().length()));
    assertThat(m.matches()).as("located: %s", message).isTrue();
    String problem = m.group(1);
    assertThat(problem.toUpperCase(Locale.ROOT)).as("the canary").doesNotContain(CANARY);
    String words = problem.replaceAll("[0-9]+", "#");
    assertThat(MESSAGES.stream().anyMatch(p -> p.matcher(words).matches()))
        .as("one of the reader's own messages: %s", problem)
        .isTrue();
  }
}
