package dev.placementadvisor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.cli.Main;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.InventoryLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzz tests (Jazzer). The property: any bytes either make a valid inventory and a
 * valid JSON report, or are refused as invalid input with exactly one line; nothing else, no
 * internal error, no exception escaping.
 *
 * <p>A plain {@code ./mvnw verify} runs these in regression mode: each method replays the
 * checked-in inputs under {@code
 * src/test/resources/dev/placementadvisor/fuzz/InventoryFuzzTestInputs/} (the files there are
 * shared by both methods; a method's own subdirectory holds inputs that once failed it). {@code
 * JAZZER_FUZZ=1} fuzzes for real: see docs/testing.md.
 */
class InventoryFuzzTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @TempDir static Path dir;

  /** InventoryLoader.parse on arbitrary text: an inventory, or one InputException. */
  @FuzzTest(maxDuration = "5m")
  void parse(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    Inventory inventory;
    try {
      inventory = InventoryLoader.parse(text, "fuzz.yaml");
    } catch (InputException e) {
      assertThat(e.getMessage()).as("the message").startsWith("fuzz.yaml").doesNotContain("\n");
      return;
    }
    assertThat(inventory.services()).isNotEmpty();
  }

  /**
   * The route a large file takes (its services bound as they are parsed, in chunks, most of them
   * read without the YAML parser) gives exactly what the ordinary route gives: the same inventory,
   * or the same error.
   */
  @FuzzTest(maxDuration = "5m")
  void splitRoute(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    Object whole;
    try {
      whole = InventoryLoader.parse(text, "fuzz.yaml");
    } catch (InputException e) {
      whole = e.getMessage();
    }
    for (int chunks = 1; chunks <= 3; chunks++) {
      Object split;
      try {
        split = InventoryLoader.parseSplit(text, "fuzz.yaml", chunks);
      } catch (InputException e) {
        split = e.getMessage();
      }
      assertThat(split).as("%d chunks", chunks).isEqualTo(whole);
    }
  }

  /**
   * The whole pipeline, {@code advisor assess FILE --format json} on the bytes as a file: exit 0
   * with one valid JSON report and nothing on stderr, or exit 2 with one stderr line naming the
   * file and nothing on stdout.
   */
  @FuzzTest(maxDuration = "5m")
  void assessJson(byte[] data) throws IOException {
    Path file = Files.createTempFile(dir, "fuzz", ".yaml");
    try {
      Files.write(file, data);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code =
          Main.run(
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              "assess",
              file.toString(),
              "--format",
              "json");
      List<String> errLines = err.toString().lines().toList();
      switch (code) {
        case 0 -> {
          assertThat(err.toString()).as("stderr after exit 0").isEmpty();
          JsonNode report = JSON.readTree(out.toString());
          assertThat(report.path("schemaVersion").asInt()).isEqualTo(1);
          assertThat(report.path("services").isArray()).isTrue();
          assertThat(report.path("services")).isNotEmpty();
        }
        case 2 -> {
          assertThat(out.toString()).as("stdout after exit 2").isEmpty();
          assertThat(errLines).as("stderr after exit 2: %s", err).hasSize(1);
          assertThat(errLines.get(0))
              .as("the one stderr line")
              .doesNotContain("Exception")
              .doesNotContain("\tat ");
        }
        default -> throw new AssertionError("exit " + code + " with stderr:\n" + err);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
