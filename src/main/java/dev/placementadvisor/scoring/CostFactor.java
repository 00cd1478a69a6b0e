package dev.placementadvisor.scoring;

import dev.placementadvisor.cost.ServiceCosts;
import dev.placementadvisor.report.Format;
import dev.placementadvisor.report.Placement;
import dev.placementadvisor.report.Reason;
import java.util.List;

/**
 * The cost factor: compares the service's Kubernetes cost with the cheapest placement that needs
 * no cluster (serverless, or the edge when the runtime fits and no limit rules it out).
 */
final class CostFactor {
  static final List<String> BUCKETS =
      List.of(
          "kubernetes-much-cheaper",
          "kubernetes-cheaper",
          "even",
          "serverless-cheaper",
          "serverless-much-cheaper");

  /** A platform at most this share of the other's cost is "much cheaper". */
  static final double MUCH = 0.5;
  /** A platform at most this share of the other's cost is "cheaper". */
  static final double SOME = 0.8;

  private CostFactor() {}

  /** What the factor compares: Kubernetes against the cheapest placement that needs no cluster. */
  private record Comparison(double kubernetes, String otherName, double other, String bucket) {}

  /** The comparison, or null when no placement without a cluster is allowed or not priced. */
  private static Comparison compare(ServiceFacts x) {
    ServiceCosts c = x.costs();
    if (c == null) {
      return null;
    }
    String otherName = null;
    double other = Double.POSITIVE_INFINITY;
    if (!x.excluded().contains(Placement.SERVERLESS)) {
      otherName = "serverless";
      other = c.serverless();
    }
    boolean edgeFits =
        !x.excluded().contains(Placement.WASM_EDGE)
            && WasmAudit.fit(x.service().runtime()) == WasmAudit.RuntimeFit.GOOD;
    if (edgeFits && c.edge() < other) {
      otherName = "wasm-edge";
      other = c.edge();
    }
    if (otherName == null) {
      return null;
    }
    double k = c.kubernetes();
    String bucket;
    if (k <= other * MUCH) {
      bucket = "kubernetes-much-cheaper";
    } else if (k <= other * SOME) {
      bucket = "kubernetes-cheaper";
    } else if (other <= k * MUCH) {
      bucket = "serverless-much-cheaper";
    } else if (other <= k * SOME) {
      bucket = "serverless-cheaper";
    } else {
      bucket = "even";
    }
    return new Comparison(k, otherName, other, bucket);
  }

  static Reason evaluate(ServiceFacts x, Weights w) {
    Comparison c = compare(x);
    if (c == null) {
      return null;
    }
    String detail =
        "kubernetes "
            + usd(c.kubernetes())
            + " vs "
            + c.otherName()
            + " "
            + usd(c.other())
            + " a month: "
            + describe(c.bucket(), c.kubernetes(), c.other(), c.otherName());
    return new Reason("cost", w.points("cost", c.bucket()), detail);
  }

  /** The points of {@link #evaluate}'s reason (0 when none), without its words. */
  static int points(ServiceFacts x, Weights w) {
    Comparison c = compare(x);
    return c == null ? 0 : w.points("cost", c.bucket());
  }

  private static String describe(String bucket, double k, double other, String otherName) {
    return switch (bucket) {
      case "kubernetes-much-cheaper", "kubernetes-cheaper" ->
          "kubernetes is " + ratio(other, k) + " cheaper";
      case "serverless-much-cheaper", "serverless-cheaper" ->
          otherName + " is " + ratio(k, other) + " cheaper";
      default -> "within 25% of each other";
    };
  }

  private static String ratio(double high, double low) {
    if (low <= 0) {
      return "far";
    }
    return tenths(Math.round(high / low * 10) / 10.0) + "x";
  }

  /*
   * The cost reason of every service formats two amounts and a ratio, and DecimalFormat (with
   * BigDecimal for money) is slow enough to matter for 100,000 services. The two methods below
   * produce the same text as Format.usd and Format.number from the decimal digits Double.toString
   * gives (the digits Format works from) for the values the reason shows; any other value goes to
   * Format itself. CostFactorFormatTest compares them with Format on millions of values.
   */

  /** {@link Format#usd}. */
  static String usd(double v) {
    if (!(Math.abs(v) < 1e7)) {
      return Format.usd(v);
    }
    if (Math.abs(v) < 1e-3) {
      // Below a tenth of a cent (and where Double.toString turns to an exponent): $0.00.
      return "$0.00";
    }
    String s = Double.toString(v);
    boolean negative = s.charAt(0) == '-';
    int start = negative ? 1 : 0;
    int point = s.indexOf('.');
    // The digits of the amount in cents, before rounding, and the first digit cut off.
    StringBuilder cents = new StringBuilder(point - start + 2);
    cents.append(s, start, point);
    int fraction = s.length() - point - 1;
    cents.append(fraction >= 1 ? s.charAt(point + 1) : '0');
    cents.append(fraction >= 2 ? s.charAt(point + 2) : '0');
    boolean up = fraction >= 3 && s.charAt(point + 3) >= '5';
    if (up) {
      int i = cents.length() - 1;
      while (i >= 0 && cents.charAt(i) == '9') {
        cents.setCharAt(i, '0');
        i--;
      }
      if (i < 0) {
        cents.insert(0, '1');
      } else {
        cents.setCharAt(i, (char) (cents.charAt(i) + 1));
      }
    }
    // No leading zeros but one before the point.
    int first = 0;
    while (first < cents.length() - 3 && cents.charAt(first) == '0') {
      first++;
    }
    boolean zero = true;
    for (int i = first; i < cents.length(); i++) {
      if (cents.charAt(i) != '0') {
        zero = false;
        break;
      }
    }
    StringBuilder out = new StringBuilder(cents.length() + 8);
    out.append(negative && !zero ? "-$" : "$");
    grouped(out, cents, first, cents.length() - 2);
    return out.append('.').append(cents, cents.length() - 2, cents.length()).toString();
  }

  /** {@link Format#number} of a non-negative value with at most one decimal. */
  static String tenths(double v) {
    if (!(v >= 0 && v < 1e7)) {
      return Format.number(v);
    }
    String s = Double.toString(v);
    int point = s.indexOf('.');
    if (s.length() != point + 2) {
      return Format.number(v);
    }
    StringBuilder out = new StringBuilder(s.length() + 4);
    grouped(out, s, 0, point);
    char tenth = s.charAt(point + 1);
    if (tenth != '0') {
      out.append('.').append(tenth);
    }
    return out.toString();
  }

  /** Appends digits {@code from} to {@code to} of {@code digits} with a comma every three. */
  private static void grouped(StringBuilder out, CharSequence digits, int from, int to) {
    for (int i = from; i < to; i++) {
      if (i > from && (to - i) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
  }
}
