package dev.placementadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.input.YamlNode.Entry;
import dev.placementadvisor.input.YamlNode.ListNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chunked parse of a large inventory must give the very tree the whole-file parse gives, or
 * give up (null) so that the whole-file parse answers: never a different tree.
 */
class ChunkedParseTest {

  /** What the whole-file parse makes of a text: its tree, or its error message. */
  private static String whole(String text) {
    try {
      return YamlTreeReader.parse(text, "t.yaml").toString();
    } catch (InputException e) {
      return "error: " + e.getMessage();
    }
  }

  /**
   * The tree a chunked parse gives, its list items put back where they stand; null when it gives
   * up.
   */
  private static YamlNode chunked(String text, int chunks) {
    YamlTreeReader.Split<YamlNode> split =
        ChunkedParse.parse(text, "t.yaml", "services", chunks, root -> item -> item);
    if (split == null) {
      return null;
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Entry e : split.root().entries().values()) {
      entries.put(
          e.key(),
          e.key().equals("services")
              ? new Entry(e.key(), e.keyLocation(), new ListNode(split.list(), split.items()))
              : e);
    }
    return new MapNode(split.root().location(), entries);
  }

  /** Checks every chunk count from 1 to 7; returns whether any of them chunked. */
  private static boolean agrees(String text) {
    String expected = whole(text);
    boolean chunked = false;
    for (int chunks = 1; chunks <= 7; chunks++) {
      YamlNode tree = chunked(text, chunks);
      if (tree != null) {
        chunked = true;
        assertThat(tree.toString()).as("%d chunks of:%n%s", chunks, text).isEqualTo(expected);
      }
    }
    return chunked;
  }

  @ParameterizedTest
  @MethodSource("dev.placementadvisor.testing.Fixtures#everyInput")
  void everyBundledAndTestInputParsesTheSameChunked(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    agrees(text);
  }

