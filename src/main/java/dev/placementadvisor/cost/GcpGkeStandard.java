package dev.placementadvisor.cost;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Instance;

/**
 * Google Kubernetes Engine in Standard mode ({@link Platforms#GCP_GKE_STANDARD}): one zonal cluster
 * of Compute Engine nodes, sized as EKS sizes its node groups ({@link NodeSizing}), and the
 * service's share of the cluster management fee less the free tier credit. The node type is the
 * organization's {@code instanceType} when that is a Compute Engine machine in the catalog, else
 * {@value #DEFAULT_NODE_TYPE}. See docs/cost-model.md, "Kubernetes (GKE)".
 */
final class GcpGkeStandard extends Platform {
  /** The node type when the organization names none of Compute Engine's. */
  static final String DEFAULT_NODE_TYPE = "e2-standard-2";

  private final NodeSizing nodes;
  private final GkeClusterFee fee;

  GcpGkeStandard(PriceCatalog c, KubernetesSettings cluster, boolean freeTier) {
    super(Platforms.GCP_GKE_STANDARD, NodeSizing.DIMENSIONS, null);
    Instance named = c.instances().get(cluster.instanceType());
    Instance node =
        named != null && named.provider().equals("gcp")
            ? named
            : c.instances().get(DEFAULT_NODE_TYPE);
    if (node == null || !node.provider().equals("gcp")) {
      throw new InputException(
          Location.ofFile(c.origin()),
          "the pricing catalog lacks the Compute Engine machine type '" + DEFAULT_NODE_TYPE + "'");
    }
    this.nodes = new NodeSizing(cluster, node, c, true, false);
    this.fee = new GkeClusterFee(c, freeTier);
  }

  @Override
  public java.util.List<String> blockedBy(Service s) {
    return nodes.blockedBy(
        s,
        "needs a GPU: no Compute Engine GPU machine type is in the pricing catalog",
        "must run on premises: GKE Standard nodes run only in Google Cloud");
  }

  @Override
  public String clusterText() {
    return nodes.minimumText() + ", cluster management fee";
  }

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    nodes.usage(s, requests, u, o);
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    NodeSizing.Priced priced = nodes.addNodes(s, requests, others, bill);
    fee.add(priced.weightShare(), others[Usage.SERVICES] > 0, bill);
  }
}
