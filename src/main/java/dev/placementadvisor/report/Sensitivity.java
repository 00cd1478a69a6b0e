package dev.placementadvisor.report;

import dev.placementadvisor.inventory.Placement;
import java.util.List;

/**
 * Where one service's placement would change: the nearest flip point of each input in each
 * direction, and, with traffic growth, the month the crossover and the first flip are reached.
 *
 * @param flipPoints null when they were not searched (large inventories, see --flip-points)
 * @param growth null when the service's traffic profile has no growth
 */
public record Sensitivity(List<FlipPoint> flipPoints, Growth growth) {
  public Sensitivity {
    flipPoints = flipPoints == null ? null : List.copyOf(flipPoints);
  }

  /** True when flip points were searched. */
  public boolean searched() {
    return flipPoints != null;
  }

  public static Sensitivity none() {
    return new Sensitivity(List.of(), null);
  }

  /**
   * The nearest value of one input, all else unchanged, at which the placement changes.
   *
   * @param input the inventory field: requestsPerMonth, avgDurationMs, memoryMb, engineers,
   *     platformEngineers
   * @param direction "up" or "down" from the current value
   * @param current the input's current value
   * @param value the first value (going in that direction) with another placement
   * @param placement the placement at that value
   */
  public record FlipPoint(
      String input, String direction, double current, double value, Placement placement) {}

  /**
   * Traffic growth projected month by month: requests × (1 + perMonth)^month.
   *
   * @param crossoverMonth the first month in which the requests pass the crossover, 0 when they
   *     already have, null when they never do within {@link #HORIZON_MONTHS}
   * @param flipMonth the first month in which the requests pass the requests flip point, or null
   * @param flipPlacement the placement from that month, or null
   */
  public record Growth(
      double perMonth, Integer crossoverMonth, Integer flipMonth, Placement flipPlacement) {
    /** The furthest month projected. */
    public static final int HORIZON_MONTHS = 120;
  }
}
