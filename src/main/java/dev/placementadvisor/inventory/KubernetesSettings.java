package dev.placementadvisor.inventory;

/**
 * How the organization's Kubernetes clusters are sized.
 *
 * @param targetUtilization the share of node capacity the autoscaler aims to use (0..1]
 * @param instanceTypeLocation where the instance type was written, or null for the default
 */
public record KubernetesSettings(
    String instanceType,
    int minNodes,
    double targetUtilization,
    boolean autoscaling,
    dev.placementadvisor.input.Location instanceTypeLocation) {

  /**
   * A general-purpose type that is not burstable: a burstable type (t3) run at the 70% target would
   * earn fewer CPU credits than it spends (docs/cost-model.md, "Kubernetes (EKS)").
   */
  public static final String DEFAULT_INSTANCE_TYPE = "m5.large";

  public static final int DEFAULT_MIN_NODES = 2;
  public static final double DEFAULT_TARGET_UTILIZATION = 0.70;

  public static KubernetesSettings defaults() {
    return new KubernetesSettings(
        DEFAULT_INSTANCE_TYPE, DEFAULT_MIN_NODES, DEFAULT_TARGET_UTILIZATION, true, null);
  }
}
