package dev.placementadvisor.input;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats numbers for people: counts, money and percentages, always in the same way. */
public final class Format {
  private Format() {}

  /** The largest whole number {@link #number} formats in long arithmetic (exact below). */
  private static final double WHOLE_LIMIT = 1e15;

  /** A number with thousands separators and up to four decimals: 12,000,000 or 0.5. */
  public static String number(double v) {
    // Whole numbers, most of what is printed, skip DecimalFormat (slow enough to matter once per
    // service of a large inventory); the text is the same.
    if (v == Math.rint(v)
        && Math.abs(v) < WHOLE_LIMIT
        && Double.doubleToRawLongBits(v) != NEGATIVE_ZERO) {
      long n = (long) v;
      StringBuilder b = new StringBuilder(24);
      if (n < 0) {
        b.append('-');
        n = -n;
      }
      grouped(b, n);
      return b.toString();
    }
    return decimal("#,##0.####").format(v);
  }

  private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

  /** A unit price with all its significant decimals: 0.0000166667. */
  public static String price(double v) {
    return decimal("#,##0.##########").format(v);
  }

  /** US dollars rounded to cents: $1,234.50. */
  public static String usd(double v) {
    long c = fastCents(v);
    if (c != NO_FAST_CENTS) {
      StringBuilder b = new StringBuilder(16);
      if (c < 0) {
        b.append("-$");
        c = -c;
      } else {
        b.append('$');
      }
      grouped(b, c / 100);
      int rest = (int) (c % 100);
      return b.append('.')
          .append((char) ('0' + rest / 10))
          .append((char) ('0' + rest % 10))
          .toString();
    }
    BigDecimal cents = cents(v);
    String s = decimal("#,##0.00").format(cents.abs());
    return (cents.signum() < 0 ? "-$" : "$") + s;
  }

  /** Points with their sign: +3, 0, -9. */
  public static String signed(int points) {
    return points > 0 ? "+" + points : Integer.toString(points);
  }

  /** A fraction as a percentage: 0.08 → 8%. */
  public static String percent(double fraction) {
    return decimal("#,##0.##").format(fraction * 100) + "%";
  }

  /** What {@link #fastCents} returns when only {@link #cents} can say. */
  public static final long NO_FAST_CENTS = Long.MIN_VALUE;

  /** The dollars below which {@link #fastCents} is exact in double arithmetic (see there). */
  private static final double FAST_CENTS_LIMIT = 1e9;

  /** How far from a half cent (in cents) a value must be for {@link #fastCents} to round it. */
  private static final double TIE_MARGIN = 1e-4;

  /**
   * {@link #cents}{@code (usd)} as a whole number of cents, or {@link #NO_FAST_CENTS}.
   *
   * <p>{@link #cents} rounds the decimal that {@link Double#toString} prints, half up. That decimal
   * is within half an ulp of {@code usd}; below {@link #FAST_CENTS_LIMIT} dollars an ulp is at most
   * 2^-23, and {@code usd * 100} adds at most half an ulp of its own, so the fraction of a cent
   * seen here is within 2e-5 of the printed decimal's. Away from a half cent by more than {@link
   * #TIE_MARGIN}, both round the same way; nearer, or for large or non-finite values, the caller
   * must use {@link #cents}.
   */
  public static long fastCents(double usd) {
    double a = Math.abs(usd);
    if (!(a < FAST_CENTS_LIMIT)) {
      return NO_FAST_CENTS; // large, infinite or NaN
    }
    double t = a * 100;
    double whole = Math.floor(t);
    double fraction = t - whole;
    if (Math.abs(fraction - 0.5) <= TIE_MARGIN) {
      return NO_FAST_CENTS;
    }
    long c = (long) whole + (fraction > 0.5 ? 1 : 0);
    return usd < 0 ? -c : c;
  }

  /** Appends a non-negative whole number with a comma between groups of three digits. */
  static void grouped(StringBuilder b, long n) {
    if (n < 1000) {
      b.append(n);
      return;
    }
    grouped(b, n / 1000);
    int rest = (int) (n % 1000);
    b.append(',')
        .append((char) ('0' + rest / 100))
        .append((char) ('0' + rest / 10 % 10))
        .append((char) ('0' + rest % 10));
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

  /**
   * A cached formatter per pattern and thread (DecimalFormat is costly to build, not thread-safe).
   */
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
