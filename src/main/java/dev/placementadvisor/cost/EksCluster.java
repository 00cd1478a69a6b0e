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
 * An Amazon EKS cluster of managed node groups, as a service's bill sees it: its share of the
 * cluster's EC2 nodes (at least the minimum), or GPU nodes of its own, sized by {@link
 * NodeSizing}, its share of the control plane and of the load balancer by cost weight, and the
 * load balancer's capacity units its requests use. The node type is the organization's {@code
 * instanceType} when that is an EC2 type in the catalog, else the default one. What runs on the
 * nodes does not change the bill: {@link AwsEks} prices containers on it and {@link WasmCloud}
 * Wasm hosts, one formula for both. See docs/cost-model.md, "Kubernetes".
 */
final class EksCluster {
  private final NodeSizing nodes;
  private final double hours;
  private final Price controlPlane;
  private final LoadBalancer alb;

  /** @param instanceTypeWhere where the instance type was named, for the error when it is unknown */
  EksCluster(PriceCatalog c, KubernetesSettings cluster, Location instanceTypeWhere) {
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

  /** The cluster's (non-GPU) node type. */
  Instance node() {
    return nodes.node();
  }

  /** The dimensions of the cluster's account usage ({@link NodeSizing}). */
  int dimensions() {
    return NodeSizing.DIMENSIONS;
  }

  void usage(Service s, double requests, double[] u, int o) {
    nodes.usage(s, requests, u, o);
  }

  /** Adds {@code s}'s nodes, control plane, load balancer and capacity units to {@code bill}. */
  void price(Service s, double requests, double[] others, Bill bill) {
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
