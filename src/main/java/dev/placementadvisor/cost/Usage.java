package dev.placementadvisor.cost;

/**
 * Account-level usage on one platform: what a set of services adds up to, the base for sharing the
 * platform's account-level charges (free tiers, tiered prices, base fees, the cluster) in
 * proportion to usage. Each platform has its own dimensions ({@link Platform#dimensions}); the
 * first, {@link #SERVICES}, is always the number of services.
 *
 * <p>A usage is a plain {@code double[]} (a hundred thousand services on every platform are summed
 * and differenced often); these helpers keep the arithmetic in one place.
 */
final class Usage {
  /** The dimension every platform has first: how many services. */
  static final int SERVICES = 0;

  private Usage() {}

  /** No usage at all, of {@code dimensions} dimensions. */
  static double[] none(int dimensions) {
    return new double[dimensions];
  }

  /** {@code total - own}, each dimension at least zero (rounding cannot make a usage negative). */
  static double[] othersThan(double[] total, double[] own) {
    double[] o = new double[total.length];
    for (int d = 0; d < o.length; d++) {
      o[d] = Math.max(0, total[d] - own[d]);
    }
    return o;
  }

  /** {@code total - own}, as {@link #othersThan}, with {@code own} read at {@code offset}. */
  static double[] othersThan(double[] total, double[] owns, int offset) {
    double[] o = new double[total.length];
    for (int d = 0; d < o.length; d++) {
      o[d] = Math.max(0, total[d] - owns[offset + d]);
    }
    return o;
  }

  /** Adds {@code owns[offset..offset + sum.length)} to {@code sum}, dimension by dimension. */
  static void add(double[] sum, double[] owns, int offset) {
    for (int d = 0; d < sum.length; d++) {
      sum[d] = sum[d] + owns[offset + d];
    }
  }

  /** Adds only the dimensions {@code keep} marks (a hybrid's request layer). */
  static void add(double[] sum, double[] owns, int offset, boolean[] keep) {
    for (int d = 0; d < sum.length; d++) {
      if (keep[d]) {
        sum[d] = sum[d] + owns[offset + d];
      }
    }
  }

  /** The dimensions {@code keep} marks of {@code owns} at {@code offset}; the rest zero. */
  static double[] only(double[] owns, int offset, int dimensions, boolean[] keep) {
    double[] o = new double[dimensions];
    for (int d = 0; d < dimensions; d++) {
      o[d] = keep[d] ? owns[offset + d] : 0;
    }
    return o;
  }
}
