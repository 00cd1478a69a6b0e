package dev.placementadvisor.render;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.input.Text;
import java.util.ArrayList;
import java.util.List;

/** Builds GitHub-flavoured markdown: escaped text, tables, and words that agree with numbers. */
public final class Markdown {
  private Markdown() {}

  /** A zero-width space, as an entity: breaks what GitHub would link, invisible when rendered. */
  private static final String BREAK = "&#8203;";

  /**
   * Escapes text for a paragraph, heading or table cell, so that it shows as written and does
   * nothing else: every character markdown, GitHub's math or HTML could take for markup is
   * backslash-escaped (a table cell cannot be broken by '|', a line cannot become a heading or a
   * tag), line breaks become spaces, control and invisible formatting characters show as {@code
   * \\uXXXX} (see {@link Text#printable}), and what GitHub would turn into a notification or a link
   * gets a zero-width space: {@code @name} mentions, {@code #123} references, bare URLs ({@code
   * scheme://}, {@code www.}) and e-mail addresses.
   */
  public static String escape(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !special(s.charAt(i))) {
      i++;
    }
    if (i == n && s.indexOf("://") < 0 && !hasWww(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(n + 16);
    i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      switch (cp) {
        case '|', '\\', '*', '_', '`', '<', '>', '[', ']', '#', '&', '~', '$' ->
            b.append('\\').appendCodePoint(cp);
        case '\n', '\r' -> b.append(' ');
        default -> {
          if (Text.mustEscape(cp)) {
            b.append(Text.printable(new String(Character.toChars(cp))));
          } else {
            b.appendCodePoint(cp);
          }
        }
      }
      if (cp == '@' || cp == '#' && next < n && Character.isLetterOrDigit(s.charAt(next))) {
        b.append(BREAK); // @name, #123: no mention, no reference
      } else if (cp == ':' && s.startsWith("//", next)) {
        b.append(BREAK); // scheme:// : no bare link
      } else if ((cp == 'w' || cp == 'W') && isWww(s, i - 2) && next < n && s.charAt(next) == '.') {
        b.append(BREAK); // www. : no bare link
      }
      i = next;
    }
    return b.toString();
  }

  /** True when "www." starts at {@code i}, in any case. */
  private static boolean isWww(String s, int i) {
    return i >= 0 && s.regionMatches(true, i, "www.", 0, 4);
  }

  private static boolean hasWww(String s) {
    for (int dot = s.indexOf('.'); dot >= 3; dot = s.indexOf('.', dot + 1)) {
      if (isWww(s, dot - 3)) {
        return true;
      }
    }
    return false;
  }

  /** True for the chars {@link #escape} changes or looks around. */
  private static boolean special(char c) {
    return switch (c) {
      case '|', '\\', '*', '_', '`', '<', '>', '[', ']', '#', '&', '~', '$', '\n', '\r', '@' ->
          true;
      default -> c < 0x20 || c >= 0x7f && (Character.isSurrogate(c) || Text.mustEscape(c));
    };
  }

  /**
   * Dollars for prose, with the sign escaped: GitHub reads text between two dollar signs in one
   * paragraph as math.
   */
  public static String usd(double v) {
    return escape(Format.usd(v));
  }

  /** "1 service", "3 services". */
  public static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** "a", "a and b", "a, b and c". */
  public static String join(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /**
   * Text for a code span: no escaping applies inside one, so backticks become quotes, '|' a broken
   * bar (a pipe would end a table cell even there), and the text is made {@link Text#printable};
   * mentions and links are inert in code.
   */
  public static String code(String s) {
    return "`" + Text.printable(s).replace('`', '\'').replace('|', '\u00a6') + "`";
  }

  /**
   * A source as a link when it is a plain web address (https or http, only the characters an
   * address is written with), otherwise as escaped text.
   */
  public static String source(String s) {
    return URL.matcher(s).matches() ? "<" + s + ">" : escape(s);
  }

  private static final java.util.regex.Pattern URL =
      java.util.regex.Pattern.compile(
          "https?://[A-Za-z0-9.-]+(?:[/?#][A-Za-z0-9._~/?#@!$&'()*+,;=%:-]*)?");

  /** A GFM table; cells are written as given, so callers escape user text. */
  public static final class Table {
    private final List<String> header;
    private final String alignment;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with the given columns; {@code alignment} has one 'l' or 'r' per column. */
    public Table(String alignment, String... header) {
      if (alignment.length() != header.length) {
        throw new IllegalArgumentException("one alignment per column");
      }
      this.header = List.of(header);
      this.alignment = alignment;
    }

    public Table row(String... cells) {
      if (cells.length != header.size()) {
        throw new IllegalArgumentException("one cell per column");
      }
      rows.add(List.of(cells));
      return this;
    }

    public void appendTo(StringBuilder b) {
      appendHeader(b);
      for (List<String> r : rows) {
        line(b, r);
      }
    }

    /** The header and alignment lines, for a table whose rows are appended one by one. */
    public void appendHeader(StringBuilder b) {
      line(b, header);
      b.append('|');
      for (char a : alignment.toCharArray()) {
        b.append(a == 'r' ? "---:|" : "---|");
      }
      b.append('\n');
    }

    /** Appends one row straight away, after {@link #appendHeader}: for tables too large to hold. */
    public void appendRow(StringBuilder b, String... cells) {
      if (cells.length != header.size()) {
        throw new IllegalArgumentException("one cell per column");
      }
      b.append('|');
      for (String c : cells) {
        b.append(' ').append(c).append(" |");
      }
      b.append('\n');
    }

    private static void line(StringBuilder b, List<String> cells) {
      b.append('|');
      for (String c : cells) {
        b.append(' ').append(c).append(" |");
      }
      b.append('\n');
    }
  }
}
