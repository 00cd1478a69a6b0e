package dev.placementadvisor.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.YamlTreeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A large inventory has its services bound as they are parsed (the split route). It must give the
 * very inventory the whole-file route gives, or give up so that the whole-file route answers: never
 * a different inventory, never a different error.
 */
class InventorySplitTest {

  /** The whole-file route: its inventory, or its error message. */
  private static Object whole(String text) {
    try {
      return InventoryLoader.bind(
          YamlTreeReader.parse(text, "t.yaml"), Path.of("t.yaml"), "t.yaml");
    } catch (InputException e) {
      return "error: " + e.getMessage();
    }
  }

  /** What {@link InventoryLoader#parse} answers: its inventory, or its error message. */
  private static Object answer(String text, int chunks) {
    try {
      return InventoryLoader.parse(text, Path.of("t.yaml"), "t.yaml", chunks);
    } catch (InputException e) {
      return "error: " + e.getMessage();
    }
  }

  /** Checks chunk counts 1 to 5; returns whether the split route answered for any of them. */
  private static boolean agrees(String text) {
    Object expected = whole(text);
    boolean split = false;
    for (int chunks = 1; chunks <= 5; chunks++) {
      Inventory inventory = splitOrNull(text, chunks);
      if (inventory != null) {
        split = true;
        assertThat(inventory).as("%d chunks of:%n%s", chunks, text).isEqualTo(expected);
      }
      assertThat(answer(text, chunks)).as("%d chunks of:%n%s", chunks, text).isEqualTo(expected);
    }
    return split;
  }

  private static Inventory splitOrNull(String text, int chunks) {
    try {
      return InventoryLoader.split(text, Path.of("t.yaml"), "t.yaml", chunks);
    } catch (InputException e) {
      // Only an over-long line is reported on this route, as the whole-file route reports it.
      assertThat("error: " + e.getMessage()).isEqualTo(whole(text));
      return null;
    }
  }

  @ParameterizedTest
  @MethodSource("dev.placementadvisor.testing.Fixtures#everyInput")
  void everyBundledAndTestInputLoadsTheSameSplit(Path file) throws IOException {
    agrees(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
  }

  @Test
  void theSamplesTakeTheSplitRoute() throws IOException {
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path sample : samples.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        assertThat(agrees(Files.readString(sample))).as("%s is split", sample).isTrue();
      }
    }
  }

  private static final String HEAD =
      "version: 1\n"
          + "organization:\n"
          + "  name: Acme\n"
          + "  engineers: 10\n"
          + "profiles:\n"
          + "  web: {pattern: steady, requestsPerMonth: 1M}\n";

  private static final String SERVICES =
      "services:\n  - name: a\n    traffic: web\n  - name: b\n    traffic: web\n    memoryMb: 512\n"
          + "  - name: c\n    traffic: {pattern: spiky, requestsPerMonth: 5M}\n"
          + "  - name: d\n    traffic: web\n    compliance: [hipaa]\n";

  @ParameterizedTest
  @ValueSource(
      strings = {
        // errors in two services: the first in the file is reported
        "services:\n  - name: a\n    traffic: web\n  - name: b\n    traffic: nowhere\n"
            + "  - name: c\n    traffic: web\n    memoryMb: -1\n",
        // a duplicate name, and an error in a later service
        "services:\n  - name: a\n    traffic: web\n  - name: a\n    traffic: web\n"
            + "  - name: c\n    traffic: nowhere\n",
        // an error in a service and one in the pricing block after the list
        "services:\n  - name: a\n    traffic: web\n  - name: b\n    traffic: nowhere\n"
            + "pricing:\n  freeTier: maybe\n",
        // an error in the pricing block only
        "services:\n  - name: a\n    traffic: web\n  - name: b\n    traffic: web\n"
            + "pricing:\n  freeTier: maybe\n",
        // an unknown top-level key after the list, and an error in a service
        "services:\n  - name: a\n    traffic: nowhere\n  - name: b\n    traffic: web\n"
            + "extras: 1\n",
        // weights after the list
        "services:\n  - name: a\n    traffic: web\n  - name: b\n    traffic: web\n"
            + "weights:\n  team-size: 2\n",
      })
  void errorsAndBlocksAfterTheListAnswerAsTheWholeFileDoes(String tail) {
    agrees(HEAD + tail);
  }

  @Test
  void anErrorBeforeTheListBeatsOneInIt() {
    String text =
        "version: 1\norganization:\n  engineers: -3\nprofiles:\n  web: {requestsPerMonth: 1M}\n"
            + "services:\n  - name: a\n    traffic: nowhere\n  - name: b\n    traffic: web\n";
    agrees(text);
    assertThat(answer(text, 2)).asString().startsWith("error: t.yaml:3:");
  }

  /**
   * Mutants of a plain inventory: lines of service fields (good and bad) added at the start of
   * random lines, or YAML marks inserted anywhere. Each one loads split to the whole-file
   * inventory, or gives the whole-file error. A fixed seed keeps it repeatable.
   */
  @Test
  void randomMutantsNeverLoadDifferently() {
    String base = HEAD + SERVICES + "pricing:\n  freeTier: false\n";
    String[] lines = {
      "    gpu: true\n",
      "    memoryMb: 2048\n",
      "    memoryMb: -1\n",
      "  - name: z\n    traffic: web\n",
      "  - name: a\n    traffic: web\n",
      "    traffic: web\n",
      "    workload: io-bound\n",
      "    avgDurationMs: 1e400\n",
      "  # note\n",
      "\n",
      "    compliance: [pci]\n",
      "    x: 1\n"
    };
    String[] marks = {"x", "-1", "nowhere", "\"", "[", "]", "{", "}", ": ", "\n", "#", "\t"};
    Random random = new Random(20261124L);
    int loaded = 0;
    int split = 0;
    for (int n = 0; n < 1500; n++) {
      StringBuilder b = new StringBuilder(base);
      int edits = 1 + random.nextInt(2);
      for (int e = 0; e < edits; e++) {
        if (random.nextBoolean()) {
          int at = random.nextInt(b.length() + 1);
          b.insert(at, marks[random.nextInt(marks.length)]);
        } else {
          int at = b.indexOf("\n", random.nextInt(b.length())) + 1;
          b.insert(at == 0 ? b.length() : at, lines[random.nextInt(lines.length)]);
        }
      }
      String text = b.toString();
      loaded += whole(text) instanceof Inventory ? 1 : 0;
      split += agrees(text) ? 1 : 0;
    }
    assertThat(loaded).as("mutants that load at all").isGreaterThan(150);
    assertThat(split).as("mutants loaded by the split route").isGreaterThan(loaded / 2);
  }
}
