package dev.placementadvisor.input;

import dev.placementadvisor.input.YamlNode.Entry;
import dev.placementadvisor.input.YamlNode.ListNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlNode.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Parses a large inventory on several cores: the items of its top-level block list {@code
 * services:} in consecutive chunks, each chunk as a YAML document of its own, and the rest of the
 * file with that list's lines left blank. YAML is read left to right, so a chunk that starts at an
 * item's first line reads exactly as that item does in the whole file; the result is the same tree,
 * with the same locations, as the whole file parsed in one go.
 *
 * <p>It is only a faster route to the same answer: whenever the file does not have the plain shape
 * it relies on, or any part fails to parse for any reason, it returns null and the caller parses
 * the whole file, which gives the usual tree or the usual error. A wrong split cannot pass
 * unnoticed: a chunk boundary inside a quoted scalar or a flow collection leaves the chunk before
 * it unterminated, which is always a syntax error; block scalars and plain scalars cannot reach
 * back to the list's own indentation; and every item's position is checked against the line it
 * was cut at.
 */
final class ChunkedParse {
  /** Files shorter than this, in characters, are parsed in one go. */
  static final int MIN_CHARS = 1 << 20;

  /** Nesting (the root mapping and the list) above each item. */
  private static final int ITEM_DEPTH = 2;

  private ChunkedParse() {}

  /** Thrown inside a chunk to give up on chunking. */
  static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  /** The parsed tree, or null when the caller must parse {@code text} in one go. */
  static YamlNode parse(String text, String displayName) {
    int workers = Runtime.getRuntime().availableProcessors();
    if (text.length() < MIN_CHARS || workers < 2) {
      return null;
    }
    return parse(text, displayName, workers * 2);
  }

  /** As {@link #parse(String, String)}, in at most {@code chunks} chunks, at any size. */
  static YamlNode parse(String text, String displayName, int chunks) {
    Layout layout = Layout.of(text);
    if (layout == null || layout.items.size() < 2 || chunks < 1) {
      return null;
    }
    int n = Math.min(chunks, layout.items.size());
    int[] firstItem = new int[n + 1];
    for (int c = 0; c <= n; c++) {
      firstItem[c] = (int) ((long) layout.items.size() * c / n);
    }
    try {
      // Task 0 is the file without the list; tasks 1..n are the chunks.
      List<YamlNode> parts =
          IntStream.rangeClosed(0, n)
              .parallel()
              .mapToObj(
                  t ->
                      t == 0
                          ? YamlTreeReader.fragment(layout.skeleton(text), displayName, 0, 0)
                          : chunk(text, displayName, layout, firstItem[t - 1], firstItem[t]))
              .toList();
      return assemble(parts, layout, displayName);
    } catch (RuntimeException e) {
      // GiveUp, an InputException or anything else: the whole-file parse answers.
      return null;
    }
  }

  /** Items {@code from} (inclusive) to {@code to} (exclusive), parsed and checked. */
  private static YamlNode chunk(
      String text, String displayName, Layout layout, int from, int to) {
    Item first = layout.items.get(from);
    int end = to < layout.items.size() ? layout.items.get(to).offset : layout.blockEnd;
    YamlNode node =
        YamlTreeReader.fragment(
            text.substring(first.offset, end), displayName, first.line - 1, ITEM_DEPTH - 1);
    if (!(node instanceof ListNode list) || list.items().size() != to - from) {
      throw new GiveUp();
    }
    if (list.location().line() != first.line || list.location().column() != layout.indent + 1) {
      throw new GiveUp();
    }
    for (int k = 0; k < list.items().size(); k++) {
      int line = list.items().get(k).location().line();
      int next = from + k + 1 < layout.items.size() ? layout.items.get(from + k + 1).line : Integer.MAX_VALUE;
      if (line < layout.items.get(from + k).line || line >= next) {
        throw new GiveUp();
      }
    }
    return list;
  }

