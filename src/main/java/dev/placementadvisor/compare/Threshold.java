package dev.placementadvisor.compare;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cost increase limit: a percentage of the baseline ({@code 10%}) or US dollars a month ({@code
 * 500}, {@code $500}).
 */
public record Threshold(boolean percent, double value) {
  private static final Pattern FORM = Pattern.compile("\\$?([0-9]+(?:\\.[0-9]+)?)(%?)");

  /** Parses a threshold; throws IllegalArgumentException with a message for users. */
  public static Threshold parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a threshold: write a percentage such as 10% or dollars such as 500");
    }
    double v = new BigDecimal(m.group(1)).doubleValue();
    boolean pct = !m.group(2).isEmpty();
    if (m.group(0).startsWith("$") && pct) {
      throw new IllegalArgumentException("'" + text + "' mixes dollars and a percentage");
    }
    return new Threshold(pct, v);
  }

  /** True when an increase from {@code before} to {@code after} is past this limit. */
  public boolean exceeded(double before, double after) {
    double delta = after - before;
    if (delta <= 0) {
      return false;
    }
    if (!percent) {
      return round(delta) > value;
    }
    return before > 0 && round(delta) / before * 100 > value;
  }

  private static double round(double usd) {
    return Math.round(usd * 100) / 100.0;
  }

  @Override
  public String toString() {
    return percent ? trim(value) + "%" : "$" + trim(value);
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
