package dev.placementadvisor.render;

import dev.placementadvisor.input.Format;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A fast version of the JSON report's number formatting, for the loops that run once per service
 * (money and the numbers for people are fast in {@link Format} itself). It gives exactly the text
 * of the slow original: the common cases are done in {@code long} arithmetic, and anything they
 * cannot prove (a value on or next to a rounding tie, a very large or unusual value) goes to the
 * original.
 */
final class Numbers {
  private Numbers() {}

  /** Returned by the {@code long} fast paths when only the original can say. */
  static final long SLOW = Long.MIN_VALUE;

  /** How far from a tie (in millionths) a value must be for the fast path to round it. */
  private static final double TIE_MARGIN = 1e-4;

  /** The largest value {@link #millionths} works on: its ulp, times a million, stays tiny. */
  private static final double MILLIONTHS_LIMIT = 1e3;

  /**
   * A non-whole number of the JSON report rounded to millionths, half up, as a whole number of
   * millionths, or {@link #SLOW}; the same error argument as {@link Format#fastCents}, with ulps
   * below 2^-43 for values under {@link #MILLIONTHS_LIMIT}.
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
   * A number of the JSON report: whole numbers without a fraction, others with at most six decimals
   * (BigDecimal's text, as the report always printed them).
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
