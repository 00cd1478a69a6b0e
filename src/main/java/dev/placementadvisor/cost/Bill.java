package dev.placementadvisor.cost;

import java.util.ArrayList;
import java.util.List;

/**
 * What a platform's formula adds up: the total, the part of it that is the request layer (which a
 * hybrid keeps in front), and, when explaining, every line with its arithmetic. The same formula
 * runs for a report's totals and for {@code explain}: only whether lines are kept differs, so the
 * numbers cannot drift apart. A caller that prices many volumes reuses one bill ({@link #reset}).
 */
public final class Bill {
  private final List<CostLine> lines;
  private double total;
  private double requestLayer;

  private Bill(boolean explaining) {
    this.lines = explaining ? new ArrayList<>() : null;
  }

  /** A bill that keeps its lines. */
  public static Bill withLines() {
    return new Bill(true);
  }

  /** A bill of totals only. */
  public static Bill totals() {
    return new Bill(false);
  }

  /** True when lines are kept: a formula builds its arithmetic in words only then. */
  public boolean explaining() {
    return lines != null;
  }

  /** Adds a line; {@code front} marks a request-layer charge; {@code formula} may be null. */
  void add(String item, String priceId, String formula, double amount, boolean front) {
    total += amount;
    if (front) {
      requestLayer += amount;
    }
    if (lines != null) {
      lines.add(new CostLine(item, priceId, formula, amount));
    }
  }

  void add(String item, String priceId, String formula, double amount) {
    add(item, priceId, formula, amount, false);
  }

  /**
   * Takes back the request-layer marks of the lines added since the request layer was {@code
   * before}: a formula that runs another platform's inside its own (Step Functions' Lambda steps)
   * is not a request layer because the inner one would be.
   */
  void requestLayerBackTo(double before) {
    requestLayer = before;
  }

  /** Empties the bill for the next volume. */
  Bill reset() {
    total = 0;
    requestLayer = 0;
    if (lines != null) {
      lines.clear();
    }
    return this;
  }

  public double total() {
    return total;
  }

  public double requestLayer() {
    return requestLayer;
  }

  /** The lines kept (empty for a bill of totals), on {@code platform}. */
  public PlatformCost cost(String platform) {
    return new PlatformCost(platform, lines == null ? List.of() : lines, total, requestLayer);
  }
}
