package dev.placementadvisor.result;

import dev.placementadvisor.inventory.Placement;
import java.util.List;

/**
 * The monthly cost of one service on one platform: its lines (empty when only the total was asked
 * for), their unrounded sum, and the part that is the request layer (requests and gateway charges,
 * or the edge's base fee and requests), which a hybrid placement keeps in front.
 *
 * @param platform the platform's id (as the registry of platforms has it), or null when not said
 * @param placement the placement the platform belongs to, or null when not said
 */
public record PlatformCost(
    String platform, Placement placement, List<CostLine> lines, double total, double requestLayer) {
  public PlatformCost {
    lines = List.copyOf(lines);
  }

  /** A cost made of these lines, none of them request layer, on no platform in particular. */
  public PlatformCost(List<CostLine> lines) {
    this(null, null, lines, lines.stream().mapToDouble(CostLine::amount).sum(), 0);
  }
}
