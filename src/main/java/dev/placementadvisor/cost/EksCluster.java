package dev.placementadvisor.cost;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Instance;

/**
 * An Amazon EKS cluster of EC2 nodes in an AWS region, as EKS node groups ({@link AwsEks}), EKS
 * Auto Mode ({@link AwsEksAuto}) and wasmCloud hosts ({@link WasmCloud}) all run it: the service's
 * share of the nodes (at least the cluster's minimum) or GPU nodes of its own, sized by {@link
 * NodeSizing}, its share of the control plane ({@link EksControlPlane}) and of the load balancer
 * ({@link LoadBalancer}) by cost weight, and the load balancer's capacity units. A platform that
 * bills more per node-hour on top (Auto Mode's management fee) adds it through a {@link
 * NodeCharge}. See docs/cost-model.md, "Kubernetes (EKS)".
 */
final class EksCluster {
  /** A charge on top of the nodes, per node-hour of the nodes a service pays for. */
  interface NodeCharge {
    /**
     * Adds the charge for {@code nodes} nodes of {@code type} all month: the service's share of the
     * cluster's nodes, or nodes of its own (GPU nodes when {@code gpu}, or a larger type).
     */
    void add(double nodes, Instance type, boolean gpu, Bill bill);
  }

  private final NodeSizing nodes;
  private final EksControlPlane controlPlane;
  private final LoadBalancer alb;

  EksCluster(PriceCatalog c, KubernetesSettings cluster, Location instanceTypeWhere) {
    this(c, cluster, instanceTypeWhere, false);
  }

  /** The same cluster; {@code scaleToZero}: its services' replicas scale to zero (KEDA). */
  EksCluster(
      PriceCatalog c, KubernetesSettings cluster, Location instanceTypeWhere, boolean scaleToZero) {
    this.controlPlane = new EksControlPlane(c);
    this.alb = new LoadBalancer(c);
    this.nodes =
        new NodeSizing(cluster, nodeType(c, cluster, instanceTypeWhere), c, true, scaleToZero);
  }

  /**
   * The EC2 type of an EKS cluster's nodes: the organization's {@code instanceType}, or EKS's
   * default when that names another provider's machine (for that provider's cluster).
   *
   * @throws InputException at {@code instanceTypeWhere} when the type is in no catalog
   */
  static Instance nodeType(PriceCatalog c, KubernetesSettings cluster, Location instanceTypeWhere) {
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
    return node;
  }

  /** Adds why {@code s}'s replicas fit no node of the cluster to {@code why}, if they fit none. */
  void addUnschedulable(Service s, java.util.List<String> why) {
    String reason = nodes.unschedulable(s);
    if (reason != null) {
      why.add(reason);
    }
  }

  NodeSizing nodes() {
    return nodes;
  }

  /** The cluster's (non-GPU) node type. */
  Instance node() {
    return nodes.node();
  }

  /** The cluster's account usage: {@link NodeSizing#DIMENSIONS} dimensions. */
  void usage(Service s, double requests, double[] u, int o) {
    nodes.usage(s, requests, u, o);
  }

  /**
   * Adds {@code s}'s lines at {@code requests} a month with the rest of the account {@code others}:
   * its nodes, then {@code perNode} on the nodes it pays for (none when null), then its shares of
   * the control plane and the load balancer, and the load balancer's capacity units.
   */
  void price(Service s, double requests, double[] others, Bill bill) {
    price(s, requests, others, bill, null);
  }

  /** The same, with {@code perNode} charged on the nodes the service pays for. */
  void price(Service s, double requests, double[] others, Bill bill, NodeCharge perNode) {
    NodeSizing.Priced priced = nodes.addNodes(s, requests, others, bill);
    if (perNode != null) {
      perNode.add(priced.paidNodes(), priced.type(), priced.gpu(), bill);
    }
    double weightShare = priced.weightShare();
    boolean shared = others[Usage.SERVICES] > 0;
    controlPlane.add(weightShare, shared, bill);
    alb.add(requests, weightShare, shared, bill);
  }
}
