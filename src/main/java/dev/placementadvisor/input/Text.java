package dev.placementadvisor.input;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small text helpers for user-facing messages. */
public final class Text {
  private static final int SHORTEN_AT = 60;

  private Text() {}

  /**
   * Makes text safe for a terminal, a CI log or any other line-oriented medium: it stays on one
   * line and shows as written, with nothing a terminal or a CI runner would act on. Escapes as
   * {@code \\uXXXX} every control character (C0 with TAB and line breaks, DEL, C1 with NEL), every
   * invisible formatting character (bidirectional overrides and isolates such as U+202E, zero-width
   * spaces, the byte-order mark; the joiners U+200C and U+200D stay, as scripts and emoji need
   * them), the line and paragraph separators, and half a surrogate pair; and breaks the two
   * prefixes a GitHub Actions runner reads as workflow commands: {@code "##["} anywhere, and {@code
   * "::"} at the start (after blanks).
   */
  public static String printable(String s) {
    if (isPlain(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    int n = s.length();
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (mustEscape(cp)) {
        escape(b, cp);
      } else if (cp == '[' && i >= 2 && s.charAt(i - 1) == '#' && s.charAt(i - 2) == '#') {
        escape(b, cp);
      } else if (cp == ':' && next < n && s.charAt(next) == ':' && s.substring(0, i).isBlank()) {
        escape(b, cp);
      } else {
        b.appendCodePoint(cp);
      }
      i = next;
    }
    return b.toString();
  }

  /** True for text that {@link #printable} returns unchanged (the common case, checked fast). */
  private static boolean isPlain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7f && mustEscapeChar(c) || c == '[' || c == ':') {
        return isPlainSlow(s);
      }
    }
    return true;
  }

  private static boolean isPlainSlow(String s) {
    return s.codePoints().noneMatch(Text::mustEscape)
        && !s.contains("##[")
        && !s.stripLeading().startsWith("::");
  }

  private static boolean mustEscapeChar(char c) {
    return Character.isSurrogate(c) || mustEscape(c);
  }

  /** Controls, formatting characters but the joiners, separators, and lone surrogates. */
  public static boolean mustEscape(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE ->
          true;
      case Character.FORMAT -> cp != 0x200C && cp != 0x200D;
      default -> false;
    };
  }

  private static void escape(StringBuilder b, int cp) {
    String hex = Integer.toHexString(cp);
    b.append("\\u").append("0000", 0, Math.max(0, 4 - hex.length())).append(hex);
  }

  /** Cuts a user value to a printable, single-line excerpt (see {@link #printable}). */
  public static String shorten(String s) {
    if (s.length() <= SHORTEN_AT && isPlain(s)) {
      return s;
    }
    int points = s.codePointCount(0, s.length());
    StringBuilder b =
        new StringBuilder(
            printable(s.substring(0, s.offsetByCodePoints(0, Math.min(points, SHORTEN_AT + 1)))));
    if (points > SHORTEN_AT) {
      b.setLength(Math.min(b.length(), SHORTEN_AT));
      if (Character.isHighSurrogate(b.charAt(b.length() - 1))) {
        b.setLength(b.length() - 1); // never half a character
      }
      b.append("...");
    }
    return b.toString();
  }

  /**
   * A value from a file, quoted for a message about it: {@code 'value'} (shortened, printable), or
   * nothing at all when the file's content is never shown (see {@link Location#opaque}). Write
   * messages that read either way: {@code "unknown key" + Text.quoted(at, key) + " in ..."} gives
   * "unknown key 'x' in ..." or "unknown key in ...".
   */
  public static String quoted(Location at, String value) {
    return at != null && at.opaque() ? "" : " '" + shorten(value) + "'";
  }

  /**
   * ", got 'value'" to end a message about a wrong value, or nothing where the value may not be
   * quoted (see {@link #quoted}).
   */
  public static String got(Location at, String value) {
    String q = quoted(at, value);
    return q.isEmpty() ? "" : ", got" + q;
  }

  /**
   * A path as messages and reports name it: as given, made {@link #printable}, except that an
   * absolute path inside the current directory is named relative to it, so a report made in CI with
   * the workspace's absolute path names the file as the repository does (annotations find it, and
   * no local directory is published).
   */
  public static String path(java.nio.file.Path p) {
    if (p.isAbsolute()) {
      java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
      java.nio.file.Path normal = p.normalize();
      if (normal.startsWith(here) && !normal.equals(here)) {
        return printable(here.relativize(normal).toString());
      }
    }
    return printable(p.toString());
  }

  /**
   * Where the first half of a surrogate pair without its other half stands (text that no UTF-8
   * output can hold), or -1 when every character is whole.
   */
  public static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Lists values as "a, b or c". */
  public static String oneOf(Collection<String> values) {
    if (values.size() <= 1) {
      return String.join("", values);
    }
    var list = values.stream().collect(Collectors.toList());
    return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
  }

  /** The closest candidate to a misspelled word, or null when none is close. */
  public static String didYouMean(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = word.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      int d = distance(lower, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    int allowed = Math.max(2, word.length() / 3);
    return bestDistance <= allowed ? best : null;
  }

  private static int distance(String a, String b) {
    if (a.length() > 200 || b.length() > 200) {
      return Integer.MAX_VALUE;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
