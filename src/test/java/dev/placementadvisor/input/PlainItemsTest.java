package dev.placementadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain reader must give the very tree the YAML parser gives for an item (the same nodes,
 * texts, scalar kinds and locations), or give up: never a different tree, and never a tree for an
 * item the YAML parser refuses.
 */
class PlainItemsTest {

  /** The YAML parser's tree of a list holding one item, or its error message. */
  private static String parsed(String item, int line) {
    try {
      YamlNode list = YamlTreeReader.fragment(item, "t.yaml", line - 1, 1, null);
      if (list instanceof YamlNode.ListNode l && l.items().size() == 1) {
        return l.items().get(0).toString();
      }
      return "not one item: " + list;
    } catch (ChunkedParse.GiveUp | InputException e) {
      return "error";
    } catch (RuntimeException e) {
      return "error: " + e;
    }
  }

  /** Checks one item both ways; returns whether the plain reader read it. */
  private static boolean agrees(String item, int line) {
    YamlNode plain = PlainItems.item(item, 0, item.length(), line, "t.yaml");
    if (plain != null) {
      assertThat(plain.toString()).as("item:%n%s", item).isEqualTo(parsed(item, line));
    }
    return plain != null;
  }

  /** The items of a file's top-level {@code services:} block list at indent 2, as text. */
  private static List<String> items(String text) {
    List<String> items = new ArrayList<>();
    int at = text.indexOf("\nservices:\n");
    if (at < 0 || text.indexOf('\r') >= 0) {
      return items;
    }
    String[] lines = text.substring(at + "\nservices:\n".length()).split("\n", -1);
    StringBuilder item = null;
    for (String l : lines) {
      if (l.startsWith("  - ")) {
        if (item != null) {
          items.add(item.toString());
        }
        item = new StringBuilder();
      } else if (!l.isEmpty() && !l.startsWith(" ") && !l.startsWith("#")) {
        break;
      }
      if (item != null) {
        item.append(l).append('\n');
      }
    }
    if (item != null) {
      items.add(item.toString());
    }
    return items;
  }