  @Test
  void theSamplesAreChunked() throws IOException {
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path sample : samples.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        String text = Files.readString(sample);
        assertThat(agrees(text)).as("%s is chunked", sample).isTrue();
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

  @ParameterizedTest
  @ValueSource(
      strings = {
        // plain, with comments, blank lines and a key after the list
        "services:\n  - name: a\n    traffic: web\n\n  # between\n  - name: b\n    traffic: web\n"
            + "# trailing\nweights:\n  team-size: 2\n",
        // a list at the key's own indentation
        "services:\n- name: a\n  traffic: web\n- name: b\n  traffic: web\n- name: c\n",
        // an item whose content starts on the next line, and nested lists
        "services:\n  -\n    name: a\n  - - x\n    - y\n  - name: c\n",
        // Windows line ends
        "services:\r\n  - name: a\r\n  - name: b\r\n  - name: c\r\n",
        // a comment after the key, and a list ending the file without a line end
        "services:   # all of them\n  - name: a\n  - name: b",
        // keys after the list: plain, quoted, with comments and blank lines before them
        "services:\n"
            + "  - name: a\n"
            + "  - name: b\n\n"
            + "# done\n\n"
            + "'weights': {team-size: 2}\n"
            + "pricing:\n"
            + "  freeTier: true\n",
        "services:\n  - name: a\n  - name: b\n\"weights\":\n  team-size: 2\n",
      })
  void plainListsAreChunkedToTheSameTree(String tail) {
    assertThat(agrees(HEAD + tail)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // an item line inside a double-quoted scalar that runs over several lines
        "services:\n  - name: a\n    description: \"one\n  - name: b\n    two\"\n  - name: c\n",
        // ... and inside a single-quoted one
        "services:\n  - name: a\n    description: 'one\n  - name: b\n    two'\n  - name: c\n",
        // ... and inside a flow collection over several lines
        "services:\n  - name: a\n    tags: [x,\n  - name: b\n    ]\n  - name: c\n",
        // a block scalar holding what looks like items
        "services:\n"
            + "  - name: a\n"
            + "    description: |\n"
            + "      - name: b\n"
            + "      - name: c\n"
            + "  - name: d\n",
        // a services line inside a block scalar of the root
        "notes: |\n  text\nservices:\n  - name: a\n  - name: b\n",
        // the key twice
        "services:\n  - name: a\n  - name: b\nservices:\n  - name: c\n",
        // an odd indentation inside the list
        "services:\n  - name: a\n - name: b\n  - name: c\n",
        // a tab before an item
        "services:\n  - name: a\n\t- name: b\n  - name: c\n",
        // a second document
        "services:\n  - name: a\n  - name: b\n---\nservices: []\n",
        // aliases across items
        "services:\n  - &a {name: a}\n  - *a\n",
        // a flow list, a mapping and a scalar instead of a block list
        "services: [{name: a}, {name: b}]\n",
        "services:\n  a: 1\n  b: 2\n",
        "services:\n  just text\n",
        // a YAML 1.1 line break (NEL) the line scan does not count
        "services:\n  - name: a\u0085  - name: b\n  - name: c\n",
        // a key that is not at the top level
        "  services:\n  - name: a\n  - name: b\n",
        // an unterminated quote at the very end
        "services:\n  - name: a\n  - name: \"b\n",
        // after the list: a document end, a directive, a complex key, a key seen before it
        "services:\n  - name: a\n  - name: b\n...\n",
        "services:\n  - name: a\n  - name: b\n...\nweights: {}\n",
        "services:\n  - name: a\n  - name: b\n%YAML 1.1\n---\nweights: {}\n",
        "services:\n  - name: a\n  - name: b\n? weights\n: {}\n",
        "services:\n  - name: a\n  - name: b\nprofiles: {}\n",
        "services:\n  - name: a\n  - name: b\n\"profiles\": {}\n",
        // after the list, a key whose value is a list at column 1, and one left open
        "services:\n  - name: a\n  - name: b\nweights:\n- 1\n- 2\n",
        "services:\n  - name: a\n  - name: b\nweights: [1,\n",
        // a quote opened before the list and closed after it
        "notes: \"x\nservices:\n  - name: a\n  - name: b\ny\": 1\n",
      })
  void oddFilesGiveTheWholeFileAnswer(String tail) {
    agrees(HEAD + tail);
  }

  @Test
  void nestingNearTheLimitIsLeftToTheWholeFileParse() {
    StringBuilder deep = new StringBuilder("services:\n  - name: a\n  - x: ");
    deep.append("[".repeat(YamlTreeReader.MAX_DEPTH - 2))
        .append("]".repeat(YamlTreeReader.MAX_DEPTH - 2));
    deep.append("\n  - name: c\n");
    String text = HEAD + deep;
    agrees(text);
    assertThat(chunked(text, 3)).isNull();
  }

  @Test
  void locationsAfterTheListKeepTheirLineNumbers() {
    String text =
        HEAD
            + "services:\n"
            + "  - name: a\n"
            + "  - name: b\n"
            + "  - name: c\n"
            + "  - name: d\n"
            + "weights:\n"
            + "  x: [1, 2\n";
    YamlNode tree = chunked(text, 2);
    assertThat(tree).isNull();
    assertThat(whole(text)).startsWith("error: t.yaml:14:");
  }

  /**
   * Mutants of a plain inventory, each with a few YAML-significant fragments inserted at random
   * places (quotes, brackets, item and key marks, block scalar heads, line breaks, tabs): every one
   * parses chunked to the whole-file tree, or not at all. A fixed seed keeps it repeatable.
   */
  @Test
  void randomMutantsNeverParseDifferently() {
    String base =
        HEAD
            + "services:\n  - name: a\n    traffic: web\n    tags: [x, y]\n  - name: b\n"
            + "    description: |\n      text\n  - name: c\n    note: 'q'\n  - name: d\n"
            + "weights:\n  team-size: 2\n";
    String[] pieces = {
      "\"",
      "'",
      "[",
      "]",
      "{",
      "}",
      "\n  - ",
      "\n- ",
      "- ",
      ": ",
      "\n",
      "\n  ",
      "#",
      " |\n",
      " >\n",
      "\t",
      "&a ",
      "*a",
      "\n---\n",
      "\r\n",
      "\n    - ",
      ",",
      "\n  services:\n",
      "\u2028"
    };
    java.util.Random random = new java.util.Random(20261124L);
    int chunked = 0;
    for (int n = 0; n < 3000; n++) {
      StringBuilder b = new StringBuilder(base);
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = HEAD.length() + random.nextInt(b.length() - HEAD.length() + 1);
        b.insert(at, pieces[random.nextInt(pieces.length)]);
      }
      if (agrees(b.toString())) {
        chunked++;
      }
    }
    assertThat(chunked).as("mutants that were chunked at all").isGreaterThan(100);
  }
}
