package dev.placementadvisor.input;

import dev.placementadvisor.input.YamlNode.Entry;
import dev.placementadvisor.input.YamlNode.ListNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlNode.ScalarKind;
import dev.placementadvisor.input.YamlNode.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one item of a large block list (an inventory's service) written in the plain YAML that
 * almost every inventory uses, about ten times faster than the YAML parser: block mappings with
 * simple keys, plain scalars, block lists of scalars, and one-line flow collections, with blank
 * lines and comments. It gives the tree the YAML parser gives, with the same locations and scalar
 * kinds, or gives up (null) on anything else, however valid: quotes, escapes, tags, anchors,
 * multi-line scalars, tabs, carriage returns, non-ASCII text, words YAML 1.1 reads as booleans or
 * null ({@code yes}, {@code off}, {@code ~}...), numbers it might read other ways ({@code 012},
 * {@code 1e3}, {@code 1_000}), a repeated key, control characters in comments. The caller then
 * parses the item with the YAML parser, which reads it or reports the error.
 *
 * <p>An item's text runs from its {@code -} to the start of the next item, and every line of it but
 * the first is indented deeper than the {@code -} or is blank or a comment ({@link ChunkedParse}
 * cuts items so), so the item reads the same alone as in its list.
 */
final class PlainItems {
  /** Longest key read here (the YAML parser's limit is longer). */
  private static final int MAX_KEY = 1000;

  /** Most digits of a number read here, so that every number fits a long or a double's text. */
  private static final int MAX_DIGITS = 17;

  /**
   * Deepest nesting of collections inside an item read here: far below the nesting limit, which the
   * YAML parser enforces.
   */
  private static final int MAX_NESTING = 8;

  private final String text;
  private final int end;
  private final String file;

  /** The start of the current line, its end (a '\n' or {@code end}) and its number. */
  private int lineStart;

  private int lineEnd;
  private int line;

  private PlainItems(String text, int start, int end, int line, String file) {
    this.text = text;
    this.end = end;
    this.file = file;
    this.line = line;
    at(start);
  }

  /** Thrown to give up; carries no stack trace. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unsupported INSTANCE = new Unsupported();

    private Unsupported() {
      super(null, null, false, false);
    }
  }

  /**
   * The item of a block list whose {@code -} starts {@code text[start]} after spaces, on line
   * {@code line}, ending at {@code end}; null when it is not written plainly enough.
   */
  static YamlNode item(String text, int start, int end, int line, String file) {
    try {
      return new PlainItems(text, start, end, line, file).item();
    } catch (Unsupported e) {
      return null;
    }
  }

  private static Unsupported unsupported() {
    return Unsupported.INSTANCE;
  }

  // ------------------------------------------------------------------ lines

  private void at(int start) {
    lineStart = start;
    int eol = text.indexOf('\n', start);
    lineEnd = eol < 0 || eol > end ? end : eol;
  }

  /**
   * Moves to the next line that is neither blank nor only a comment, or sets {@link #done} when the
   * item has none.
   */
  private void advance() {
    while (lineEnd < end) {
      line++;
      at(lineEnd + 1);
      int first = skipSpaces(lineStart);
      if (first < lineEnd && text.charAt(first) != '#') {
        return;
      }
      comment(first);
    }
    done = true;
  }

  /**
   * Checks a comment from {@code p} to the end of the line: the YAML parser refuses control
   * characters anywhere, comments included.
   */
  private void comment(int p) {
    for (int i = p; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (c < 0x20
          ? c != '\t'
          : c >= 0x7f && (c < 0xa0 || Character.isSurrogate(c) || c >= 0xfffe)) {
        throw unsupported();
      }
    }
  }

  private int skipSpaces(int p) {
    while (p < lineEnd && text.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  private int indent() {
    return skipSpaces(lineStart) - lineStart;
  }

  private Location location(int p) {
    return new Location(file, line, p - lineStart + 1);
  }

  /** Nothing but spaces, or spaces and a comment, from {@code p} to the end of the line. */
  private void restOfLineIsEmpty(int p) {
    int q = skipSpaces(p);
    if (q < lineEnd && (text.charAt(q) != '#' || q == p)) {
      throw unsupported();
    }
    comment(q);
  }

  // ------------------------------------------------------------------ blocks
  //
  // Each reader starts on the current line and returns with the current line the first content
  // line it did not read, or with done set.

  /** True once the item's last content line has been read. */
  private boolean done;

  /** Collections open around the current one. */
  private int nesting;

  /** Opens a collection; gives up when too deep. */
  private void open() {
    if (++nesting > MAX_NESTING) {
      throw unsupported();
    }
  }

  /** Closes a collection, returning it. */
  private <N extends YamlNode> N close(N node) {
    nesting--;
    return node;
  }

  private YamlNode item() {
    int dash = skipSpaces(lineStart);
    if (dash + 1 >= lineEnd || text.charAt(dash) != '-' || text.charAt(dash + 1) != ' ') {
      throw unsupported();
    }
    int content = skipSpaces(dash + 1);
    if (content >= lineEnd || text.charAt(content) == '#') {
      throw unsupported(); // the item starts on a later line
    }
    YamlNode node;
    if (text.charAt(content) == '{') {
      int[] p = {content};
      node = flowMap(p);
      restOfLineIsEmpty(p[0]);
      advance();
    } else {
      node = blockMap(content - lineStart, content);
    }
    if (!done) {
      throw unsupported(); // a line less indented than the item's content, yet in the item
    }
    return node;
  }

  /** A block mapping whose keys stand at column {@code indent}, the first at {@code first}. */
  private MapNode blockMap(int indent, int first) {
    open();
    Map<String, Entry> entries = new LinkedHashMap<>();
    Location at = location(first);
    int keyStart = first;
    while (true) {
      int colon = key(keyStart);
      String key = text.substring(keyStart, colon);
      Location keyAt = location(keyStart);
      int v = skipSpaces(colon + 1);
      YamlNode value;
      if (v >= lineEnd || text.charAt(v) == '#') {
        // The value is on the lines below: a deeper mapping, or a list (maybe at this indent).
        comment(v);
        advance();
        if (done) {
          throw unsupported(); // an empty value
        }
        int i = indent();
        int p = lineStart + i;
        if (i >= indent && text.startsWith("- ", p)) {
          value = blockList(i);
        } else if (i > indent && text.charAt(p) != '-') {
          value = blockMap(i, p);
        } else {
          throw unsupported();
        }
      } else {
        int[] p = {v};
        value = inlineValue(p);
        restOfLineIsEmpty(p[0]);
        advance();
      }
      if (entries.put(key, new Entry(key, keyAt, value)) != null) {
        throw unsupported(); // a repeated key: the YAML parser reports it
      }
      if (done || indent() < indent) {
        return close(new MapNode(at, entries));
      }
      if (indent() > indent) {
        throw unsupported(); // a multi-line scalar, or an odd indentation
      }
      keyStart = lineStart + indent;
    }
  }

  /**
   * A block list of scalars and flow collections whose {@code -} stand at column {@code indent}.
   */
  private ListNode blockList(int indent) {
    open();
    List<YamlNode> items = new ArrayList<>();
    Location at = location(lineStart + indent);
    while (true) {
      int content = skipSpaces(lineStart + indent + 1);
      if (content >= lineEnd || text.charAt(content) == '#') {
        throw unsupported();
      }
      int[] p = {content};
      items.add(inlineValue(p));
      restOfLineIsEmpty(p[0]);
      advance();
      if (done) {
        return close(new ListNode(at, items));
      }
      int i = indent();
      if (i > indent) {
        throw unsupported();
      }
      if (i < indent || !text.startsWith("- ", lineStart + i)) {
        return close(new ListNode(at, items));
      }
    }
  }

  /** A key at {@code p}: letters, digits, '-' and '_', starting with a letter; returns its ':'. */
  private int key(int p) {
    int q = p;
    if (q >= lineEnd || !isLetter(text.charAt(q))) {
      throw unsupported();
    }
    while (q < lineEnd
        && (isLetterOrDigit(text.charAt(q)) || text.charAt(q) == '-' || text.charAt(q) == '_')) {
      q++;
    }
    if (q - p > MAX_KEY
        || q >= lineEnd
        || text.charAt(q) != ':'
        || (q + 1 < lineEnd && text.charAt(q + 1) != ' ')) {
      throw unsupported();
    }
    return q;
  }

  // ------------------------------------------------------------------ values on one line

  /** A plain scalar or a flow collection at {@code p[0]}; moves {@code p[0]} past it. */
  private YamlNode inlineValue(int[] p) {
    char c = text.charAt(p[0]);
    if (c == '{') {
      return flowMap(p);
    }
    if (c == '[') {
      return flowList(p);
    }
    return scalar(p, false);
  }

  private MapNode flowMap(int[] p) {
    open();
    Location at = location(p[0]);
    Map<String, Entry> entries = new LinkedHashMap<>();
    int q = skipSpaces(p[0] + 1);
    if (q < lineEnd && text.charAt(q) == '}') {
      p[0] = q + 1;
      return close(new MapNode(at, entries));
    }
    while (true) {
      int keyStart = q;
      int colon = key(keyStart);
      String key = text.substring(keyStart, colon);
      Location keyAt = location(keyStart);
      p[0] = skipSpaces(colon + 1);
      if (p[0] >= lineEnd || p[0] == colon + 1) {
        throw unsupported();
      }
      YamlNode value = flowValue(p);
      if (entries.put(key, new Entry(key, keyAt, value)) != null) {
        throw unsupported();
      }
      q = skipSpaces(p[0]);
      if (q >= lineEnd) {
        throw unsupported(); // over several lines
      }
      if (text.charAt(q) == '}') {
        p[0] = q + 1;
        return close(new MapNode(at, entries));
      }
      if (text.charAt(q) != ',') {
        throw unsupported();
      }
      q = skipSpaces(q + 1);
      if (q == lineEnd || text.charAt(q) == '}') {
        throw unsupported();
      }
    }
  }

  private ListNode flowList(int[] p) {
    open();
    Location at = location(p[0]);
    List<YamlNode> items = new ArrayList<>();
    int q = skipSpaces(p[0] + 1);
    if (q < lineEnd && text.charAt(q) == ']') {
      p[0] = q + 1;
      return close(new ListNode(at, items));
    }
    while (true) {
      if (q >= lineEnd) {
        throw unsupported();
      }
      p[0] = q;
      items.add(flowValue(p));
      q = skipSpaces(p[0]);
      if (q >= lineEnd) {
        throw unsupported();
      }
      if (text.charAt(q) == ']') {
        p[0] = q + 1;
        return close(new ListNode(at, items));
      }
      if (text.charAt(q) != ',') {
        throw unsupported();
      }
      q = skipSpaces(q + 1);
      if (q < lineEnd && text.charAt(q) == ']') {
        throw unsupported();
      }
    }
  }

  private YamlNode flowValue(int[] p) {
    char c = text.charAt(p[0]);
    if (c == '{' || c == '[') {
      return inlineValue(p);
    }
    return scalar(p, true);
  }

  /**
   * A plain scalar at {@code p[0]}: letters, digits, spaces and {@code . / % + - _}, ending at the
   * end of the line, at a comment, or in a flow collection at {@code ,} {@code ]} {@code }}.
   */
  private ScalarNode scalar(int[] p, boolean flow) {
    int start = p[0];
    int q = start;
    int last = start; // one past the last char that is not a space
    while (q < lineEnd) {
      char c = text.charAt(q);
      if (c == ' ') {
        if (q + 1 < lineEnd && text.charAt(q + 1) == '#') {
          break;
        }
      } else if (isLetterOrDigit(c)
          || c == '.'
          || c == '-'
          || c == '_'
          || c == '/'
          || c == '%'
          || c == '+') {
        last = q + 1;
      } else if (flow && (c == ',' || c == ']' || c == '}')) {
        break;
      } else {
        throw unsupported();
      }
      q++;
    }
    if (last == start) {
      throw unsupported();
    }
    String s = text.substring(start, last);
    p[0] = last;
    ScalarKind kind = kind(s);
    return new ScalarNode(location(start), kind == ScalarKind.NULL ? "" : s, kind);
  }

  /**
   * The kind the YAML parser gives a plain scalar, for the scalars read here; gives up on any
   * other. Words: YAML 1.1 reads yes/no/on/off (any case), y/n, and True, NULL and the like as
   * booleans or null; only {@code true}, {@code false} and {@code null} are read here. Numbers:
   * plain decimal integers and decimals, and a number with one suffix letter or {@code %}, which
   * YAML reads as text ({@code 12M}, {@code 8%}).
   */
  static ScalarKind kind(String s) {
    char c = s.charAt(0);
    if (isLetter(c)) {
      if (s.length() > 5) {
        return ScalarKind.STRING;
      }
      switch (s) {
        case "true", "false":
          return ScalarKind.BOOLEAN;
        case "null":
          return ScalarKind.NULL;
        default:
          break;
      }
      switch (s.toLowerCase(java.util.Locale.ROOT)) {
        case "y", "n", "yes", "no", "on", "off", "true", "false", "null":
          throw unsupported();
        default:
          return ScalarKind.STRING;
      }
    }
    int i = c == '-' ? 1 : 0;
    int intDigits = digits(s, i);
    if (intDigits == 0 || intDigits > MAX_DIGITS || (intDigits > 1 && s.charAt(i) == '0')) {
      throw unsupported();
    }
    i += intDigits;
    if (i == s.length()) {
      return ScalarKind.INTEGER;
    }
    boolean decimal = false;
    if (s.charAt(i) == '.') {
      int fraction = digits(s, i + 1);
      if (fraction == 0 || fraction > MAX_DIGITS) {
        throw unsupported();
      }
      i += 1 + fraction;
      decimal = true;
    }
    if (i == s.length()) {
      return decimal ? ScalarKind.FLOAT : ScalarKind.INTEGER;
    }
    if (i + 1 == s.length() && s.charAt(0) != '-' && "KMBkmb%".indexOf(s.charAt(i)) >= 0) {
      return ScalarKind.STRING;
    }
    throw unsupported();
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isLetterOrDigit(char c) {
    return isLetter(c) || (c >= '0' && c <= '9');
  }
}
