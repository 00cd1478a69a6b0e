package dev.placementadvisor.scoring;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.result.Reason;
import dev.placementadvisor.result.ServiceCosts;
import dev.placementadvisor.result.WasmAudit;
import java.util.List;

/**
 * The cost factor: compares the service's total cost of ownership (TCO: infrastructure and its
 * share of operations, {@link ServiceCosts#tco}) on Kubernetes with the cheapest placement that
 * needs no cluster (serverless, or the edge when the runtime fits and no limit rules it out).
 *
 * <p>Its points grow smoothly with the log of the cost ratio: the weight's {@code
 * kubernetes-much-cheaper} points for every doubling of the ratio in Kubernetes' favour, {@code
 * serverless-much-cheaper} for every doubling the other way, rounded, and never more than {@link
 * #MAX_DOUBLINGS} doublings' worth. The three other buckets of the weight table are read for
 * compatibility with weights written for the bucketed factor and do not count.
 */
final class CostFactor {
  static final List<String> BUCKETS =
      List.of(
          "kubernetes-much-cheaper",
          "kubernetes-cheaper",
          "even",
          "serverless-cheaper",
          "serverless-much-cheaper");

  /** The points stop growing beyond this many doublings of the ratio (8x). */
  static final double MAX_DOUBLINGS = 3;

  /** Ratios closer to 1 than this are described as even. */
  private static final double EVEN = 1.05;

  private CostFactor() {}

  /** What the factor compares: Kubernetes against the cheapest placement that needs no cluster. */
  private record Comparison(double kubernetes, String otherName, double other) {}

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
      other = c.tco(Placement.SERVERLESS);
    }
    boolean edgeFits =
        !x.excluded().contains(Placement.WASM_EDGE)
            && WasmAudits.fit(x.service().runtime()) == WasmAudit.RuntimeFit.GOOD;
    if (edgeFits && c.tco(Placement.WASM_EDGE) < other) {
      otherName = "wasm-edge";
      other = c.tco(Placement.WASM_EDGE);
    }
    if (otherName == null) {
      return null;
    }
    return new Comparison(c.tco(Placement.KUBERNETES), otherName, other);
  }

  /** The points of a comparison: positive when Kubernetes is the cheaper. */
  static int points(double kubernetes, double other, Weights w) {
    if (!(kubernetes > 0) || !(other > 0)) {
      return kubernetes == other
          ? 0
          : kubernetes < other
              ? w.points("cost", "kubernetes-much-cheaper") * (int) MAX_DOUBLINGS
              : w.points("cost", "serverless-much-cheaper") * (int) MAX_DOUBLINGS;
    }
    double doublings = Math.log(other / kubernetes) / Math.log(2);
    double capped = Math.max(-MAX_DOUBLINGS, Math.min(MAX_DOUBLINGS, doublings));
    int perDoubling =
        capped >= 0
            ? w.points("cost", "kubernetes-much-cheaper")
            : -w.points("cost", "serverless-much-cheaper");
    return (int) Math.round(capped * perDoubling);
  }

  static Reason evaluate(ServiceFacts x, Weights w) {
    Comparison c = compare(x);
    if (c == null) {
      return null;
    }
    // "TCO kubernetes $K vs OTHER $O a month: " and how they compare, in one builder.
    StringBuilder detail = new StringBuilder(112);
    detail.append("TCO kubernetes ");
    detail.append(Format.usd(c.kubernetes()));
    detail.append(" vs ").append(c.otherName()).append(' ');
    detail.append(Format.usd(c.other()));
    detail.append(" a month: ");
    describe(detail, c.kubernetes(), c.other(), c.otherName());
    return new Reason("cost", points(c.kubernetes(), c.other(), w), detail.toString());
  }

  /** The points of {@link #evaluate}'s reason (0 when none), without its words. */
  static int points(ServiceFacts x, Weights w) {
    Comparison c = compare(x);
    return c == null ? 0 : points(c.kubernetes(), c.other(), w);
  }

  private static void describe(StringBuilder out, double k, double other, String otherName) {
    if (k <= other && other <= k * EVEN || other <= k && k <= other * EVEN) {
      out.append("about even");
    } else if (k < other) {
      out.append("kubernetes is ");
      ratio(out, other, k);
      out.append(" cheaper");
    } else {
      out.append(otherName).append(" is ");
      ratio(out, k, other);
      out.append(" cheaper");
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
