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
    detail.append(Format.usd(c.kubernetes()));
    detail.append(" vs ").append(c.otherName()).append(' ');
    detail.append(Format.usd(c.other()));
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
   * The cost reason's ratio is a number with one decimal, which Format.number would give through
   * DecimalFormat, slow enough to matter for 100,000 services; tenths gives the same text from the
   * digits Double.toString prints (CostFactorFormatTest compares them on many values).
   */

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
