package dev.placementadvisor.cost;

import java.util.List;

/** The monthly cost of one service on one platform, line by line. */
public record PlatformCost(List<CostLine> lines) {
  public PlatformCost {
    lines = List.copyOf(lines);
  }

  public double total() {
    double t = 0;
    for (CostLine l : lines) {
      t += l.amount();
    }
    return t;
  }
}
