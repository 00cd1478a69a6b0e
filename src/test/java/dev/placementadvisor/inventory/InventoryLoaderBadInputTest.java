package dev.placementadvisor.inventory;

import static dev.placementadvisor.testing.BadInput.assertFileOnly;
import static dev.placementadvisor.testing.BadInput.assertLocated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.testing.CliRunner;
import dev.placementadvisor.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Bad inventories through the real command line: each gives exit 2, one {@code FILE:LINE:COL:
 * message} line naming the problem, no stack trace and no output file.
 */
class InventoryLoaderBadInputTest {
  @TempDir Path tmp;

  private static String fixture(String name) {
    return Fixtures.path(name).toString();
  }

  /** The line and column where SnakeYAML itself puts the problem mark, as "LINE:COL". */
  private static String snakeYamlProblemMark(String file) throws IOException {
    String text = Files.readString(Path.of(file));
    try {
      new Yaml().loadAll(text).forEach(d -> {});
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark();
      return (m.getLine() + 1) + ":" + (m.getColumn() + 1);
    }
    throw new AssertionError("SnakeYAML accepts " + file);
  }

  @Nested
  class YamlSyntax {
    @Test
    void mappingValueInPlainScalarIsLocatedAtTheParserProblemMark() throws IOException {
      String file = fixture("loader-yaml-syntax.yaml");
      assertThat(snakeYamlProblemMark(file)).isEqualTo("4:19");

      String message = assertLocated(tmp, file, 4, 19);

      assertThat(message)
          .startsWith("YAML syntax error")
          .contains("mapping values are not allowed");
    }

    @Test
    void tabIndentationIsLocatedAtTheTab() throws IOException {
      String file = fixture("loader-yaml-syntax-tab.yaml");
      assertThat(snakeYamlProblemMark(file)).isEqualTo("2:1");

      String message = assertLocated(tmp, file, 2, 1);

      assertThat(message).startsWith("YAML syntax error").contains("TAB");
    }

    @Test
    void unclosedFlowMappingIsLocatedAtTheProblemMarkAndNamesTheProblem() throws IOException {
      String file = fixture("loader-yaml-syntax-unclosed-flow.yaml");
      assertThat(snakeYamlProblemMark(file)).isEqualTo("5:1");

      String message = assertLocated(tmp, file, 5, 1);

      assertThat(message).contains("expected ',' or '}'").doesNotContain("'reader'");
    }
  }

  @Test
  void unknownKeySuggestsTheNearestKnownKey() {
    String message = assertLocated(tmp, fixture("loader-unknown-key.yaml"), 5, 5);

    assertThat(message)
        .isEqualTo("unknown key 'memroyMb' in service 'auth' (did you mean 'memoryMb'?)");
  }

  @Nested
  class DuplicateKey {
    @Test
    void duplicateKeyIsRejectedOnItsLine() {
      String file = fixture("loader-duplicate-key.yaml");
      CliRunner.Result r = CliRunner.run("assess", file, "-o", tmp.resolve("out.txt").toString());

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip())
          .matches(java.util.regex.Pattern.quote(file) + ":6:\\d+: duplicate key 'gpu'");
      assertThat(tmp.resolve("out.txt")).doesNotExist();
    }

