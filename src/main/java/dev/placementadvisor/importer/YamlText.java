package dev.placementadvisor.importer;

import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.ListNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlNode.ScalarNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes values as YAML that reads back as written, whatever they hold: text is written plain only
 * when plain YAML cannot read it as anything else, otherwise double-quoted with escapes.
 */
final class YamlText {
  /** Text safe to write plain: starts with a letter, no character YAML gives a meaning. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_./:-]*");

  /**
   * A number with a suffix or a percent sign ({@code 12M}, {@code 1.5B}, {@code -5%}): text to
   * YAML, safe to write plain.
   */
  private static final Pattern SUFFIXED = Pattern.compile("-?[0-9][0-9_]*(\\.[0-9]+)?[KkMmBb%]");

  /** Words YAML 1.1 reads as booleans or null. */
  private static final Set<String> SPECIAL =
      Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");

  private YamlText() {}

  /** A value of a {@link Draft}'s fields, or of an inline traffic profile. */
  static String value(Object v) {
    if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
      return v.toString();
    }
    if (v instanceof Double d) {
      return number(d);
    }
    if (v instanceof List<?> list) {
      StringBuilder b = new StringBuilder("[");
      for (Object item : list) {
        b.append(b.length() > 1 ? ", " : "").append(value(item));
      }
      return b.append(']').toString();
    }
    if (v instanceof Map<?, ?> map) {
      StringBuilder b = new StringBuilder("{");
      for (Map.Entry<?, ?> e : map.entrySet()) {
        b.append(b.length() > 1 ? ", " : "")
            .append(text(String.valueOf(e.getKey())))
            .append(": ")
            .append(value(e.getValue()));
      }
      return b.append('}').toString();
    }
    return text(String.valueOf(v));
  }

  /** A finite number written in full, without an exponent or trailing zeros. */
  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /** Text: plain when it reads back as the same text, else double-quoted. */
  static String text(String s) {
    if (SUFFIXED.matcher(s).matches()) {
      return s;
    }
    if (PLAIN.matcher(s).matches()
        && !s.endsWith(":")
        && !SPECIAL.contains(s.toLowerCase(Locale.ROOT))) {
      return s;
    }
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '"' || cp == '\\') {
        b.append('\\').appendCodePoint(cp);
      } else if (cp > 0xffff && Text.mustEscape(cp)) {
        b.append(String.format(Locale.ROOT, "\\U%08x", cp));
      } else if (Text.mustEscape(cp) || cp == 0xfeff) {
        b.append(String.format(Locale.ROOT, "\\u%04x", cp));
      } else {
        b.appendCodePoint(cp);
      }
    }
    return b.append('"').toString();
  }

  /**
   * A parsed value written back at {@code indent} spaces: after a key ({@code key:} then this), it
   * starts with a space for a scalar or a flow list, or a line break for a block.
   */
  static String node(YamlNode n, int indent) {
    StringBuilder b = new StringBuilder();
    write(b, n, indent);
    return b.toString();
  }

  private static void write(StringBuilder b, YamlNode n, int indent) {
    if (n instanceof ScalarNode s) {
      b.append(' ').append(scalar(s)).append('\n');
    } else if (n instanceof MapNode m) {
      if (m.entries().isEmpty() || oneLine(m)) {
        b.append(' ').append(compact(m)).append('\n');
        return;
      }
      b.append('\n');
      for (YamlNode.Entry e : m.entries().values()) {
        b.append(" ".repeat(indent)).append(text(e.key())).append(':');
        write(b, e.value(), indent + 2);
      }
    } else if (n instanceof ListNode l) {
      list(b, l, indent);
    }
  }

  /** True for a mapping of scalars written on one line (a flow mapping): kept on one line. */
  private static boolean oneLine(MapNode m) {
    for (YamlNode.Entry e : m.entries().values()) {
      if (!(e.value() instanceof ScalarNode) || e.keyLocation().line() != m.location().line()) {
        return false;
      }
    }
    return true;
  }

  private static void list(StringBuilder b, ListNode l, int indent) {
    if (l.items().stream().allMatch(i -> i instanceof ScalarNode)) {
      b.append(" [");
      for (int i = 0; i < l.items().size(); i++) {
        b.append(i > 0 ? ", " : "").append(scalar((ScalarNode) l.items().get(i)));
      }
      b.append("]\n");
      return;
    }
    b.append('\n');
    for (YamlNode item : l.items()) {
      String written = node(item, indent + 2);
      if (item instanceof MapNode m && !m.entries().isEmpty()) {
        // The mapping's first key goes on the line of its '-'.
        b.append(" ".repeat(indent)).append("- ").append(written.substring(1 + indent + 2));
      } else {
        b.append(" ".repeat(indent)).append('-').append(written);
      }
    }
  }

  /** A parsed value on one line, for messages: {@code {pattern: steady, requestsPerMonth: 1M}}. */
  static String compact(YamlNode n) {
    if (n instanceof ScalarNode s) {
      return scalar(s);
    }
    StringBuilder b = new StringBuilder();
    if (n instanceof MapNode m) {
      for (YamlNode.Entry e : m.entries().values()) {
        b.append(b.length() == 0 ? "{" : ", ")
            .append(text(e.key()))
            .append(": ")
            .append(compact(e.value()));
      }
      return b.length() == 0 ? "{}" : b.append('}').toString();
    }
    for (YamlNode item : ((ListNode) n).items()) {
      b.append(b.length() == 0 ? "[" : ", ").append(compact(item));
    }
    return b.length() == 0 ? "[]" : b.append(']').toString();
  }

  /** A scalar as it was read: its text, of the same kind when read back. */
  static String scalar(ScalarNode s) {
    return switch (s.kind()) {
      case NULL -> "null";
      case STRING -> text(s.text());
      default -> s.text();
    };
  }
}
