package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.placementadvisor.compare.ReportReader;
import dev.placementadvisor.input.YamlTreeReader;
import dev.placementadvisor.testing.CliRunner;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile inputs through the real command line: resource exhaustion (alias bombs, deep nesting,
 * huge values and files, endless devices, pipes with no writer), unsafe tags, bytes that are not
 * UTF-8 text, numbers that are not finite, unreadable or misplaced paths, for the inventory and for
 * a JSON baseline. Each must end in exit 2 with one located line on stderr and no stack trace, must
 * neither create the -o file nor touch an existing one, and must finish: the 20 s bound is a hang
 * guard, not a speed target.
 *
 * <p>The plainer bad-input classes (one alias, one ScriptEngineManager tag, a second document, a
 * NUL byte, Latin-1 text, a directory, a missing file) are in InventoryLoaderBadInputTest.
 */
class HostileInputTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);
  private static final String VALID_SERVICE =
      "  - name: api\n    traffic: {requestsPerMonth: 1M}\n";

  @TempDir Path dir;
  private Path out;

  @BeforeEach
  void setUp() throws IOException {
    out = Files.createDirectories(dir.resolve("out")).resolve("report.json");
  }

  // ---------------------------------------------------------------- helpers

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /**
   * Runs {@code advisor args... -o OUT} twice, once with no OUT and once with an existing OUT, and
   * checks the bad-input contract both times; returns the one stderr line, which must match {@code
   * expected} (a regex for the whole line).
   */
  private String assertRejected(String expected, String... args) throws IOException {
    String[] withOut =
        Stream.concat(Stream.of(args), Stream.of("-o", out.toString())).toArray(String[]::new);

    String line = runRejected(withOut);
    assertThat(out).as("the -o file is not created").doesNotExist();

    byte[] previous = "previous report, must survive\n".getBytes(StandardCharsets.UTF_8);
    Files.write(out, previous);
    assertThat(runRejected(withOut)).isEqualTo(line);
    assertThat(Files.readAllBytes(out)).as("the existing -o file is unchanged").isEqualTo(previous);
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temporary file left beside the output")
          .containsExactly(out.getFileName().toString());
    }
    Files.delete(out);

    assertThat(line).matches(expected);
    return line;
  }

  private static String runRejected(String... args) {
    CliRunner.Result r = assertTimeoutPreemptively(HANG_GUARD, () -> CliRunner.run(args));
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
    assertThat(r.out()).as("standard output").isEmpty();
    List<String> lines = r.err().lines().toList();
    assertThat(lines).as("stderr is exactly one line: %s", r.err()).hasSize(1);
    assertThat(lines.get(0))
        .as("no stack trace")
        .doesNotContain("Exception")
        .doesNotContain("at dev.")
        .doesNotContain("\tat ")
        .doesNotContain("internal error");
    return lines.get(0);
  }

  /** A regex for {@code FILE:LINE:COL: } followed by a message containing {@code words}. */
  private static String at(Path file, int line, int column, String words) {
    return Pattern.quote(file + ":" + line + ":" + column + ": ")
        + ".*"
        + Pattern.quote(words)
        + ".*";
  }

  /** A regex for {@code FILE:LINE:COL: } at any place, then a message containing {@code words}. */
  private static String located(Path file, String words) {
    return Pattern.quote(file.toString()) + ":\\d+:\\d+: .*" + Pattern.quote(words) + ".*";
  }

  /** A regex for {@code FILE: message} with no line, the message containing {@code words}. */
  private static String fileOnly(Path file, String words) {
    return Pattern.quote(file + ": ") + ".*" + Pattern.quote(words) + ".*";
  }

  private static String inventory(String body) {
    return "version: 1\n" + body;
  }

  private Path sparse(String name, long bytes) throws IOException {
    Path file = dir.resolve(name);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(bytes);
    }
    return file;
  }

  private static boolean linux() {
    return Files.exists(Path.of("/dev/zero")) && Files.isDirectory(Path.of("/proc/self"));
  }

  private Path fifo(String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assumeTrue(p.waitFor() == 0, "mkfifo works here");
    return fifo;
  }

  /** Writes {@code content} repeatedly (or once) to a FIFO from a daemon thread. */
  private static Thread writer(Path fifo, byte[] content, boolean forever) {
    Thread t =
        new Thread(
            () -> {
              try (OutputStream o = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
                do {
                  o.write(content);
                } while (forever);
              } catch (IOException e) {
                // The reader closed the pipe: expected when it stops at the size limit.
              }
            },
            "fifo-writer");
    t.setDaemon(true);
    t.start();
    return t;
  }

  // ------------------------------------------------------- resource exhaustion

  @Nested
  class Exhaustion {
    @Test
    void billionLaughsIsRefusedAtTheFirstAliasBeforeAnythingExpands() throws IOException {
      StringBuilder yaml = new StringBuilder("version: 1\n");
      yaml.append(
          "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
      String previous = "a";
      for (char c = 'b'; c <= 'i'; c++) {
        yaml.append(c).append(": &").append(c).append(" [");
        yaml.append(String.join(",", java.util.Collections.nCopies(9, "*" + previous)));
        yaml.append("]\n");
        previous = String.valueOf(c);
      }
      yaml.append("services: *i\n");
      Path file = write("lol.yaml", yaml.toString());

      assertRejected(
          at(file, 3, 8, "YAML aliases (*a) are not supported"), "assess", file.toString());
    }

    @Test
    void aliasBombInsideAServiceListIsRefusedToo() throws IOException {
      Path file =
          write(
              "lol-services.yaml",
              inventory(
                  "profiles:\n  p: &p {requestsPerMonth: 1M}\nservices:\n"
                      + "  - {name: a, traffic: *p}\n"));

      assertRejected(at(file, 5, 24, "aliases"), "assess", file.toString());
    }

    @Test
    void tenThousandOpenBracketsStopAtTheDepthLimit() throws IOException {
      Path file = write("brackets.yaml", "[".repeat(10_000) + "]".repeat(10_000) + "\n");

      assertRejected(at(file, 1, 65, "nested deeper than 64 levels"), "assess", file.toString());
    }

    @Test
    void tenThousandOpenBracesAreRefusedAtTheSecondBrace() throws IOException {
      Path file = write("braces.yaml", "{".repeat(10_000) + "}".repeat(10_000) + "\n");

      // A mapping used as a mapping key: refused before the depth limit is reached.
      assertRejected(
          at(file, 1, 3, "a mapping key must be plain text, not a list or a mapping"),
          "assess",
          file.toString());
    }

    @Test
    void tenThousandLevelsOfBlockNestingStopAtTheDepthLimit() throws IOException {
      StringBuilder yaml = new StringBuilder("version: 1\nservices:\n");
      for (int i = 1; i <= 10_000; i++) {
        yaml.append("  ".repeat(i)).append("- \n");
      }
      Path file = write("block-deep.yaml", yaml.toString());

      assertRejected(located(file, "nested deeper than 64 levels"), "assess", file.toString());
    }

    @Test
    void tenMegabyteValueOnOneLineIsRefusedAtTheLineLimit() throws IOException {
      Path file =
          write(
              "long-line.yaml",
              inventory(
                  "organization:\n  name: \""
                      + "x".repeat(10_000_000)
                      + "\"\nservices:\n"
                      + VALID_SERVICE));

      assertRejected(
          at(file, 3, YamlTreeReader.MAX_LINE_CHARS + 1, "line longer than 65536 characters"),
          "assess",
          file.toString());
    }

    @Test
    void tenMegabyteBlockScalarIsRefusedAtTheValueLimit() throws IOException {
      String line = "    " + "y".repeat(1_000) + "\n";
      Path file =
          write(
              "long-value.yaml",
              inventory(
                  "organization:\n  name: |\n"
                      + line.repeat(10_000)
                      + "services:\n"
                      + VALID_SERVICE));

      assertRejected(
          at(file, 3, 9, "the longest value read is 1048576 characters"),
          "assess",
          file.toString());
    }

    @Test
    void oneServiceOverTheServiceLimit() throws IOException {
      int count = dev.placementadvisor.inventory.InventoryLoader.MAX_SERVICES + 1;
      StringBuilder yaml =
          new StringBuilder("version: 1\nprofiles:\n  p: {requestsPerMonth: 1M}\nservices:\n");
      for (int i = 0; i < count; i++) {
        yaml.append("  - {name: s").append(i).append(", traffic: p}\n");
      }
      Path file = write("many.yaml", yaml.toString());

      assertRejected(
          at(file, 5, 3, "too many services: 200001 (an inventory holds at most 200000)"),
          "assess",
          file.toString());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
      Path file = sparse("huge.yaml", YamlTreeReader.MAX_FILE_BYTES + 1);

      assertRejected(
          fileOnly(file, "file is 134217729 bytes; the largest file read is 134217728 bytes"),
          "assess",
          file.toString());
    }

    @Test
    void aDeviceIsRefusedAtOnce() throws IOException {
      assumeTrue(linux(), "needs /dev/zero");
      Path zero = Path.of("/dev/zero");

      assertRejected(
          Pattern.quote("/dev/zero: is a device or socket, not a file"), "assess", zero.toString());
    }

    @Test
    void endlessPipeStopsAtTheSizeLimit() throws Exception {
      assumeTrue(linux(), "needs mkfifo");
      Path fifo = fifo("endless.yaml");
      writer(fifo, "key: value\n".repeat(10_000).getBytes(StandardCharsets.UTF_8), true);

      String line = runRejected("assess", fifo.toString(), "-o", out.toString());

      assertThat(line).matches(fileOnly(fifo, "more than 134217728 bytes to read"));
      assertThat(out).doesNotExist();
    }

    @Test
    void pipeWithNoWriterGivesUpInsteadOfHanging() throws Exception {
      assumeTrue(linux(), "needs mkfifo");
      Path fifo = fifo("silent.yaml");

      String line = runRejected("assess", fifo.toString(), "-o", out.toString());

      assertThat(line).matches(fileOnly(fifo, "nothing is writing to this pipe"));
      assertThat(out).doesNotExist();
      // The thread that was blocked opening the FIFO has been released.
      Thread.sleep(200);
      assertThat(Thread.getAllStackTraces().keySet())
          .noneMatch(t -> t.getName().startsWith("advisor-open-") && t.isAlive());
    }

    @Test
    void pipeWithAWriterIsReadLikeAFile() throws Exception {
      assumeTrue(linux(), "needs mkfifo");
      Path fifo = fifo("fed.yaml");
      writer(fifo, Files.readAllBytes(Path.of("samples", "startup.yaml")), false);

      CliRunner.Result r =
          assertTimeoutPreemptively(HANG_GUARD, () -> CliRunner.run("validate", fifo.toString()));

      assertThat(r.err()).isEmpty();
      assertThat(r.out()).isEqualTo(fifo + ": valid (5 services)\n");
    }
  }

  // ------------------------------------------------------------------- tags

  static Stream<Arguments> tags() {
    return Stream.of(
        Arguments.of("services:\n  - name: a\n    traffic: !secret x\n", 4, 14, "(secret)"),
        Arguments.of(
            "services: !!python/object:os.system [\"ls\"]\n", 2, 11, "python/object:os.system"),
        Arguments.of(
            "services:\n  - !!python/object/apply:os.system [\"ls\"]\n",
            3,
            5,
            "python/object/apply"),
        Arguments.of(
            "services:\n  - name: !!str a\n    traffic: {requestsPerMonth: 1M}\n",
            3,
            11,
            "tag:yaml.org,2002:str"),
        Arguments.of("services: !<tag:yaml.org,2002:seq> []\n", 2, 11, "tag:yaml.org,2002:seq"));
  }

  @ParameterizedTest
  @MethodSource("tags")
  void customAndUnsafeTagsAreRefusedWhereTheyStand(String body, int line, int column, String tag)
      throws IOException {
    Path file = write("tag.yaml", inventory(body));

    assertRejected(at(file, line, column, tag), "assess", file.toString());
  }

  @Test
  void taggedRootWithAGadgetChainIsRefusedAtTheFirstCharacter() throws IOException {
    Path file =
        write(
            "gadget.yaml",
            "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n");

    assertRejected(at(file, 1, 1, "javax.script.ScriptEngineManager"), "assess", file.toString());
  }

  @Test
  void tagDirectiveIsRefused() throws IOException {
    Path file = write("directive.yaml", "%TAG ! tag:evil.example,2000:\n---\nversion: !x 1\n");

    assertRejected(at(file, 3, 10, "tag:evil.example,2000:x"), "assess", file.toString());
  }

  @Test
  void emptySecondDocumentStillCountsAsASecondDocument() throws IOException {
    Path file = write("docs.yaml", inventory("services:\n" + VALID_SERVICE + "---\n"));

    assertRejected(at(file, 6, 1, "more than one YAML document"), "assess", file.toString());
  }

  // ------------------------------------------------------------ bytes and text

  @Nested
  class Bytes {
    @Test
    void randomBytesAreBinary() throws IOException {
      byte[] bytes = new byte[4096];
      new Random(42).nextBytes(bytes);
      Path file = write("random.yaml", bytes);

      assertRejected(located(file, "binary content"), "assess", file.toString());
    }

    @Test
    void utf16IsNotUtf8() throws IOException {
      Path file =
          write(
              "utf16.yaml",
              ("\uFEFF" + inventory("services:\n" + VALID_SERVICE))
                  .getBytes(StandardCharsets.UTF_16LE));

      // UTF-16 puts a NUL after every ASCII character.
      assertRejected(located(file, "binary content (a NUL byte)"), "assess", file.toString());
    }

    @Test
    void overlongEncodingIsNotUtf8() throws IOException {
      // 0xC0 0xAF is an overlong '/', a classic filter bypass.
      byte[] head = "version: 1\nservices:\n  - name: a".getBytes(StandardCharsets.US_ASCII);
      byte[] bytes = new byte[head.length + 2];
      System.arraycopy(head, 0, bytes, 0, head.length);
      bytes[head.length] = (byte) 0xC0;
      bytes[head.length + 1] = (byte) 0xAF;
      Path file = write("overlong.yaml", bytes);

      assertRejected(at(file, 3, 12, "not UTF-8 text"), "assess", file.toString());
    }

    @Test
    void lonelySurrogateEncodedInUtf8IsNotUtf8() throws IOException {
      // ED A0 80 encodes U+D800, a surrogate, which UTF-8 forbids.
      byte[] bytes = {
        'v', 'e', 'r', 's', 'i', 'o', 'n', ':', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80
      };
      Path file = write("surrogate.yaml", bytes);

      assertRejected(at(file, 1, 10, "not UTF-8 text"), "assess", file.toString());
    }

    /** An escape can still write half a surrogate pair, which no UTF-8 report can hold. */
    @Test
    void escapedLoneSurrogateIsRefusedWhereItStands() throws IOException {
      Path value =
          write("escaped-surrogate.yaml", inventory("organization:\n  name: \"a\\ud800b\"\n"));
      assertRejected(at(value, 3, 9, "lone surrogate \\ud800"), "assess", value.toString());

      Path key = write("escaped-surrogate-key.yaml", inventory("\"\\udc00\": 1\n"));
      assertRejected(at(key, 2, 1, "lone surrogate \\udc00"), "assess", key.toString());

      Path pair =
          write(
              "escaped-pair.yaml",
              inventory(
                  "organization:\n"
                      + "  name: \"\\ud83d\\ude00 \\U0001F600\"\n"
                      + "profiles:\n"
                      + "  web: {requestsPerMonth: 1M}\n"
                      + "services:\n"
                      + "  - name: a\n"
                      + "    traffic: web\n"));
      CliRunner.Result r =
          CliRunner.run("assess", pair.toString(), "--format", "json", "-o", out.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(Files.readString(out, StandardCharsets.UTF_8))
          .contains("\"organization\": \"\uD83D\uDE00 \uD83D\uDE00\"");
      Files.delete(out);
    }

    @Test
    void truncatedMultiByteCharacterAtTheEndIsNotUtf8() throws IOException {
      byte[] text = inventory("services:\n  - name: caf").getBytes(StandardCharsets.US_ASCII);
      byte[] bytes = java.util.Arrays.copyOf(text, text.length + 1);
      bytes[text.length] = (byte) 0xC3; // the first byte of 'é', cut off
      Path file = write("cut.yaml", bytes);

      assertRejected(at(file, 3, 14, "not UTF-8 text"), "assess", file.toString());
    }
  }

  // ------------------------------------------------------------------ numbers

  @ParameterizedTest
  @ValueSource(
      strings = {
        ".nan",
        ".NaN",
        "NaN",
        ".inf",
        "-.inf",
        "+.Inf",
        "1e999",
        "-1e999",
        "99999999999999999999999",
        "1e2147483648",
        "0x7fffffffffffffff"
      })
  void numbersThatAreNotFiniteOrTooLargeAreRefusedForEveryNumericField(String value)
      throws IOException {
    String[][] fields = {
      // field, the inventory with the value in place, line, column
      {"version", "version: " + value + "\nservices:\n" + VALID_SERVICE, "1", "10"},
      {
        "memoryMb",
        "version: 1\nservices:\n  - name: a\n    traffic: {requestsPerMonth: 1M}\n    memoryMb: "
            + value
            + "\n",
        "5",
        "15"
      },
      {
        "avgDurationMs",
        "version: 1\n"
            + "services:\n"
            + "  - name: a\n"
            + "    traffic: {requestsPerMonth: 1M}\n"
            + "    avgDurationMs: "
            + value
            + "\n",
        "5",
        "20"
      },
      {
        "requestsPerMonth",
        "version: 1\nservices:\n  - name: a\n    traffic: {requestsPerMonth: " + value + "}\n",
        "4",
        "33"
      },
      {
        "logsGbPerMonth",
        "version: 1\n"
            + "services:\n"
            + "  - name: a\n"
            + "    traffic: {requestsPerMonth: 1M}\n"
            + "    logsGbPerMonth: "
            + value
            + "\n",
        "5",
        "21"
      },
      {
        "engineers",
        "version: 1\norganization:\n  engineers: " + value + "\nservices:\n" + VALID_SERVICE,
        "3",
        "14"
      },
    };
    for (String[] f : fields) {
      Path file = write(f[0] + ".yaml", f[1]);
      assertRejected(
          at(file, Integer.parseInt(f[2]), Integer.parseInt(f[3]), "'" + f[0] + "'"),
          "assess",
          file.toString());
    }
  }

  // ----------------------------------------------------------------- paths

  @Nested
  class Paths {
    @Test
    void unreadableInventory() throws IOException {
      Path file = write("locked.yaml", inventory("services:\n" + VALID_SERVICE));
      assumeTrue(file.toFile().setReadable(false, false), "can change permissions");
      try {
        assumeTrue(!Files.isReadable(file), "not running as a user who reads anything (root)");

        assertRejected(fileOnly(file, "permission denied"), "assess", file.toString());
      } finally {
        file.toFile().setReadable(true, false);
      }
    }

    @Test
    void outputInAMissingDirectory() throws IOException {
      Path file = write("ok.yaml", inventory("services:\n" + VALID_SERVICE));
      Path target = dir.resolve("no-such-dir").resolve("report.json");

      String line =
          runRejected("assess", file.toString(), "--format", "json", "-o", target.toString());

      assertThat(line).isEqualTo(target + ": cannot write: the directory does not exist");
      assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void outputThatIsADirectory() throws IOException {
      Path file = write("ok.yaml", inventory("services:\n" + VALID_SERVICE));
      Path target = Files.createDirectory(dir.resolve("a-directory"));

      String line =
          runRejected("assess", file.toString(), "--format", "json", "-o", target.toString());

      assertThat(line).isEqualTo(target + ": cannot write: it is a directory");
      try (Stream<Path> inside = Files.list(target)) {
        assertThat(inside).isEmpty();
      }
      try (Stream<Path> beside = Files.list(dir)) {
        assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
      }
    }
  }

  // -------------------------------------------------------------- catalogs

  /**
   * A quantity the cost model divides by (a unit, a step, a billing increment) set to 0 in a
   * catalog: refused where it is written, not an infinite or NaN cost and an internal error.
   */
  @Test
  void aCatalogQuantityThatIsADivisorMustBeAboveZero() throws IOException {
    Path catalog = Path.of("src/test/resources/fixtures/catalog-quantity-zero-divisor.yaml");
    assertRejected(
        at(catalog, 7, 12, "'value' must be greater than 0"),
        "assess",
        "samples/startup.yaml",
        "--pricing",
        catalog.toString(),
        "--format",
        "json");
  }

  @Test
  void aCatalogPriceThatReplacesNoBundledPriceIsRefusedUnquoted() throws IOException {
    Path catalog = Path.of("src/test/resources/fixtures/catalog-unknown-price-id.yaml");
    String line =
        assertRejected(
            at(catalog, 6, 3, "no bundled price has this id, so it would replace nothing"),
            "assess",
            "samples/startup.yaml",
            "--pricing",
            catalog.toString());
    assertThat(line).doesNotContain("lambda.request'");
    Path quantity =
        write(
            "quantity.yaml",
            "effectiveDate: 2026-01-01\nregion: us-east-1\nquantities:\n  no.such:\n"
                + "    value: 1\n");
    assertRejected(
        at(quantity, 4, 3, "no bundled quantity has this id"),
        "assess",
        "samples/startup.yaml",
        "--pricing",
        quantity.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "dynamodb.readUnitKb",
        "stepfunctions.express.billingIncrementMs",
        "stepfunctions.express.memoryChunkMb",
        "azurefunctions.flex.durationRoundingMs",
        "containerapps.vcpuStep",
        "aurora.serverlessV2.requestsPerSecondPerAcu",
        "durableobjects.websocketMessagesPerRequest"
      })
  void everyQuantityTheCostModelDividesByMustBeAboveZero(String id) throws IOException {
    Path catalog =
        write(
            "zero.yaml",
            "effectiveDate: 2026-01-01\nregion: us-east-1\nquantities:\n  "
                + id
                + ":\n    value: 0\n");
    assertRejected(
        at(catalog, 5, 12, "'value' must be greater than 0"),
        "assess",
        "samples/enterprise.yaml",
        "--pricing",
        catalog.toString());
  }

  // -------------------------------------------------------------- baselines

  /**
   * Totals a baseline must not have: not finite, negative, not in cents, or longer than any number
   * the tool writes. (A huge but finite amount such as 1e23 is read: a price catalog at its limits
   * makes such reports.)
   */
  static Stream<String> badTotals() {
    return Stream.of("NaN", "Infinity", "-Infinity", "1e999", "-1", "0.001", "1" + "0".repeat(400));
  }

  /** The same hostile forms as a JSON baseline: {@code advisor assess INV --baseline B.json}. */
  @Nested
  class Baseline {
    private Path inventory;
    private String report;

    @BeforeEach
    void saveAReport() throws IOException {
      inventory = Path.of("samples", "startup.yaml");
      Path base = dir.resolve("good.json");
      CliRunner.Result r =
          CliRunner.run("assess", inventory.toString(), "--format", "json", "-o", base.toString());
      assertThat(r.code()).as(r.err()).isZero();
      report = Files.readString(base, StandardCharsets.UTF_8);
      assertThat(report).contains("\"schemaVersion\": 1,").contains("\"monthlyCost\": 13.12,");
    }

    private String rejected(Path base, String expected) throws IOException {
      return assertRejected(
          expected,
          "assess",
          inventory.toString(),
          "--baseline",
          base.toString(),
          "--format",
          "json");
    }

    private String totalCost(String value) {
      int totals = report.indexOf("\"totals\"");
      return report.substring(0, totals)
          + report
              .substring(totals)
              .replaceFirst("\"monthlyCost\": 13\\.12", "\"monthlyCost\": " + value);
    }

    /** The line of the total's monthlyCost in the saved report. */
    private int totalCostLine() {
      int at = report.indexOf("\"monthlyCost\": 13.12", report.indexOf("\"totals\""));
      return (int) report.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void goodBaselinePassesSoTheFormsBelowAreWhatFails() throws IOException {
      Path base = write("same.json", report);
      CliRunner.Result r =
          CliRunner.run(
              "assess", inventory.toString(), "--baseline", base.toString(), "--format", "json");
      assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void deepNesting() throws IOException {
      // A report is an object: nesting deep inside a field the reader skips is still refused.
      Path base = write("deep.json", "{\"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
      rejected(base, at(base, 1, 70, "nested deeper than 64 levels"));

      Path array = write("deep-array.json", "[".repeat(10_000) + "]".repeat(10_000));
      rejected(array, at(array, 1, 1, "expected a JSON object, got an array"));

      Path objects =
          write("deep-objects.json", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
      rejected(objects, located(objects, "nested deeper than 64 levels"));
    }

    @Test
    void escapedLoneSurrogate() throws IOException {
      Path base = write("surrogate.json", report.replaceFirst("\"inventory\": \"", "$0x\\\\ud800"));
      rejected(base, at(base, 3, 16, "half a character (an escaped lone surrogate)"));
    }

    @Test
    void hugeString() throws IOException {
      Path base =
          write(
              "huge-string.json",
              "{\"schemaVersion\": 1, \"inventory\": \"" + "a".repeat(10_000_000) + "\"}");
      rejected(base, at(base, 1, 35, "the longest value read, 1048576 characters"));
    }

    @Test
    void hugeFile() throws IOException {
      Path base = sparse("huge.json", ReportReader.MAX_FILE_BYTES + 1);
      rejected(base, fileOnly(base, "the largest file read is 4294967296 bytes"));

      // Below the report limit the file is read, and fails at its first byte (sparse: NUL).
      Path big = sparse("big.json", YamlTreeReader.MAX_FILE_BYTES + 1);
      rejected(big, at(big, 1, 1, "binary content (a NUL byte)"));
    }

    @Test
    void binaryAndNotUtf8() throws IOException {
      byte[] random = new byte[4096];
      new Random(7).nextBytes(random);
      Path binary = write("random.json", random);
      // The first problem in the file is the one reported: here its first byte.
      rejected(binary, at(binary, 1, 1, "not UTF-8 text"));

      Path nul = write("nul.json", report.replace("\"inventory\"", "\"inv\u0000entory\""));
      rejected(nul, at(nul, 3, 7, "binary content (a NUL byte)"));

      Path latin1 =
          write(
              "latin1.json",
              report
                  .replace("\"inventory\"", "\"inv\u00e9ntory\"")
                  .getBytes(StandardCharsets.ISO_8859_1));
      rejected(latin1, at(latin1, 3, 7, "not UTF-8 text"));
    }

    @Test
    void yamlTagsAndAliasesAreNotJson() throws IOException {
      Path tag =
          write(
              "tag.json",
              "!!javax.script.ScriptEngineManager [!!java.net.URL [\"http://127.0.0.1/\"]]");
      rejected(tag, at(tag, 1, 1, "invalid JSON"));

      Path alias = write("alias.json", "{\"schemaVersion\": &v 1, \"copy\": *v}");
      rejected(alias, at(alias, 1, 19, "invalid JSON"));
    }

    @Test
    void twoJsonDocuments() throws IOException {
      Path base = write("two.json", report + report);
      rejected(base, located(base, "unexpected content after the JSON value"));
    }

    @ParameterizedTest
    @MethodSource("dev.placementadvisor.cli.HostileInputTest#badTotals")
    void totalThatIsNotAFiniteNumber(String value) throws IOException {
      Path base = write("total.json", totalCost(value));
      rejected(base, Pattern.quote(base + ":" + totalCostLine() + ":") + "\\d+: .*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "1e999", "99999999999999999999999", "1.5"})
    void schemaVersionThatIsNotOne(String value) throws IOException {
      Path base =
          write(
              "schema.json",
              report.replace("\"schemaVersion\": 1,", "\"schemaVersion\": " + value + ","));
      rejected(base, Pattern.quote(base.toString()) + ":2:\\d+: .*");
    }

    @Test
    void truncatedReport() throws IOException {
      Path base = write("cut.json", report.substring(0, report.length() / 2));
      rejected(base, located(base, "invalid JSON"));
    }

    @Test
    void missingDirectoryAndUnreadable() throws IOException {
      Path missing = dir.resolve("nope.json");
      rejected(missing, fileOnly(missing, "no such file"));

      Path directory = Files.createDirectory(dir.resolve("base-dir.json"));
      rejected(directory, fileOnly(directory, "is a directory"));

      Path locked = write("locked.json", report);
      if (locked.toFile().setReadable(false, false) && !Files.isReadable(locked)) {
        rejected(locked, fileOnly(locked, "permission denied"));
      }
      locked.toFile().setReadable(true, false);
    }

    @Test
    void devZeroAndAPipeWithNoWriter() throws Exception {
      assumeTrue(linux(), "needs /dev/zero and mkfifo");
      List<String> lines = new ArrayList<>();
      for (Path base : List.of(Path.of("/dev/zero"), fifo("silent.json"))) {
        lines.add(
            runRejected(
                "assess",
                inventory.toString(),
                "--baseline",
                base.toString(),
                "-o",
                out.toString()));
        assertThat(out).doesNotExist();
      }
      assertThat(lines.get(0)).isEqualTo("/dev/zero: is a device or socket, not a file");
      assertThat(lines.get(1)).contains("nothing is writing to this pipe");
    }
  }
}
