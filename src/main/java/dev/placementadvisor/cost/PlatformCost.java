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

  /** A cost made of these lines, none of them request layer. */
  public PlatformCost(List<CostLine> lines) {
    this(lines, lines.stream().mapToDouble(CostLine::amount).sum(), 0);
  }
}
