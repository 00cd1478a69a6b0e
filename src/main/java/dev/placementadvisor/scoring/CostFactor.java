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
    // "kubernetes $K vs OTHER $O a month: " and how they compare, in one builder.
    StringBuilder detail = new StringBuilder(112);
    detail.append("kubernetes ");
    appendUsd(detail, c.kubernetes());
    detail.append(" vs ").append(c.otherName()).append(' ');
    appendUsd(detail, c.other());
    detail.append(" a month: ");
    describe(detail, c.bucket(), c.kubernetes(), c.other(), c.otherName());
    return new Reason("cost", w.points("cost", c.bucket()), detail.toString());
  }

  /** The points of {@link #evaluate}'s reason (0 when none), without its words. */
  static int points(ServiceFacts x, Weights w) {
    Comparison c = compare(x);
    return c == null ? 0 : w.points("cost", c.bucket());
  }

  private static void describe(
      StringBuilder out, String bucket, double k, double other, String otherName) {
    switch (bucket) {
      case "kubernetes-much-cheaper", "kubernetes-cheaper" -> {
        out.append("kubernetes is ");
        ratio(out, other, k);
        out.append(" cheaper");
      }
      case "serverless-much-cheaper", "serverless-cheaper" -> {
        out.append(otherName).append(" is ");
        ratio(out, k, other);
        out.append(" cheaper");
      }
      default -> out.append("within 25% of each other");
    }
  }

  private static void ratio(StringBuilder out, double high, double low) {
    if (low <= 0) {
      out.append("far");
      return;
    }
    out.append(tenths(Math.round(high / low * 10) / 10.0)).append('x');
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
    StringBuilder out = new StringBuilder(16);
    appendUsd(out, v);
    return out.toString();
  }

  /** Appends {@link Format#usd}{@code (v)}. */
  static void appendUsd(StringBuilder out, double v) {
    if (!(Math.abs(v) < 1e7)) {
      out.append(Format.usd(v));
      return;
    }
    if (Math.abs(v) < 1e-3) {
      // Below a tenth of a cent (and where Double.toString turns to an exponent): $0.00.
      out.append("$0.00");
      return;
    }
    // Double.toString's digits, written where the amount goes and then replaced by it.
    int start = out.length();
    out.append(v);
    boolean negative = out.charAt(start) == '-';
    int first = negative ? start + 1 : start;
    int point = first;
    while (out.charAt(point) != '.') {
      point++;
    }
    int fraction = out.length() - point - 1;
    // The amount in cents, one spare digit in front for a carry, and the first digit cut off.
    int whole = point - first;
    char[] cents = new char[whole + 3];
    cents[0] = '0';
    for (int i = 0; i < whole; i++) {
      cents[i + 1] = out.charAt(first + i);
    }
    cents[whole + 1] = fraction >= 1 ? out.charAt(point + 1) : '0';
    cents[whole + 2] = fraction >= 2 ? out.charAt(point + 2) : '0';
    boolean up = fraction >= 3 && out.charAt(point + 3) >= '5';
    out.setLength(start);
    if (up) {
      int i = cents.length - 1;
      while (cents[i] == '9') {
        cents[i] = '0';
        i--;
      }
      cents[i]++;
    }
    // Leading zeros go, but the one before the point stays.
    int lead = 0;
    while (lead < cents.length - 3 && cents[lead] == '0') {
      lead++;
    }
    boolean zero = true;
    for (int i = lead; i < cents.length; i++) {
      if (cents[i] != '0') {
        zero = false;
        break;
      }
    }
    out.append(negative && !zero ? "-$" : "$");
    int end = cents.length - 2;
    for (int i = lead; i < end; i++) {
      if (i > lead && (end - i) % 3 == 0) {
        out.append(',');
      }
      out.append(cents[i]);
    }
    out.append('.').append(cents[end]).append(cents[end + 1]);
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