    @Test
    void duplicateKeyIsLocatedAtTheSecondKey() {
      String message = assertLocated(tmp, fixture("loader-duplicate-key.yaml"), 6, 5);

      assertThat(message).isEqualTo("duplicate key 'gpu'");
    }
  }

  @Nested
  class WrongType {
    @Test
    void quotedStringForBoolean() {
      String message =
          assertLocated(tmp, fixture("loader-wrong-type-string-for-boolean.yaml"), 5, 15);

      assertThat(message).contains("'stateful'").contains("true or false").contains("text 'true'");
    }

    @Test
    void yesIsNotABoolean() {
      String message = assertLocated(tmp, fixture("loader-wrong-type-yes-for-boolean.yaml"), 5, 15);

      assertThat(message).contains("'stateful'").contains("true or false");
    }

    @Test
    void listForNumber() {
      String message = assertLocated(tmp, fixture("loader-wrong-type-list-for-number.yaml"), 5, 15);

      assertThat(message).contains("'memoryMb'").contains("number").contains("a list");
    }

    @Test
    void mappingForString() {
      String message =
          assertLocated(tmp, fixture("loader-wrong-type-mapping-for-string.yaml"), 3, 9);

      assertThat(message).contains("'name'").contains("text").contains("a mapping");
    }
  }

  @Nested
  class OutOfRange {
    @Test
    void zeroAverageDuration() {
      String message = assertLocated(tmp, fixture("loader-range-avg-duration-zero.yaml"), 5, 20);

      assertThat(message).contains("'avgDurationMs'").contains("greater than 0").endsWith("got 0");
    }

    @Test
    void negativeAverageDuration() {
      String message =
          assertLocated(tmp, fixture("loader-range-avg-duration-negative.yaml"), 5, 20);

      assertThat(message)
          .contains("'avgDurationMs'")
          .contains("greater than 0")
          .endsWith("got -20");
    }

    @Test
    void zeroMemory() {
      String message = assertLocated(tmp, fixture("loader-range-memory-zero.yaml"), 5, 15);

      assertThat(message).contains("'memoryMb'").contains("from 1 to 1,048,576").endsWith("got 0");
    }

    @Test
    void twoMillionMegabytesOfMemory() {
      String message = assertLocated(tmp, fixture("loader-range-memory-too-large.yaml"), 5, 15);

      assertThat(message).contains("'memoryMb'").contains("1,048,576").endsWith("got 2000000");
    }

    @Test
    void negativeRequests() {
      String message = assertLocated(tmp, fixture("loader-range-requests-negative.yaml"), 4, 33);

      assertThat(message).contains("'requestsPerMonth'").contains("from 0").endsWith("got -1");
    }

    @Test
    void peakToAverageBelowOne() {
      String message = assertLocated(tmp, fixture("loader-range-peak-to-average.yaml"), 4, 52);

      assertThat(message).contains("'peakToAverage'").contains("from 1").endsWith("got 0.5");
    }

    @Test
    void growthOfTwoThousandPercent() {
      String message = assertLocated(tmp, fixture("loader-range-percentage.yaml"), 5, 21);

      assertThat(message).contains("'growthPerMonth'").contains("1,000%").endsWith("got 2000%");
    }

    @Test
    void maxDurationShorterThanAverage() {
      String message = assertLocated(tmp, fixture("loader-range-max-duration-short.yaml"), 6, 25);

      assertThat(message)
          .contains("'maxDurationSeconds'")
          .contains("shorter than 'avgDurationMs'")
          .contains("service 'auth'");
    }

    @Test
    void maxDurationEqualToAverageIsAccepted() {
      CliRunner.Result r =
          CliRunner.run("validate", fixture("loader-range-max-duration-equal.yaml"));

      assertThat(r.err()).isEmpty();
      assertThat(r.code()).isZero();
    }
  }

  @Test
  void unknownEnumValueListsTheAllowedOnes() {
    String message = assertLocated(tmp, fixture("loader-unknown-enum.yaml"), 5, 15);

    assertThat(message)
        .contains("'workload'")
        .contains("compute-bound, io-bound, mixed")
        .contains("'cpu-bound'");
  }

  @Test
  void unknownProfileReferenceSuggestsTheProfile() {
    String message = assertLocated(tmp, fixture("loader-unknown-profile.yaml"), 6, 14);

    assertThat(message)
        .contains("unknown traffic profile 'storefrnt'")
        .contains("did you mean 'storefront'");
  }

  @Test
  void duplicateServiceNameNamesTheFirstDefinition() {
    String message = assertLocated(tmp, fixture("loader-duplicate-service.yaml"), 7, 5);

    assertThat(message).isEqualTo("duplicate service name 'auth' (first defined at line 3)");
  }

  @Test
  void missingServices() {
    String message = assertLocated(tmp, fixture("loader-missing-services.yaml"), 1, 1);

    assertThat(message).contains("missing").contains("'services'");
  }

  @Test
  void emptyServices() {
    String message = assertLocated(tmp, fixture("loader-empty-services.yaml"), 2, 11);

    assertThat(message).contains("'services' is empty");
  }

  @Test
  void unsupportedVersion() {
    String message = assertLocated(tmp, fixture("loader-version-2.yaml"), 1, 10);

    assertThat(message).contains("unsupported inventory version 2").contains("version 1");
  }

  @Test
  void missingVersion() {
    String message = assertLocated(tmp, fixture("loader-missing-version.yaml"), 1, 1);

    assertThat(message).contains("missing").contains("'version'");
  }

  @Test
  void yamlAlias() {
    String message = assertLocated(tmp, fixture("loader-alias.yaml"), 6, 14);

    assertThat(message).contains("alias").contains("*web");
  }

  @Test
  void yamlTagIsRefusedBeforeAnythingIsConstructed() {
    String message = assertLocated(tmp, fixture("loader-tag.yaml"), 5, 14);

    assertThat(message).contains("tags").contains("javax.script.ScriptEngineManager");
  }

  @Test
  void multipleDocuments() {
    String message = assertLocated(tmp, fixture("loader-multiple-documents.yaml"), 6, 1);

    assertThat(message).contains("more than one YAML document");
  }

  @Test
  void emptyFile() {
    String message = assertLocated(tmp, fixture("loader-empty.yaml"), 1, 1);

    assertThat(message).contains("empty");
  }

  @Test
  void topLevelList() {
    String message = assertLocated(tmp, fixture("loader-top-level-list.yaml"), 1, 1);

    assertThat(message).contains("must be a mapping").contains("got a list");
  }

  @Test
  void binaryFileIsLocatedAtTheNulByte() throws IOException {
    Path file = tmp.resolve("binary.yaml");
    byte[] head = "version: 1\nservices:\n  - name: au".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = 0;
    bytes[head.length + 1] = 't';
    bytes[head.length + 2] = 'h';
    Files.write(file, bytes);

    String message = assertLocated(tmp, file.toString(), 3, 13);

    assertThat(message).contains("binary").contains("NUL");
  }

  @Test
  void nonUtf8BytesAreLocatedAtTheBadByte() throws IOException {
    Path file = tmp.resolve("latin1.yaml");
    // "café" in ISO-8859-1: the é is the single byte 0xE9, invalid as UTF-8.
    Files.write(
        file,
        "version: 1\nservices:\n  - name: caf\u00e9\n    traffic: {requestsPerMonth: 1M}\n"
            .getBytes(StandardCharsets.ISO_8859_1));

    String message = assertLocated(tmp, file.toString(), 3, 14);

    assertThat(message).contains("not UTF-8");
  }

  @Test
  void directoryAsFile() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("inventory.yaml"));

    String message = assertFileOnly(tmp, dir.toString());

    assertThat(message).contains("directory");
  }

  @Test
  void missingFileIsNamed() {
    String file = tmp.resolve("no-such-inventory.yaml").toString();

    String message = assertFileOnly(tmp, file);

    assertThat(message).contains("no such file");
  }

  @Nested
  class BadWeights {
    @Test
    void unknownFactorInTheWeightsBlock() {
      String message = assertLocated(tmp, fixture("weights-block-unknown-factor.yaml"), 7, 5);

      assertThat(message).contains("unknown key 'statefull'").contains("did you mean 'stateful'");
    }

    @Test
    void unknownBucketInTheWeightsBlock() {
      String message = assertLocated(tmp, fixture("weights-block-bad-bucket.yaml"), 7, 17);

      assertThat(message)
          .contains("unknown key '1-4'")
          .contains("team-size")
          .contains("did you mean '1-3'");
    }

    @Test
    void badWeightsFileIsLocatedInTheWeightsFile() {
      String weights = fixture("weights-file-bad-points.yaml");

      String message =
          assertLocated(tmp, fixture("loader-valid.yaml"), weights, 3, 8, "--weights", weights);

      // The weights file is named by an option: what it holds is never quoted back.
      assertThat(message).contains("'gpu'").contains("number").doesNotContain("lots");
    }

    /** A managed line the catalog's hidden tax lacks would take nothing over, in silence. */
    @Test
    void aManagedLineTheCatalogLacksIsLocatedAndNotQuoted() {
      String weights = fixture("weights-file-unknown-managed-line.yaml");

      String message =
          assertLocated(tmp, fixture("loader-valid.yaml"), weights, 3, 36, "--weights", weights);

      assertThat(message)
          .contains("'managedLines'")
          .contains("kubernetesTax")
          .doesNotContain("Engneer");
    }

    @Test
    void missingWeightsFileIsNamed() {
      String weights = tmp.resolve("no-such-weights.yaml").toString();
      CliRunner.Result r =
          CliRunner.run(
              "assess",
              fixture("loader-valid.yaml"),
              "-o",
              tmp.resolve("out.txt").toString(),
              "--weights",
              weights);

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().lines()).containsExactly(weights + ": no such file");
      assertThat(tmp.resolve("out.txt")).doesNotExist();
    }
  }
}
