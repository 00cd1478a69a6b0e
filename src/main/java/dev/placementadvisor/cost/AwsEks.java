package dev.placementadvisor.cost;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;

/**
 * Amazon EKS with node groups ({@link Platforms#AWS_EKS}): an {@link EksCluster} of EC2 nodes, the
 * service's share of the cluster's nodes (at least its minimum), or GPU nodes of its own, and its
 * share of the control plane and the load balancer, plus the load balancer's capacity units. See
 * docs/cost-model.md, "Kubernetes (EKS)".
 */
final class AwsEks extends OnEksCluster {
  private static final java.util.List<String> ON_PREMISES =
      java.util.List.of(
          "must run on premises: EKS node groups run in AWS regions; EKS Hybrid Nodes"
              + " joins your own hardware");

  AwsEks(PriceCatalog c, KubernetesSettings cluster, Location instanceTypeWhere) {
    super(Platforms.AWS_EKS, new EksCluster(c, cluster, instanceTypeWhere));
  }

  /**
   * Only a service that must run on premises: node groups are EC2 instances in an AWS region (its
   * machines join a cluster as {@link AwsEksHybridNodes}). Anything else runs on a node, a GPU on
   * GPU nodes.
   */
  @Override
  public java.util.List<String> blockedBy(Service s) {
    java.util.List<String> why = new java.util.ArrayList<>();
    if (s.onPremises()) {
      why.addAll(ON_PREMISES);
    }
    cluster.addUnschedulable(s, why);
    return why;
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    cluster.price(s, requests, others, bill, null);
  }
}
