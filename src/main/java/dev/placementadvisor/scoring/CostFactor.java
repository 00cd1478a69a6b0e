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
            + Format.usd(c.kubernetes())
            + " vs "
            + c.otherName()
            + " "
            + Format.usd(c.other())
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
    return Format.number(Math.round(high / low * 10) / 10.0) + "x";
  }
}