  @ParameterizedTest
  @MethodSource("dev.placementadvisor.testing.Fixtures#everyInput")
  void everyItemOfEveryBundledAndTestInputReadsAsTheParserReadsIt(Path file) throws IOException {
    for (String item : items(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))) {
      agrees(item, 40);
    }
  }

  @Test
  void mostItemsOfTheSamplesAreReadPlainly() throws IOException {
    int items = 0;
    int plain = 0;
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path sample : samples.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        for (String item : items(Files.readString(sample))) {
          items++;
          plain += agrees(item, 7) ? 1 : 0;
        }
      }
    }
    assertThat(items).isGreaterThan(20);
    assertThat(plain).as("of %d items", items).isGreaterThan(items * 3 / 4);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "  - name: a\n    traffic: web\n",
        "  - name: a   # a comment\n\n    # another\n    traffic: web\n",
        "  - name: Benchmark Holdings  \n    n: -12\n    f: 0.25\n    g: -3.5\n    z: 0\n",
        "  - {name: a, traffic: web, compliance: [hipaa, pci], x: {y: 1, z: [a]}}\n",
        "  - name: a\n    tags: []\n    more: {}\n    list: [ a , b ]\n",
        "  - name: a\n    compliance:\n      - hipaa\n      - pci\n    traffic: web\n",
        "  - name: a\n    compliance:\n    - hipaa\n    - [x, z]\n    traffic: web\n",
        "  - name: a\n"
            + "    traffic:\n"
            + "      pattern: spiky\n"
            + "      requestsPerMonth: 5M\n"
            + "    memoryMb: 512\n",
        "  - name: a\n"
            + "    traffic: # inline\n"
            + "      pattern: spiky\n"
            + "      rates:\n"
            + "        - 1\n"
            + "        - 2.5\n",
        "  -   name: a\n      traffic: web\n",
        "  - flags: true\n    off_: false\n    n: null\n    pct: 65%\n    k: 250K\n    b: 1.5B\n",
        "  - name: c++ / node.js - v2_beta\n",
      })
  void plainItemsAreRead(String item) {
    assertThat(agrees(item, 12)).as("read plainly:%n%s", item).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // words and numbers YAML 1.1 reads otherwise than they look
        "  - a: yes\n",
        "  - a: No\n",
        "  - a: ON\n",
        "  - a: off\n",
        "  - a: y\n",
        "  - a: n\n",
        "  - a: True\n",
        "  - a: FALSE\n",
        "  - a: Null\n",
        "  - a: ~\n",
        "  - a: 012\n",
        "  - a: 1e3\n",
        "  - a: 1_000\n",
        "  - a: 0x1F\n",
        "  - a: 1:30\n",
        "  - a: .5\n",
        "  - a: 2025-01-01\n",
        "  - a: .inf\n",
        "  - a: 1.2.3\n",
        "  - a: 123456789012345678\n",
        "  - a: -5M\n",
        "  - a: 5Mi\n",
        // quotes, escapes, block scalars, anchors, aliases, tags, complex keys
        "  - a: \"x\"\n",
        "  - a: 'x'\n",
        "  - a: |\n      x\n",
        "  - a: >\n      x\n",
        "  - a: &x 1\n",
        "  - a: *x\n",
        "  - a: !x 1\n",
        "  - ? a\n    : 1\n",
        // multi-line scalars, odd indentation, empty values, repeated keys
        "  - a: x\n      y\n",
        "  - a: x\n   b: y\n",
        "  - a:\n    b: 1\n",
        "  - a: 1\n    a: 2\n",
        "  - {a: 1, a: 2}\n",
        "  - a:\n",
        "  - a: 1\n    b:\n",
        // flow collections over lines, trailing commas, odd separators
        "  - a: [x,\n      y]\n",
        "  - a: [x, ]\n",
        "  - a: {b: 1,}\n",
        "  - a: [x,,y]\n",
        "  - {a: b}c\n",
        "  - a: [x]#c\n",
        "  - a: {b:1}\n",
        // tabs, carriage returns, non-ASCII, a mapping in a nested list, items inside items
        "  - a:\t1\n",
        "  - a: 1\r\n",
        "  - a: café\n",
        "  - a:\n    - b: 1\n",
        "  - - x\n",
        "  -\n    a: 1\n",
        "  - x\n",
        "  - a: x,y\n",
        "  - a: [b: 1]\n",
        // control characters in comments, which the parser refuses
        "  - a: 1  # bell \u0007\n",
        "  - a: 1\n    # del \u007f\n",
        "  - a: # \u0080\n      b: 1\n",
        "  - a: 1  # \uffff\n",
        // nesting deeper than the plain reader goes
        "  - a: [[[[[[[[[[x]]]]]]]]]]\n",
      })
  void anythingElseIsLeftToTheParser(String item) {
    assertThat(agrees(item, 3)).as("left to the parser:%n%s", item).isFalse();
  }

  /**
   * Plain items with a piece inserted at random: each one reads plainly to the parser's tree, or is
   * left to the parser. A fixed seed keeps it repeatable.
   */
  @Test
  void randomMutantsNeverReadDifferently() {
    String base =
        "  - name: svc-1\n    traffic: {pattern: spiky, requestsPerMonth: 5M}\n"
            + "    compliance:\n      - hipaa\n    memoryMb: 512   # note\n\n"
            + "    tags: [a, b]\n    runtime: go\n";
    String[] pieces = {
      " ",
      "  ",
      "\n",
      "\n    ",
      "\n      ",
      "#",
      " #",
      ":",
      ": ",
      "-",
      "- ",
      ",",
      "[",
      "]",
      "{",
      "}",
      "x",
      "1",
      ".",
      "0",
      "e",
      "%",
      "M",
      "yes",
      "\t",
      "'",
      "\"",
      "?",
      "&",
      "*",
      "!",
      "|",
      ">",
      "\n  - ",
      "\n    - ",
      "null",
      "true",
      "~",
      "_"
    };
    Random random = new Random(20261124L);
    int plain = 0;
    for (int n = 0; n < 5000; n++) {
      StringBuilder b = new StringBuilder(base);
      int edits = 1 + random.nextInt(2);
      for (int e = 0; e < edits; e++) {
        int at = 4 + random.nextInt(b.length() - 4);
        b.insert(at, pieces[random.nextInt(pieces.length)]);
      }
      plain += agrees(b.toString(), 1 + random.nextInt(100)) ? 1 : 0;
    }
    assertThat(plain).as("mutants read plainly").isGreaterThan(500);
  }
}
