package dev.placementadvisor.render;

import dev.placementadvisor.report.Format;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fast versions of the number formatting of {@link Format} and of the JSON report, for the loops
 * that run once per service. Each gives exactly the text of the slow original: the common cases
 * are done in {@code long} arithmetic, and anything they cannot prove (a value on or next to a
 * rounding tie, a very large or unusual value) goes to the original.
 */
final class Numbers {
  private Numbers() {}

  /** Returned by the {@code long} fast paths when only the original can say. */
  static final long SLOW = Long.MIN_VALUE;

  /** The dollars below which {@link #cents} is exact in double arithmetic (see there). */
  private static final double CENTS_LIMIT = 1e9;

  /** How far from a tie (in cents) a value must be for the fast path to round it. */
  private static final double TIE_MARGIN = 1e-4;

  /**
   * {@code Format.cents(usd)} as a whole number of cents, or {@link #SLOW}.
   *
   * <p>{@code Format.cents} rounds the decimal that {@link Double#toString} prints, half up. That
   * decimal is within half an ulp of {@code usd}; below {@link #CENTS_LIMIT} dollars an ulp is at
   * most 2^-23, and {@code usd * 100} adds at most half an ulp of its own, so together the
   * fraction of a cent seen here is within 2e-5 of the printed decimal's. Away from a half cent by
   * more than {@link #TIE_MARGIN}, both round the same way.
   */
  static long cents(double usd) {
    double a = Math.abs(usd);
    if (!(a < CENTS_LIMIT)) {
      return SLOW; // large, infinite or NaN
    }
    double t = a * 100;
    double whole = Math.floor(t);
    double fraction = t - whole;
    if (Math.abs(fraction - 0.5) <= TIE_MARGIN) {
      return SLOW;
    }
    long c = (long) whole + (fraction > 0.5 ? 1 : 0);
    return usd < 0 ? -c : c;
  }

  /** {@link Format#usd}: $1,234.50 or -$0.25. */
  static String usd(double v) {
    long c = cents(v);
    if (c == SLOW) {
      return Format.usd(v);
    }
    StringBuilder b = new StringBuilder(16);
    if (c < 0) {
      b.append("-$");
      c = -c;
    } else {
      b.append('$');
    }
    grouped(b, c / 100);
    int rest = (int) (c % 100);
    b.append('.').append((char) ('0' + rest / 10)).append((char) ('0' + rest % 10));
    return b.toString();
  }

  /** The largest whole number {@link #number} formats itself (DecimalFormat is exact below). */
  private static final double WHOLE_LIMIT = 1e15;

  /** {@link Format#number}: 12,000,000 or 0.5. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < WHOLE_LIMIT && !isNegativeZero(v)) {
      long n = (long) v;
      StringBuilder b = new StringBuilder(20);
      if (n < 0) {
        b.append('-');
        n = -n;
      }
      grouped(b, n);
      return b.toString();
    }
    return Format.number(v);
  }

  private static boolean isNegativeZero(double v) {
    return v == 0 && Double.doubleToRawLongBits(v) != 0;
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

  /** The largest value {@link #millionths} works on: its ulp, times a million, stays tiny. */
  private static final double MILLIONTHS_LIMIT = 1e3;

  /**
   * A non-whole number of the JSON report rounded to millionths, half up, as a whole number of
   * millionths, or {@link #SLOW}; the same error argument as {@link #cents}, with ulps below
   * 2^-43 for values under {@link #MILLIONTHS_LIMIT}.
   */
  static long millionths(double v) {
    double a = Math.abs(v);
    if (!(a < MILLIONTHS_LIMIT)) {
      return SLOW;
    }
    double t = a * 1e6;
    double whole = Math.floor(t);
    double fraction = t - whole;
    if (Math.abs(fraction - 0.5) <= TIE_MARGIN) {
      return SLOW;
    }
    long m = (long) whole + (fraction > 0.5 ? 1 : 0);
    if (m % 1_000_000 == 0) {
      return SLOW; // rounds to a whole number: BigDecimal prints those its own way (1E+1)
    }
    return v < 0 ? -m : m;
  }

  /**
   * A number of the JSON report: whole numbers without a fraction, others with at most six
   * decimals (BigDecimal's text, as the report always printed them).
   */
  static void appendNumber(StringBuilder b, double v) {
    if (v == Math.rint(v) && Math.abs(v) < 9e15) {
      b.append((long) v);
      return;
    }
    long m = millionths(v);
    if (m == SLOW) {
      b.append(
          new BigDecimal(Double.toString(v))
              .setScale(6, RoundingMode.HALF_UP)
              .stripTrailingZeros()
              .toString());
      return;
    }
    if (m < 0) {
      b.append('-');
      m = -m;
    }
    b.append(m / 1_000_000).append('.');
    int fraction = (int) (m % 1_000_000);
    int digits = 6;
    while (fraction % 10 == 0) {
      fraction /= 10;
      digits--;
    }
    // leading zeros of the fraction, then its significant digits
    for (int scale = pow10(digits - 1); scale > fraction && scale > 1; scale /= 10) {
      b.append('0');
    }
    b.append(fraction);
  }

  private static int pow10(int n) {
    int p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }
}