  private static YamlNode assemble(List<YamlNode> parts, Layout layout, String displayName) {
    if (!(parts.get(0) instanceof MapNode root)) {
      return null;
    }
    Entry services = root.entries().get("services");
    if (services == null
        || services.keyLocation().line() != layout.keyLine
        || services.keyLocation().column() != 1
        || !(services.value() instanceof ScalarNode s)
        || !s.text().isEmpty()) {
      return null;
    }
    List<YamlNode> items = new ArrayList<>(layout.items.size());
    for (YamlNode part : parts.subList(1, parts.size())) {
      items.addAll(((ListNode) part).items());
    }
    Item first = layout.items.get(0);
    ListNode list = new ListNode(new Location(displayName, first.line, layout.indent + 1), items);
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Entry e : root.entries().values()) {
      entries.put(
          e.key(), e == services ? new Entry(e.key(), e.keyLocation(), list) : e);
    }
    return new MapNode(root.location(), entries);
  }

  /** Where an item of the list starts: its first line (1-based) and that line's offset. */
  private record Item(int line, int offset) {}

  /**
   * The plain shape chunking relies on: a line {@code services:} at column 1 (a comment may
   * follow), then a block list whose items start with {@code -} at one indentation, ending at the
   * first line at column 1 that is not one of its items (or at the end of the file).
   */
  private record Layout(
      int keyLine, int blockStart, int blockEnd, int blockLines, int indent, List<Item> items) {

    /** The file with the list's lines emptied, so that the lines after it keep their numbers. */
    String skeleton(String text) {
      StringBuilder b = new StringBuilder(text.length() - (blockEnd - blockStart) + blockLines);
      b.append(text, 0, blockStart);
      b.append("\n".repeat(blockLines));
      b.append(text, blockEnd, text.length());
      return b.toString();
    }

    static Layout of(String text) {
      int keyLine = 0;
      int blockStart = -1;
      int indent = -1;
      List<Item> items = new ArrayList<>();
      int line = 1;
      int blockLines = 0;
      int pos = 0;
      int length = text.length();
      while (pos < length) {
        int eol = pos;
        while (eol < length) {
          char c = text.charAt(eol);
          if (c == '\n' || c == '\r') {
            break;
          }
          if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
            return null; // line breaks in YAML 1.1 that this scan does not count
          }
          eol++;
        }
        int next = eol;
        if (next < length) {
          next += text.charAt(next) == '\r' && next + 1 < length && text.charAt(next + 1) == '\n' ? 2 : 1;
        }
        if (blockStart < 0) {
          if (isServicesKey(text, pos, eol)) {
            keyLine = line;
            blockStart = next;
          }
        } else {
          int spaces = 0;
          while (pos + spaces < eol && text.charAt(pos + spaces) == ' ') {
            spaces++;
          }
          boolean blank = pos + spaces == eol;
          boolean comment = !blank && text.charAt(pos + spaces) == '#';
          if (!blank && !comment) {
            boolean itemStart = isItemStart(text, pos + spaces, eol);
            if (indent < 0) {
              if (!itemStart) {
                return null; // not a block list (a flow list, a mapping, a scalar...)
              }
              indent = spaces;
            }
            if (spaces == indent && itemStart) {
              items.add(new Item(line, pos));
            } else if (spaces == 0) {
              return layout(keyLine, blockStart, pos, blockLines, indent, items);
            } else if (spaces <= indent) {
              return null; // an odd indentation: leave it to the whole-file parse
            }
          }
          blockLines += next > eol ? 1 : 0;
        }
        line++;
        pos = next;
      }
      return blockStart < 0 ? null : layout(keyLine, blockStart, length, blockLines, indent, items);
    }

    private static Layout layout(
        int keyLine, int blockStart, int blockEnd, int blockLines, int indent, List<Item> items) {
      return indent < 0 ? null : new Layout(keyLine, blockStart, blockEnd, blockLines, indent, items);
    }

    /** {@code services:} at column 1, then only spaces or a comment. */
    private static boolean isServicesKey(String text, int pos, int eol) {
      if (!text.startsWith("services:", pos)) {
        return false;
      }
      int i = pos + "services:".length();
      while (i < eol && text.charAt(i) == ' ') {
        i++;
      }
      return i == eol || (text.charAt(i) == '#' && i > pos + "services:".length());
    }

    /** {@code -} followed by a space or the end of the line. */
    private static boolean isItemStart(String text, int at, int eol) {
      return text.charAt(at) == '-' && (at + 1 == eol || text.charAt(at + 1) == ' ');
    }
  }
}
