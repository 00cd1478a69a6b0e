package dev.placementadvisor.result;

import dev.placementadvisor.inventory.Placement;
import java.util.List;

/**
 * What one service would cost a month on each placement, with the rest of the inventory on the same
 * platform, the platform chosen for each placement, and the volume at which Kubernetes becomes
 * cheaper than serverless.
 *
 * @param serverless the cost on the serverless platform chosen for the service
 * @param kubernetes the cost on the Kubernetes platform chosen
 * @param edge the cost on the edge platform chosen
 * @param hybrid the chosen Kubernetes platform plus the request layer of the chosen front
 * @param crossoverRequests requests per month where Kubernetes becomes cheaper than serverless with
 *     everything else fixed; 0 when it already is at any volume; null when it never is
 * @param choice which platform each placement was priced on, and every platform's quote
 * @param operations the service's share of the operations of each placement's platform
 * @param doors the cheaper doors when a REST API Gateway is most of the chosen serverless
 *     platform's cost ({@link CheaperDoors}), else null
 */
public record ServiceCosts(
    double serverless,
    double kubernetes,
    double edge,
    double hybrid,
    Double crossoverRequests,
    Choice choice,
    OperationShares operations,
    CheaperDoors doors) {

  /** Costs with no platforms named, no operations shares and no cheaper door. */
  public ServiceCosts(
      double serverless, double kubernetes, double edge, double hybrid, Double crossoverRequests) {
    this(
        serverless,
        kubernetes,
        edge,
        hybrid,
        crossoverRequests,
        Choice.NONE,
        OperationShares.NONE,
        null);
  }

  /**
   * The total cost of ownership of a placement a month: its infrastructure ({@link #on}) and the
   * service's share of the operations of the platform it runs on.
   */
  public double tco(Placement placement) {
    return on(placement) + operations.on(placement);
  }

  /** The monthly cost on one placement. */
  public double on(Placement placement) {
    return switch (placement) {
      case WASM_EDGE -> edge;
      case SERVERLESS -> serverless;
      case HYBRID -> hybrid;
      case KUBERNETES -> kubernetes;
    };
  }

  /**
   * The platforms a service's placements were priced on.
   *
   * @param serverless the chosen serverless platform's id (null when none is known)
   * @param kubernetes the chosen Kubernetes platform's id
   * @param edge the chosen edge platform's id
   * @param front the platform in front of the cluster when hybrid, or null when none can be
   * @param platforms every platform priced for the service (empty unless asked for)
   * @param hybridParts the hybrid's parts when its front serves the bursts above the base load its
   *     cluster runs, else null (the hybrid is then the cluster plus the request layer)
   */
  public record Choice(
      String serverless,
      String kubernetes,
      String edge,
      String front,
      List<PlatformQuote> platforms,
      HybridParts hybridParts) {
    public static final Choice NONE = new Choice(null, null, null, null, List.of());

    /** The share of requests the hybrid's front serves whole (0 when it serves none). */
    public double burstShare() {
      return hybridParts == null ? 0 : hybridParts.burstShare();
    }

    public Choice {
      // Quotes priced when read are immutable already, and hold no quote: not copied out.
      platforms = platforms instanceof Unmodifiable ? platforms : List.copyOf(platforms);
    }

    /** A choice whose hybrid sends no bursts to its front. */
    public Choice(
        String serverless,
        String kubernetes,
        String edge,
        String front,
        List<PlatformQuote> platforms) {
      this(serverless, kubernetes, edge, front, platforms, null);
    }

    /**
     * The platforms of a placement in words: "aws-eks", "aws-eks+aws-lambda" for a hybrid with its
     * front, or null when not known.
     */
    public String label(Placement placement) {
      String on = on(placement);
      return on != null && placement == Placement.HYBRID && front != null ? on + "+" + front : on;
    }

    /** The platform a placement runs on: for hybrid, the cluster's. */
    public String on(Placement placement) {
      return switch (placement) {
        case WASM_EDGE -> edge;
        case SERVERLESS -> serverless;
        case HYBRID, KUBERNETES -> kubernetes;
      };
    }
  }

  /**
   * A hybrid priced as the sum of its parts: the cluster running the base load, the front's request
   * layer for those requests, and the front serving the bursts whole.
   *
   * @param burstShare the share of the requests the front serves whole
   * @param core the cluster's cost for the base load
   * @param layer the front's request layer for the base load's requests
   * @param bursts the front's cost for the bursts
   */
  public record HybridParts(double burstShare, double core, double layer, double bursts) {
    public double total() {
      return core + layer + bursts;
    }
  }

  /**
   * One platform's price for the service.
   *
   * @param allowed whether the organization's and the service's platforms allow it
   * @param blockedBy the platform's hard limits the service breaks (empty when it fits)
   */
  public record PlatformQuote(
      String id,
      Placement placement,
      double monthlyCost,
      boolean allowed,
      List<String> blockedBy,
      List<CostLine> lines) {
    public PlatformQuote {
      blockedBy = List.copyOf(blockedBy);
      // A bill's line items are immutable already, and kept compactly: not copied out.
      lines = lines instanceof Unmodifiable ? lines : List.copyOf(lines);
    }

    /** A quote without its line items. */
    public PlatformQuote(
        String id,
        Placement placement,
        double monthlyCost,
        boolean allowed,
        List<String> blockedBy) {
      this(id, placement, monthlyCost, allowed, blockedBy, List.of());
    }

    /** True when the service may be placed on it: allowed, and within its limits. */
    public boolean feasible() {
      return allowed && blockedBy.isEmpty();
    }
  }
}
