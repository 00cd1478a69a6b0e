package dev.placementadvisor.cost;

/**
 * What one service would cost a month on each platform, with the rest of the inventory on the same
 * platform, and the volume at which Kubernetes becomes cheaper than serverless.
 *
 * @param crossoverRequests requests per month where Kubernetes becomes cheaper than serverless
 *     with everything else fixed; 0 when it already is at any volume; null when it never is
 */
public record ServiceCosts(
    double serverless, double kubernetes, double edge, double hybrid, Double crossoverRequests) {

  /** The monthly cost on one placement. */
  public double on(dev.placementadvisor.report.Placement placement) {
    return switch (placement) {
      case WASM_EDGE -> edge;
      case SERVERLESS -> serverless;
      case HYBRID -> hybrid;
      case KUBERNETES -> kubernetes;
    };
  }
}
