package dev.placementadvisor.render;

import dev.placementadvisor.report.Format;

import java.util.ArrayList;
import java.util.List;

/** Builds GitHub-flavoured markdown: escaped text, tables, and words that agree with numbers. */
final class Markdown {
  private Markdown() {}

  /**
   * Escapes text for a paragraph, heading or table cell: every character markdown, GitHub's math or
   * HTML could take for markup is backslash-escaped, and line breaks become spaces.
   */
  static String escape(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !special(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n + 8);
    b.append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '|', '\\', '*', '_', '`', '<', '>', '[', ']', '#', '&', '~', '$' ->
            b.append('\\').append(c);
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** True for the chars {@link #escape} changes. */
  private static boolean special(char c) {
    return switch (c) {
      case '|', '\\', '*', '_', '`', '<', '>', '[', ']', '#', '&', '~', '$', '\n', '\r' -> true;
      default -> false;
    };
  }

  /**
   * Dollars for prose, with the sign escaped: GitHub reads text between two dollar signs in one
   * paragraph as math.
   */
  static String usd(double v) {
    return escape(Format.usd(v));
  }

  /** "1 service", "3 services". */
  static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** "a", "a and b", "a, b and c". */
  static String join(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /** Text for a code span: no escaping applies there, so backticks and line breaks go. */
  static String code(String s) {
    return "`" + s.replace("`", "'").replace('\n', ' ').replace('\r', ' ') + "`";
  }

  /** A source as a link when it is a plain URL, otherwise as escaped text. */
  static String source(String s) {
    boolean url =
        (s.startsWith("https://") || s.startsWith("http://"))
            && s.chars().noneMatch(c -> Character.isWhitespace(c) || c == '<' || c == '>');
    return url ? "<" + s + ">" : escape(s);
  }

  /** A GFM table; cells are written as given, so callers escape user text. */
  static final class Table {
    private final List<String> header;
    private final String alignment;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with the given columns; {@code alignment} has one 'l' or 'r' per column. */
    Table(String alignment, String... header) {
      if (alignment.length() != header.length) {
        throw new IllegalArgumentException("one alignment per column");
      }
      this.header = List.of(header);
      this.alignment = alignment;
    }

    Table row(String... cells) {
      if (cells.length != header.size()) {
        throw new IllegalArgumentException("one cell per column");
      }
      rows.add(List.of(cells));
      return this;
    }

    void appendTo(StringBuilder b) {
      appendHeader(b);
      for (List<String> r : rows) {
        line(b, r);
      }
    }

    /** The header and alignment lines, for a table whose rows are appended one by one. */
    void appendHeader(StringBuilder b) {
      line(b, header);
      b.append('|');
      for (char a : alignment.toCharArray()) {
        b.append(a == 'r' ? "---:|" : "---|");
      }
      b.append('\n');
    }

    /** Appends one row straight away, after {@link #appendHeader}: for tables too large to hold. */
    void appendRow(StringBuilder b, String... cells) {
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
