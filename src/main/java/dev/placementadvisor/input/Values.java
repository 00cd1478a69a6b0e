package dev.placementadvisor.input;

import dev.placementadvisor.input.YamlNode.ScalarKind;
import dev.placementadvisor.input.YamlNode.ScalarNode;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts located YAML scalars to typed values: numbers with K/M/B suffixes, percentages,
 * booleans, names from a fixed set. Every failure names the field and the place.
 */
public final class Values {
  private static final Pattern SUFFIXED =
      Pattern.compile("([0-9][0-9_]*(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)([KkMmBb]?)");
  private static final Pattern PERCENT = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)\\s*%");

  private Values() {}

  /** Text of a scalar (strings, and numbers read as names). */
  public static String string(YamlNode node, String field) {
    ScalarNode s = scalar(node, field, "text");
    if (s.kind() == ScalarKind.BOOLEAN) {
      throw new InputException(
          node.location(), "'" + field + "' must be text, got " + s.kindName() + " (quote it)");
    }
    return s.text();
  }

  /** Longest free text read (a name, a source, a note), in characters. */
  public static final int MAX_TEXT_CHARS = 1000;

  /**
   * Free text shown to people (a name, a unit, a source): one line of at most {@link
   * #MAX_TEXT_CHARS} characters, with no control or invisible formatting character (see {@link
   * Text#printable}), so that whatever a report prints it in shows it as written.
   */
  public static String line(YamlNode node, String field) {
    String s = string(node, field);
    if (s.length() > MAX_TEXT_CHARS) {
      throw new InputException(
          node.location(),
          "'" + field + "' is " + s.length() + " characters long; at most " + MAX_TEXT_CHARS);
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Text.mustEscape(cp)) {
        throw new InputException(
            node.location(),
            String.format(
                Locale.ROOT,
                "'%s' must be one line of visible text: it holds the %s U+%04X",
                field,
                cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029
                    ? "line break"
                    : Character.getType(cp) == Character.FORMAT
                        ? "invisible formatting character"
                        : "control character",
                cp));
      }
      i += Character.charCount(cp);
    }
    return s;
  }

  /** A YAML boolean: true or false. */
  public static boolean bool(YamlNode node, String field) {
    ScalarNode s = scalar(node, field, "true or false");
    String t = s.text();
    boolean isTrue = t.equals("true") || t.equals("True") || t.equals("TRUE");
    boolean isFalse = t.equals("false") || t.equals("False") || t.equals("FALSE");
    if (s.kind() != ScalarKind.BOOLEAN || !(isTrue || isFalse)) {
      throw new InputException(
          node.location(),
          "'"
              + field
              + "' must be true or false, got "
              + (s.kind() == ScalarKind.BOOLEAN
                  ? (node.location().opaque() ? "a boolean" : "'" + Text.shorten(t) + "'")
                      + " (yes/no/on/off are not booleans here)"
                  : s.kindName()));
    }
    return isTrue;
  }

  /**
   * A number written plain ({@code 12000000}, {@code 0.5}) or with a suffix ({@code 12M}, {@code
   * 250K}, {@code 1.5B}), within [min, max]; {@code minExclusive} makes the lower bound open.
   */
  public static double number(
      YamlNode node, String field, double min, boolean minExclusive, double max) {
    BigDecimal value = decimal(node, field);
    BigDecimal lo = BigDecimal.valueOf(min);
    BigDecimal hi = BigDecimal.valueOf(max);
    boolean tooLow = minExclusive ? value.compareTo(lo) <= 0 : value.compareTo(lo) < 0;
    if (tooLow || value.compareTo(hi) > 0) {
      throw new InputException(
          node.location(),
          "'"
              + field
              + "' must be "
              + (minExclusive
                  ? "greater than " + format(min) + " and at most "
                  : "from " + format(min) + " to ")
              + format(max)
              + ", got "
              + shown(node));
    }
    double d = value.doubleValue();
    if (Double.isInfinite(d) || (minExclusive && d <= min) || (!minExclusive && d < min)) {
      throw new InputException(node.location(), "'" + field + "' is out of range: " + shown(node));
    }
    return d;
  }

  /** A whole number within [min, max]. */
  public static long integer(YamlNode node, String field, long min, long max) {
    BigDecimal value = decimal(node, field);
    if (value.stripTrailingZeros().scale() > 0) {
      throw new InputException(
          node.location(), "'" + field + "' must be a whole number, got " + shown(node));
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new InputException(
          node.location(),
          "'"
              + field
              + "' must be from "
              + format(min)
              + " to "
              + format(max)
              + ", got "
              + shown(node));
    }
    return value.longValueExact();
  }

  /** A percentage written {@code 8%} (or the plain number 0), as a fraction (0.08). */
  public static double percent(YamlNode node, String field, double minPct, double maxPct) {
    ScalarNode s = scalar(node, field, "a percentage such as 8%");
    BigDecimal pct;
    if ((s.kind() == ScalarKind.INTEGER || s.kind() == ScalarKind.FLOAT) && isZero(s.text())) {
      pct = BigDecimal.ZERO;
    } else {
      Matcher m = PERCENT.matcher(s.text().strip());
      if (s.kind() != ScalarKind.STRING || !m.matches()) {
        throw new InputException(
            node.location(),
            "'" + field + "' must be a percentage such as 8%, got " + s.kindName());
      }
      pct = new BigDecimal(m.group(1));
    }
    if (pct.compareTo(BigDecimal.valueOf(minPct)) < 0
        || pct.compareTo(BigDecimal.valueOf(maxPct)) > 0) {
      throw new InputException(
          node.location(),
          "'"
              + field
              + "' must be from "
              + format(minPct)
              + "% to "
              + format(maxPct)
              + "%, got "
              + shown(s));
    }
    return pct.doubleValue() / 100.0;
  }

  /** One of a fixed set of names, matched exactly; {@code name} gives each constant's name. */
  public static <E extends Enum<E>> E choice(
      YamlNode node, String field, E[] constants, Function<E, String> name) {
    if (!(node instanceof ScalarNode) || ((ScalarNode) node).isNull()) {
      scalar(node, field, "one of " + names(constants, name));
    }
    ScalarNode s = (ScalarNode) node;
    for (E e : constants) {
      if (name.apply(e).equals(s.text())) {
        return e;
      }
    }
    List<String> allowed = Arrays.stream(constants).map(name).toList();
    String hint = s.kind() == ScalarKind.STRING ? Text.didYouMean(s.text(), allowed) : null;
    throw new InputException(
        node.location(),
        "'"
            + field
            + "' must be one of "
            + String.join(", ", allowed)
            + ", got "
            + s.kindName()
            + (hint != null ? " (did you mean '" + hint + "'?)" : ""));
  }

  private static <E> String names(E[] constants, Function<E, String> name) {
    return String.join(", ", Arrays.stream(constants).map(name).toList());
  }

  private static boolean isZero(String text) {
    try {
      return new BigDecimal(text).signum() == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static BigDecimal decimal(YamlNode node, String field) {
    ScalarNode s = scalar(node, field, "a number");
    String text = s.text().strip();
    if (s.kind() == ScalarKind.BOOLEAN || text.isEmpty()) {
      throw new InputException(
          node.location(), "'" + field + "' must be a number, got " + s.kindName());
    }
    boolean negative = text.startsWith("-");
    String body = negative || text.startsWith("+") ? text.substring(1) : text;
    Matcher m = SUFFIXED.matcher(body);
    if (!m.matches() || body.contains("__") || body.endsWith("_")) {
      throw new InputException(
          node.location(),
          "'"
              + field
              + "' must be a number such as 12000000, 12M, 250K or 1.5B, got "
              + s.kindName());
    }
    BigDecimal value;
    try {
      value = new BigDecimal(m.group(1).replace("_", ""));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InputException(
          node.location(), "'" + field + "' is not a valid number: " + shown(s));
    }
    if (value.scale() < -30 || value.precision() - value.scale() > 30) {
      throw new InputException(node.location(), "'" + field + "' is out of range: " + shown(s));
    }
    value =
        switch (m.group(2).toUpperCase(Locale.ROOT)) {
          case "K" -> value.scaleByPowerOfTen(3);
          case "M" -> value.scaleByPowerOfTen(6);
          case "B" -> value.scaleByPowerOfTen(9);
          default -> value;
        };
    return negative ? value.negate() : value;
  }

  private static ScalarNode scalar(YamlNode node, String field, String expected) {
    if (!(node instanceof ScalarNode s) || s.isNull()) {
      throw new InputException(
          node.location(), "'" + field + "' must be " + expected + ", got " + node.kindName());
    }
    return s;
  }

  /**
   * A scalar's text as written, for a message: shortened and printable, or only its kind ("a
   * number") when its file's content is never shown.
   */
  private static String shown(YamlNode node) {
    return node.location().opaque() ? node.kindName() : Text.shorten(((ScalarNode) node).text());
  }

  /** Formats a bound for a message: whole numbers with thousands separators. */
  public static String format(double v) {
    DecimalFormat f =
        new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(v);
  }
}
