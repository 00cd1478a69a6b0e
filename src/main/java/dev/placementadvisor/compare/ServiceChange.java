package dev.placementadvisor.compare;

/**
 * How one service differs between the baseline and the current report.
 *
 * @param placementBefore null for a service added since the baseline
 * @param placementAfter null for a service removed since the baseline
 * @param line the service's line in the current inventory (the baseline's for a removed one), 0
 *     when unknown
 */
public record ServiceChange(
    String name,
    Kind kind,
    String placementBefore,
    String placementAfter,
    double before,
    double after,
    int line,
    int column) {

  /** What happened to the service. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED,
    UNCHANGED
  }

  public double delta() {
    return after - before;
  }

  /** The change as a percentage of the baseline, or null when the baseline cost is zero. */
  public Double percent() {
    return percent(before, after);
  }

  /**
   * The change from {@code before} to {@code after} as a percentage of {@code before}, or null when
   * it is zero. Always finite: a rise too large for a double (amounts read from a baseline may be
   * as large as any double) is the largest double.
   */
  static Double percent(double before, double after) {
    if (!(before > 0)) {
      return null;
    }
    double pct = (after - before) / before * 100;
    return Double.isFinite(pct) ? pct : Double.MAX_VALUE;
  }

  /** True for a service in both reports whose placement differs. */
  public boolean placementChanged() {
    return placementBefore != null
        && placementAfter != null
        && !placementBefore.equals(placementAfter);
  }
}
