package dev.placementadvisor.input;

import dev.placementadvisor.input.YamlNode.Entry;
import dev.placementadvisor.input.YamlNode.ListNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlNode.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Parses a large YAML mapping whose top-level block list (an inventory's {@code services:}) holds
 * most of the file, on several cores, binding each item of the list as soon as it is parsed: the
 * tree of the whole file is never held at once. The rest of the file is parsed first (the lines
 * before the list and the lines after it, each as a document of its own), and then the list's items
 * in consecutive chunks, each chunk as a YAML document of its own. YAML is read left to right, so a
 * part that starts at the start of an item, or of a top-level key, reads exactly as it does in the
 * whole file; each item gets the same tree, with the same locations, as in the whole file parsed in
 * one go.
 *
 * <p>It is only a faster route to the same answer: whenever the file does not have the plain shape
 * it relies on, or any part fails to parse or to bind for any reason, it returns null and the
 * caller parses the whole file, which gives the usual tree or the usual error. A wrong split cannot
 * pass unnoticed: a chunk boundary inside a quoted scalar or a flow collection leaves the chunk
 * before it unterminated, which is always a syntax error; block scalars and plain scalars cannot
 * reach back to the list's own indentation; and every item's position is checked against the line
 * it was cut at.
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

  /**
   * The file split and bound, or null when the caller must parse {@code text} in one go: a small
   * file is, and on one core a large one is still bound item by item.
   */
  static <T> YamlTreeReader.Split<T> parse(
      String text, String displayName, String key, YamlTreeReader.ItemBinding<T> binding) {
    if (text.length() < MIN_CHARS) {
      return null;
    }
    return parse(text, displayName, key, Runtime.getRuntime().availableProcessors() * 2, binding);
  }

  /** As {@link #parse(String, String, String, YamlTreeReader.ItemBinding)}, at any size. */
  static <T> YamlTreeReader.Split<T> parse(
      String text,
      String displayName,
      String key,
      int chunks,
      YamlTreeReader.ItemBinding<T> binding) {
    if (YamlTreeReader.yaml11LineBreak(text) >= 0) {
      return null; // lines are counted differently: the whole-file route refuses the text
    }
    Layout layout = Layout.of(text, key);
    if (layout == null || layout.items.size() < 2 || chunks < 1) {
      return null;
    }
    int n = Math.min(chunks, layout.items.size());
    int[] firstItem = new int[n + 1];
    for (int c = 0; c <= n; c++) {
      firstItem[c] = (int) ((long) layout.items.size() * c / n);
    }
    try {
      MapNode root = rootWithoutList(text, displayName, key, layout);
      if (root == null) {
        return null;
      }
      Function<YamlNode, T> bind = binding.prepare(root);
      List<List<T>> parts =
          IntStream.range(0, n)
              .parallel()
              .mapToObj(c -> chunk(text, displayName, layout, firstItem[c], firstItem[c + 1], bind))
              .toList();
      List<T> items = new ArrayList<>(layout.items.size());
      parts.forEach(items::addAll);
      Item first = layout.items.get(0);
      return new YamlTreeReader.Split<>(
          root, new Location(displayName, first.line, layout.indent + 1), items);
    } catch (RuntimeException e) {
      // GiveUp, an InputException or anything else: the whole-file parse answers.
      return null;
    }
  }

  /**
   * The root mapping with the list's value left empty: the lines before the list (ending with its
   * key) and the lines after it, each parsed as a document of its own, their keys put together.
   * Null when either part is not a mapping, when they share a key, or when the lines after the list
   * do not start with a plain key (a document marker or a directive, say, which mean something else
   * in the whole file).
   */
  private static MapNode rootWithoutList(
      String text, String displayName, String key, Layout layout) {
    YamlNode before =
        YamlTreeReader.fragment(text.substring(0, layout.blockStart), displayName, 0, 0, null);
    if (!(before instanceof MapNode head) || !isEmptyKey(head.entries().get(key), layout)) {
      return null;
    }
    if (layout.blockEnd == text.length()) {
      return head;
    }
    char first = text.charAt(layout.blockEnd);
    if (!(Character.isLetterOrDigit(first) || first == '_' || first == '"' || first == '\'')) {
      return null;
    }
    YamlNode after =
        YamlTreeReader.fragment(
            text.substring(layout.blockEnd),
            displayName,
            layout.keyLine + layout.blockLines,
            0,
            null);
    if (!(after instanceof MapNode tail)) {
      return null;
    }
    Map<String, Entry> entries = new LinkedHashMap<>(head.entries());
    for (Entry e : tail.entries().values()) {
      if (entries.putIfAbsent(e.key(), e) != null) {
        return null;
      }
    }
    return new MapNode(head.location(), entries);
  }

  /** The list's key where the file has it, at the end of the lines before the list: no value. */
  private static boolean isEmptyKey(Entry entry, Layout layout) {
    return entry != null
        && entry.keyLocation().line() == layout.keyLine
        && entry.keyLocation().column() == 1
        && entry.value() instanceof ScalarNode s
        && s.text().isEmpty();
  }

  /**
   * Items {@code from} (inclusive) to {@code to} (exclusive), parsed, checked and bound: each item
   * written plainly by {@link PlainItems}, and from the first that is not, the rest by the YAML
   * parser.
   */
  private static <T> List<T> chunk(
      String text,
      String displayName,
      Layout layout,
      int from,
      int to,
      Function<YamlNode, T> bind) {
    List<T> bound = new ArrayList<>(to - from);
    int k = from;
    if (layout.newlinesOnly) {
      for (; k < to; k++) {
        Item item = layout.items.get(k);
        int end = k + 1 < layout.items.size() ? layout.items.get(k + 1).offset : layout.blockEnd;
        YamlNode node = PlainItems.item(text, item.offset, end, item.line, displayName);
        if (node == null) {
          break;
        }
        bound.add(bind.apply(node));
      }
    }
    if (k == to) {
      return bound;
    }
    // The YAML parser reads the rest as one document; each item is checked against the line it
    // was cut at before it is bound.
    Item first = layout.items.get(k);
    int end = to < layout.items.size() ? layout.items.get(to).offset : layout.blockEnd;
    Consumer<YamlNode> each =
        item -> {
          int i = from + bound.size();
          int line = item.location().line();
          int next = i + 1 < layout.items.size() ? layout.items.get(i + 1).line : Integer.MAX_VALUE;
          if (i >= to || line < layout.items.get(i).line || line >= next) {
            throw new GiveUp();
          }
          bound.add(bind.apply(item));
        };
    YamlNode node =
        YamlTreeReader.fragment(
            text.substring(first.offset, end), displayName, first.line - 1, ITEM_DEPTH - 1, each);
    if (!(node instanceof ListNode list)
        || bound.size() != to - from
        || list.location().line() != first.line
        || list.location().column() != layout.indent + 1) {
      throw new GiveUp();
    }
    return bound;
  }

  /** Where an item of the list starts: its first line (1-based) and that line's offset. */
  private record Item(int line, int offset) {}

  /**
   * The plain shape chunking relies on: a line {@code key:} at column 1 (a comment may follow),
   * then a block list whose items start with {@code -} at one indentation, ending at the first line
   * at column 1 that is not one of its items (or at the end of the file).
   */
  private record Layout(
      int keyLine,
      int blockStart,
      int blockEnd,
      int blockLines,
      int indent,
      List<Item> items,
      boolean newlinesOnly) {

    static Layout of(String text, String key) {
      int keyLine = 0;
      int blockStart = -1;
      int indent = -1;
      List<Item> items = new ArrayList<>();
      int line = 1;
      int blockLines = 0;
      int pos = 0;
      int length = text.length();
      int blockEnd = length;
      // Most files end their lines with '\n' alone, and a search for it is much faster. In
      // them, PlainItems may read items: YAML also ends lines at '\r' and, in version 1.1, at
      // NEL, LS and PS, which a comment it skips would otherwise hide.
      boolean onlyNewlines =
          text.indexOf('\r') < 0
              && text.indexOf('\u0085') < 0
              && text.indexOf('\u2028') < 0
              && text.indexOf('\u2029') < 0;
      while (pos < length) {
        int eol = lineEnd(text, pos, onlyNewlines);
        if (eol < 0) {
          return null; // line breaks in YAML 1.1 that this scan does not count
        }
        int next = nextLine(text, eol);
        if (blockStart < 0) {
          if (isListKey(text, pos, eol, key)) {
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
              blockEnd = pos;
              break;
            } else if (spaces <= indent) {
              return null; // an odd indentation: leave it to the whole-file parse
            }
          }
          blockLines += next > eol ? 1 : 0;
        }
        line++;
        pos = next;
      }
      return blockStart < 0 || indent < 0
          ? null
          : new Layout(keyLine, blockStart, blockEnd, blockLines, indent, items, onlyNewlines);
    }

    /**
     * Where the line that starts at {@code pos} ends (its line break, or the end of the text); -1
     * when it holds one of YAML 1.1's other line breaks (NEL, LS, PS). With {@code onlyNewlines}
     * the text has none of those nor a carriage return, and a search for '\n' alone is faster.
     */
    private static int lineEnd(String text, int pos, boolean onlyNewlines) {
      int length = text.length();
      if (onlyNewlines) {
        int eol = text.indexOf('\n', pos);
        return eol < 0 ? length : eol;
      }
      int eol = pos;
      while (eol < length) {
        char c = text.charAt(eol);
        if (c == '\n' || c == '\r') {
          break;
        }
        if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
          return -1;
        }
        eol++;
      }
      return eol;
    }

    /** The start of the line after the one that ends at {@code eol}: past "\r\n", '\r' or '\n'. */
    private static int nextLine(String text, int eol) {
      int length = text.length();
      if (eol >= length) {
        return eol;
      }
      return eol
          + (text.charAt(eol) == '\r' && eol + 1 < length && text.charAt(eol + 1) == '\n' ? 2 : 1);
    }

    /** {@code key:} at column 1, then only spaces or a comment. */
    private static boolean isListKey(String text, int pos, int eol, String key) {
      int colon = pos + key.length();
      if (!text.startsWith(key, pos) || colon >= eol || text.charAt(colon) != ':') {
        return false;
      }
      int i = colon + 1;
      while (i < eol && text.charAt(i) == ' ') {
        i++;
      }
      return i == eol || (text.charAt(i) == '#' && i > colon + 1);
    }

    /** {@code -} followed by a space or the end of the line. */
    private static boolean isItemStart(String text, int at, int eol) {
      return text.charAt(at) == '-' && (at + 1 == eol || text.charAt(at + 1) == ' ');
    }
  }
}
