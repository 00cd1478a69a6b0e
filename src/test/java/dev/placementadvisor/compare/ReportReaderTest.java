package dev.placementadvisor.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ReportReader and its UTF-8 decoder in-process: what a valid report gives, the service limit
 * (lowered), what is skipped, line and column counting across line ends, buffer boundaries and
 * characters beyond U+FFFF, and the fixed wording of parser problems.
 */
class ReportReaderTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static String message(Path file) {
    try {
      ReportReader.read(file);
    } catch (InputException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
      return e.getMessage();
    }
    throw new AssertionError("read " + file + " without a problem");
  }

  @Test
  void theValidFixtureGivesItsServicesInOrder() {
    Path valid = Fixtures.path("baseline-valid.json");
    Snapshot s = ReportReader.read(valid);
    assertThat(s.source()).isEqualTo(valid.toString());
    assertThat(s.inventory()).isEqualTo("ZQXJ-inventory.yaml");
    assertThat(s.services())
        .containsExactly(
            new Snapshot.Entry("ZQXJ-api", "serverless", 12.5, 12, 5),
            new Snapshot.Entry("ZQXJ-worker", "kubernetes", 7.5, 20, 5));
    assertThat(s.total()).isEqualTo(20.0);
    assertThat(s.service("ZQXJ-worker").monthlyCost()).isEqualTo(7.5);
    assertThat(s.service("ZQXJ-other")).isNull();
  }

  @Test
  void atMostTheServiceLimit() {
    Path three = Fixtures.path("baseline-too-many-services.json");
    assertThat(ReportReader.read(three, 3).services()).hasSize(3);
    assertThatThrownBy(() -> ReportReader.read(three, 2))
        .isInstanceOf(InputException.class)
        .hasMessage(three + ":22:5: too many services: more than 2 (a report holds at most 2)");
  }

  @Test
  void fieldsItDoesNotNeedAreSkippedAndLocationIsOptional() throws IOException {
    Path file =
        write(
            "extra.json",
            """
            {"future": {"a": [1, {"b": null}], "c": "d"}, "schemaVersion": 1,
             "services": [{"x": [[]], "name": "a", "monthlyCost": {"recommended": 0, "z": {}},
               "placement": "hybrid", "location": {"line": 3, "later": true}},
              {"name": "b", "placement": "wasm-edge", "monthlyCost": {"recommended": 1.5e2}}],
             "totals": {"monthlyCost": 150.0}, "inventory": "i.yaml", "more": [1, 2]}
            """);
    Snapshot s = ReportReader.read(file);
    assertThat(s.services())
        .containsExactly(
            new Snapshot.Entry("a", "hybrid", 0, 3, 0),
            new Snapshot.Entry("b", "wasm-edge", 150, 0, 0));
    assertThat(s.total()).isEqualTo(150.0);
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    byte[] report = Files.readAllBytes(Fixtures.path("baseline-valid.json"));
    byte[] withBom = new byte[report.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(report, 0, withBom, 3, report.length);
    assertThat(ReportReader.read(write("bom.json", withBom)).services()).hasSize(2);
  }

  /**
   * Lines end at LF, CR LF or a lone CR, as the JSON parser counts them, for both kinds of error.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void linesAreCountedAsTheParserCountsThem(String eol) throws IOException {
    String head = String.join(eol, "{", "  \"schemaVersion\": 1,", "  \"inventory\": \"x\",", "");
    Path junk = write("junk.json", head + "  \"services\": oops");
    assertThat(message(junk)).startsWith(junk + ":4:15: invalid JSON: unrecognized token");

    // A string the reader keeps (a string it skips is not read until the next token).
    String kept = String.join(eol, "{", "  \"schemaVersion\": 1,", "  \"inventory\": \"");
    byte[] start = kept.getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[start.length + 1];
    System.arraycopy(start, 0, bad, 0, start.length);
    bad[start.length] = (byte) 0xFF;
    Path notUtf8 = write("bad.json", bad);
    assertThat(message(notUtf8))
        .isEqualTo(notUtf8 + ":3:17: not UTF-8 text: invalid byte sequence");
  }

  /** Columns count UTF-16 chars, as the parser does: a character beyond U+FFFF is two. */
  @Test
  void columnsCountCharsAsTheParserDoes() throws IOException {
    Path after = write("emoji.json", "{\"inventory\": \"\uD83D\uDE00\u00e9\", oops}");
    assertThat(message(after)).startsWith(after + ":1:22: invalid JSON: unexpected character");

    byte[] bytes = "{\"inventory\": \"\uD83D\uDE00\u00e9?".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 1] = (byte) 0xC0; // a lead byte that UTF-8 never uses
    Path bad = write("emoji-bad.json", bytes);
    assertThat(message(bad)).isEqualTo(bad + ":1:19: not UTF-8 text: invalid byte sequence");
  }

  /**
   * Characters cut by the decoder's 64 KiB buffer, at every offset of a 2-, 3- and 4-byte character
   * around the boundary, decode whole; a NUL after them is placed exactly.
   */
  @Test
  void charactersAcrossTheBufferBoundaryDecodeWhole() throws IOException {
    for (String c : List.of("\u00e9", "\u20ac", "\uD83D\uDE00")) {
      for (int shift = 0; shift < 4; shift++) {
        StringBuilder text = new StringBuilder("{\"organization\": \"");
        text.append("a".repeat(64 * 1024 - text.length() - 2 + shift));
        int column = text.length() + 1;
        text.append(c).append(c).append("\", \"schemaVersion\": 1, \"inventory\": \"").append(c);
        text.append("\", \"services\": [], \"totals\": {\"monthlyCost\": 0}}");
        Snapshot s = ReportReader.read(write("cut.json", text.toString()));
        assertThat(s.inventory()).isEqualTo(c);

        byte[] nul =
            (text.substring(0, column - 1) + c + c + "\u0000").getBytes(StandardCharsets.UTF_8);
        Path file = write("nul.json", nul);
        assertThat(message(file))
            .isEqualTo(
                file
                    + ":1:"
                    + (column + 2 * c.length())
                    + ": binary content (a NUL byte): expected a text file");
      }
    }
  }

  /** A reader asking for one char at a time gets a character beyond U+FFFF in two halves. */
  @Test
  void oneCharAtATime() throws IOException {
    String text = "a\uD83D\uDE00\u00e9\r\nb";
    StringWriter out = new StringWriter();
    try (Reader r =
        new StrictUtf8Reader(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x", 1 << 20)) {
      char[] one = new char[1];
      int n;
      while ((n = r.read(one, 0, 1)) != -1) {
        assertThat(n).isEqualTo(1);
        out.write(one[0]);
      }
    }
    assertThat(out.toString()).isEqualTo(text);
  }

  @Test
  void moreBytesThanTheLimitFromAStream() {
    byte[] spaces = " ".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(
            () -> {
              try (Reader r =
                  new StrictUtf8Reader(new ByteArrayInputStream(spaces), "pipe", 70_000)) {
                char[] buf = new char[4000];
                while (r.read(buf, 0, buf.length) != -1) {
                  // read on
                }
              }
            })
        .isInstanceOf(InputException.class)
        .hasMessage("pipe: more than 70000 bytes to read; the largest report read is 70000 bytes");
  }

  /**
   * Amounts as JSON allows them to be written, including exponents too long for any decimal type
   * (found by fuzzing: Jackson's BigDecimal parser throws on them).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | ",
        "12 | ",
        "12.5 | ",
        "12.50 | ",
        "1.25e1 | ",
        "125E-1 | ",
        "0.0000 | ",
        "-0.00 | ",
        "0e99999999999 | ",
        "-0e-99999999999 | ",
        "1e308 | ",
        "1.7976931348623157e308 | ",
        "12.505 | must be in whole cents (at most two decimals)",
        "1e-3 | must be in whole cents (at most two decimals)",
        "1e-99999999999 | must be in whole cents (at most two decimals)",
        "-1 | must not be negative",
        "-1e99999999999 | must not be negative",
        "1.7976931348623159e308 | is out of range: the largest amount read is about 1.8e308"
            + " dollars",
        "1e309 | is out of range: the largest amount read is about 1.8e308 dollars",
        "1e99999999999 | is out of range: the largest amount read is about 1.8e308 dollars",
      })
  void amounts(String amount, String problem) throws IOException {
    Path file =
        write(
            "amount.json",
            "{\"schemaVersion\": 1, \"inventory\": \"i\", \"services\": [],"
                + " \"totals\": {\"monthlyCost\": "
                + amount
                + "}}");
    if (problem == null) {
      // zero with an exponent too long for BigDecimal, or the number itself
      double expected = amount.contains("99999999999") ? 0 : new BigDecimal(amount).doubleValue();
      assertThat(ReportReader.read(file).total()).isEqualTo(expected);
    } else {
      assertThat(message(file)).isEqualTo(file + ":1:82: 'totals.monthlyCost' " + problem);
    }
  }

  /** Each parser complaint in fixed words; the parser's own text never comes through. */
  @Test
  void parserProblemsInFixedWords() {
    assertThat(ReportReader.syntaxProblem("Unrecognized token 'ZQXJ-secret-value': was expecting"))
        .isEqualTo(
            "invalid JSON: unrecognized token (expected a string, number, object, array, true,"
                + " false or null)");
    assertThat(ReportReader.syntaxProblem("Duplicate field 'ZQXJ'"))
        .isEqualTo("a key appears twice in one object");
    assertThat(ReportReader.syntaxProblem("Duplicate field 'name'"))
        .isEqualTo("duplicate key 'name'");
    assertThat(ReportReader.syntaxProblem("Something new about 'ZQXJ'")).isEqualTo("invalid JSON");
    assertThat(ReportReader.syntaxProblem(null)).isEqualTo("invalid JSON");
    assertThat(ReportReader.limitProblem("Token count (9) exceeds 'ZQXJ'"))
        .isEqualTo("too large to read");
    assertThat(ReportReader.limitProblem(null)).isEqualTo("too large to read");
  }

  @Test
  void missingDirectoryAndEmpty() throws IOException {
    Path missing = dir.resolve("missing.json");
    assertThat(message(missing)).isEqualTo(missing + ": no such file");
    assertThat(message(dir)).isEqualTo(dir + ": is a directory, not a file");
    Path empty = write("empty.json", "");
    assertThat(message(empty))
        .isEqualTo(empty + ":1:1: the file is empty: expected a saved advisor JSON report");
  }
}
