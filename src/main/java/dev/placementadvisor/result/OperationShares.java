package dev.placementadvisor.result;

import dev.placementadvisor.inventory.Placement;
import java.util.List;

/**
 * A service's share of the operations of each placement's platform, and the kinds they are of:
 * {@code kinds} by placement (a hybrid's is its cluster's; null where no platform was priced), and
 * {@code frontKind}, the kind of a hybrid's front (null when it has none).
 */
public record OperationShares(
    double serverless,
    double kubernetes,
    double edge,
    double hybrid,
    List<String> kinds,
    String frontKind) {
  public static final OperationShares NONE =
      new OperationShares(0, 0, 0, 0, java.util.Arrays.asList(null, null, null, null), null);

  /**
   * The kinds of platform a placement runs on, as the operations kinds' ids: a hybrid's are two.
   */
  public List<String> kinds(Placement p) {
    String k = kinds.get(p.ordinal());
    if (k == null) {
      return List.of();
    }
    return p == Placement.HYBRID && frontKind != null ? List.of(k, frontKind) : List.of(k);
  }

  public double on(Placement p) {
    return switch (p) {
      case SERVERLESS -> serverless;
      case KUBERNETES -> kubernetes;
      case WASM_EDGE -> edge;
      case HYBRID -> hybrid;
    };
  }
}
