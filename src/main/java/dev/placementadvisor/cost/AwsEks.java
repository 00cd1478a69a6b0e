package dev.placementadvisor.cost;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Instance;
import dev.placementadvisor.pricing.PriceCatalog.Price;
import dev.placementadvisor.report.Format;

/**
 * Amazon EKS with node groups ({@link Platforms#AWS_EKS}): the service's share of the cluster's
 * nodes (at least its minimum), or GPU nodes of its own, sized by {@link NodeSizing}, and its
 * share of the control plane and the load balancer, plus the load balancer's capacity units. See
 * docs/cost-model.md, "Kubernetes".
 */
final class AwsEks implements Platform {
  private final NodeSizing nodes;
  private final double hours;
  private final Price controlPlane;
  private final LoadBalancer alb;

  AwsEks(PriceCatalog c, KubernetesSettings cluster, Location instanceTypeWhere) {
    this.hours = c.hoursPerMonth();
    this.controlPlane = c.price("eks.controlPlane");
    this.alb = new LoadBalancer(c);
    Instance named = c.instances().get(cluster.instanceType());
    if (named != null && !named.provider().equals("aws")) {
      // Another provider's machine, named for that provider's cluster: EKS keeps its default.
      named = c.instances().get(KubernetesSettings.DEFAULT_INSTANCE_TYPE);
    }
    Instance node = named != null && named.provider().equals("aws") ? named : null;
    if (node == null) {
      throw new InputException(
          instanceTypeWhere,
          "instance type '"
              + cluster.instanceType()
              + "' is not an EC2 type in the pricing catalog (known: "
              + String.join(
                  ", ",
                  c.instances().values().stream()
                      .filter(i -> i.provider().equals("aws"))
                      .map(Instance::type)
                      .sorted()
                      .toList())
              + ")");
    }
    this.nodes = new NodeSizing(cluster, node, NodeSizing.cheapestGpu(c, "aws"), hours);
  }

  @Override
  public Platforms.Info info() {
    return Platforms.AWS_EKS;
  }

  @Override
  public int dimensions() {
    return NodeSizing.DIMENSIONS;
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
    nodes.usage(s, requests, u, o);
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    boolean explain = bill.explaining();
    double sized = nodes.sized(s, requests);
    int replicas = Replicas.of(sized);
    double need = nodes.nodes(s, sized, replicas);
    double weight = nodes.weight(s, need);
    nodes.addNodes(s, sized, replicas, need, weight, others, bill);
    double weightShare = NodeSizing.weightShare(weight, others);
    bill.add(
        "EKS control plane",
        "eks.controlPlane",
        explain
            ? Format.number(hours) + " h x $" + Format.price(controlPlane.first()) + " per hour"
                + (others[Usage.SERVICES] > 0 ? ", its share " + Format.percent(weightShare) : "")
            : null,
        controlPlane.first() * hours * weightShare);
    alb.add(requests, weightShare, others[Usage.SERVICES] > 0, bill);
  }
}
