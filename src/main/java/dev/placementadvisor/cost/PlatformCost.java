package dev.placementadvisor.cost;

import java.util.List;

/**
 * The monthly cost of one service on one platform: its lines (empty when only the total was
 * asked for), their unrounded sum, and the part that is the request layer (requests and gateway
 * charges, or the edge's base fee and requests), which a hybrid placement keeps in front.
 */
public record PlatformCost(List<CostLine> lines, double total, double requestLayer) {
  public PlatformCost {
    lines = List.copyOf(lines);
  }

  /** A cost made of these lines. */
  public PlatformCost(List<CostLine> lines) {
    this(lines, sum(lines), 0);
  }

  private static double sum(List<CostLine> lines) {
    double t = 0;
    for (CostLine l : lines) {
      t += l.amount();
    }
    return t;
  }

  /** Collects lines when they are wanted, and the total always. */
  static final class Builder {
    private final List<CostLine> lines;
    private double total;
    private double requestLayer;

    Builder(boolean keepLines) {
      this.lines = keepLines ? new java.util.ArrayList<>() : null;
    }

    void add(String item, String formula, double amount) {
      add(item, formula, amount, false);
    }

    /** Adds a line; {@code front} marks request-layer charges. */
    void add(String item, String formula, double amount, boolean front) {
      total += amount;
      if (front) {
        requestLayer += amount;
      }
      if (lines != null) {
        lines.add(new CostLine(item, formula, amount));
      }
    }

    PlatformCost build() {
      return new PlatformCost(lines == null ? List.of() : lines, total, requestLayer);
    }
  }
}
