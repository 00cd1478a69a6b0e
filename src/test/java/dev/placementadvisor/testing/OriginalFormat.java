package dev.placementadvisor.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Format's money and number texts as they were made before its fast paths, with BigDecimal and
 * DecimalFormat only: the oracle the fast paths must match on every value.
 */
public final class OriginalFormat {
  private OriginalFormat() {}

  private static DecimalFormat decimal(String pattern) {
    DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }

  /** Format.number: 12,000,000 or 0.5. */
  public static String number(double v) {
    return decimal("#,##0.####").format(v);
  }

  /** Format.usd: $1,234.50 or -$0.25. */
  public static String usd(double v) {
    BigDecimal cents = new BigDecimal(Double.toString(v)).setScale(2, RoundingMode.HALF_UP);
    String s = decimal("#,##0.00").format(cents.abs());
    return (cents.signum() < 0 ? "-$" : "$") + s;
  }
}
