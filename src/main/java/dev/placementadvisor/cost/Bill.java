package dev.placementadvisor.cost;

import dev.placementadvisor.result.CostLine;
import dev.placementadvisor.result.PlatformCost;
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
  private final boolean explaining;

  /** A bill of items (not explaining): each line's item and price id, and its amount. */
  private String[] names;

  private double[] amounts;
  private int count;
  private double total;
  private double requestLayer;

  private Bill(boolean keep, boolean explaining) {
    this.lines = keep && explaining ? new ArrayList<>() : null;
    this.explaining = explaining;
    if (keep && !explaining) {
      names = new String[16];
      amounts = new double[8];
    }
  }

  /** A bill that keeps its lines, each with its arithmetic in words. */
  public static Bill withLines() {
    return new Bill(true, true);
  }

  /** A bill that keeps its lines without the arithmetic in words (a report's line items). */
  public static Bill items() {
    return new Bill(true, false);
  }

  /** A bill of totals only. */
  public static Bill totals() {
    return new Bill(false, false);
  }

  /** True when a formula should build its arithmetic in words. */
  public boolean explaining() {
    return explaining;
  }

  /** The lines added since the last {@link #reset}, as they stand (empty for a bill of totals). */
  public List<CostLine> lines() {
    if (amounts != null) {
      return LineItems.of(names, amounts, count);
    }
    return lines == null ? List.of() : List.copyOf(lines);
  }

  /** Adds a line; {@code front} marks a request-layer charge; {@code formula} may be null. */
  void add(String item, String priceId, String formula, double amount, boolean front) {
    total += amount;
    if (front) {
      requestLayer += amount;
    }
    if (lines != null) {
      lines.add(new CostLine(item, priceId, formula, amount));
    } else if (amounts != null) {
      if (count == amounts.length) {
        amounts = java.util.Arrays.copyOf(amounts, 2 * count);
        names = java.util.Arrays.copyOf(names, 4 * count);
      }
      names[2 * count] = item;
      names[2 * count + 1] = priceId;
      amounts[count++] = amount;
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
    count = 0;
    return this;
  }

  public double total() {
    return total;
  }

  public double requestLayer() {
    return requestLayer;
  }

  /** The lines kept (empty for a bill of totals), on {@code platform}. */
  public PlatformCost cost(Platform platform) {
    return new PlatformCost(
        platform.id(),
        platform.placement(),
        lines != null ? lines : amounts != null ? lines() : List.of(),
        total,
        requestLayer);
  }
}
