package dev.placementadvisor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.placementadvisor.cli.Main;
import dev.placementadvisor.input.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing (Jazzer) of the files an inventory or an option names: a price catalog
 * named by {@code pricing.catalog} and by {@code --pricing}, and a weights file named by {@code
 * --weights}. The property: a report, or exit 2 with one printable line that holds nothing of the
 * file. Every {@code @} in the input becomes a secret before the file is written, so the fuzzer
 * puts the secret wherever a message might quote it: a key, a value, an id, a tag, an alias, the
 * spot of a syntax error.
 *
 * <p>A plain {@code ./mvnw verify} replays the inputs under {@code
 * src/test/resources/dev/placementadvisor/fuzz/ReferencedFileFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1} fuzzes for real (docs/testing.md).
 */
class ReferencedFileFuzzTest {
  /** What every {@code @} of the input becomes: no output may ever hold it. */
  private static final String SECRET = "ZQXJ7SECRET";

  private static final String INVENTORY =
      "version: 1\n"
          + "organization: {name: Fuzz, engineers: 3}\n"
          + "services:\n"
          + "  - {name: api, traffic: {pattern: steady, requestsPerMonth: 1M}, runtime: go,"
          + " avgDurationMs: 20, memoryMb: 128}\n";

  @TempDir static Path dir;

  @FuzzTest(maxDuration = "5m")
  void namedFile(byte[] data) throws IOException {
    Path file = dir.resolve("file.yaml");
    Files.write(file, withSecret(data));
    Path named = dir.resolve("named.yaml");
    Files.writeString(named, INVENTORY + "pricing:\n  catalog: file.yaml\n");
    Path plain = dir.resolve("plain.yaml");
    Files.writeString(plain, INVENTORY);

    check("assess", named.toString(), "--format", "json");
    check("assess", plain.toString(), "--pricing", file.toString(), "--format", "json");
    check("assess", plain.toString(), "--weights", file.toString(), "--format", "json");
  }

  /** The input with every '@' replaced by the secret. */
  private static byte[] withSecret(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 64);
    byte[] secret = SECRET.getBytes(StandardCharsets.US_ASCII);
    for (byte b : data) {
      if (b == '@') {
        out.writeBytes(secret);
      } else {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  private static void check(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    String stderr = err.toString();
    assertThat(stderr).as("stderr of %s", List.of(args)).doesNotContain(SECRET);
    switch (code) {
      case 0 -> assertThat(stderr).as("stderr after exit 0").isEmpty();
      case 2 -> {
        List<String> lines = stderr.lines().toList();
        assertThat(lines).as("stderr after exit 2: %s", stderr).hasSize(1);
        assertThat(lines.get(0)).doesNotContain("Exception").doesNotStartWith("::");
        lines.get(0).codePoints().forEach(cp -> assertThat(Text.mustEscape(cp)).isFalse());
        assertThat(out.toString()).as("stdout after exit 2").isEmpty();
      }
      default -> throw new AssertionError("exit " + code + " with stderr:\n" + stderr);
    }
  }
}
