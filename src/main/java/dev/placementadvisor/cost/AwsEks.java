package dev.placementadvisor.cost;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;

/**
 * Amazon EKS with node groups ({@link Platforms#AWS_EKS}): the service's containers on an {@link
 * EksCluster}, its share of the nodes (at least the cluster's minimum) or GPU nodes of its own,
 * of the control plane and of the load balancer, plus the load balancer's capacity units. See
 * docs/cost-model.md, "Kubernetes".
 */
final class AwsEks implements Platform {
  private final EksCluster cluster;

  AwsEks(PriceCatalog c, KubernetesSettings cluster, Location instanceTypeWhere) {
    this.cluster = new EksCluster(c, cluster, instanceTypeWhere);
  }

  @Override
  public Platforms.Info info() {
    return Platforms.AWS_EKS;
  }

  @Override
  public int dimensions() {
    return cluster.dimensions();
  }

  /**
   * Nothing: any container runs on a node (a GPU on GPU nodes; on-premises capacity joins the
   * cluster as hybrid nodes, which the hybrid placement prices).
   */
  @Override
  public java.util.List<String> blockedBy(Service s) {
    return java.util.List.of();
  }

  /** A cluster stands behind a request layer, never in front of one. */
  @Override
  public boolean[] requestLayer() {
    return null;
  }

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    cluster.usage(s, requests, u, o);
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    cluster.price(s, requests, others, bill);
  }
}
