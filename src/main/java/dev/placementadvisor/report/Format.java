package dev.placementadvisor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats numbers for people: counts, money and percentages, always in the same way. */
public final class Format {
  private Format() {}

  /** A number with thousands separators and up to four decimals: 12,000,000 or 0.5. */
  public static String number(double v) {
    return decimal("#,##0.####").format(v);
  }

  /** A unit price with all its significant decimals: 0.0000166667. */
  public static String price(double v) {
    return decimal("#,##0.##########").format(v);
  }

  /** US dollars rounded to cents: $1,234.50. */
  public static String usd(double v) {
    BigDecimal cents = cents(v);
    String s = decimal("#,##0.00").format(cents.abs());
    return (cents.signum() < 0 ? "-$" : "$") + s;
  }

  /** A fraction as a percentage: 0.08 → 8%. */
  public static String percent(double fraction) {
    return decimal("#,##0.##").format(fraction * 100) + "%";
  }

  /** Rounds dollars to cents, half up, as the one rounding rule for money. */
  public static BigDecimal cents(double v) {
    return new BigDecimal(Double.toString(v)).setScale(2, RoundingMode.HALF_UP);
  }

  /** A request volume in short form: 12M, 250K, 1.5B. */
  public static String volume(double v) {
    if (v >= 1e9) {
      return decimal("#,##0.##").format(v / 1e9) + "B";
    }
    if (v >= 1e6) {
      return decimal("#,##0.##").format(v / 1e6) + "M";
    }
    if (v >= 1e3) {
      return decimal("#,##0.##").format(v / 1e3) + "K";
    }
    return decimal("#,##0.##").format(v);
  }

  private static final ThreadLocal<java.util.Map<String, DecimalFormat>> FORMATS =
      ThreadLocal.withInitial(java.util.HashMap::new);

  /** A cached formatter per pattern and thread (DecimalFormat is costly to build, not thread-safe). */
  private static DecimalFormat decimal(String pattern) {
    return FORMATS
        .get()
        .computeIfAbsent(
            pattern,
            p -> {
              DecimalFormat f = new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.ROOT));
              f.setRoundingMode(RoundingMode.HALF_UP);
              return f;
            });
  }
}
