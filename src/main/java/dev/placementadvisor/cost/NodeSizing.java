package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Instance;
import dev.placementadvisor.report.Format;

/**
 * How a cluster of node groups is sized and what its nodes cost a service: the cores a service
 * keeps busy, its replicas, the share of the nodes its CPU and memory take at the target
 * utilisation (or GPU nodes of its own), and its share of the cluster's nodes, at least the
 * cluster's minimum. The node-group clusters ({@link AwsEks}, {@link GcpGkeStandard}) size their
 * nodes with it and each adds its own provider's cluster charges; {@link GcpGkeAutopilot} sizes its
 * Pods from the same busy cores and replicas. A node-group cluster's account usage is three
 * dimensions: the number of services, the nodes the service needs ({@link #NODE_DEMAND}) and their
 * hourly cost ({@link #WEIGHT}), which shares the cluster's fixed charges. See docs/cost-model.md,
 * "Kubernetes".
 */
final class NodeSizing {
  /** The dimensions of a node-group cluster's account usage. */
  static final int NODE_DEMAND = 1;
  static final int WEIGHT = 2;
  static final int DIMENSIONS = 3;

  private final KubernetesSettings cluster;
  private final boolean scaleToZero;
  private final Instance node;
  private final Instance gpuNode;
  private final double hours;
  private final double secondsPerMonth;
  /** The nodes' lines' names, made once: a formula builds no text unless it explains. */
  private final String nodesItem;
  private final String gpuNodesItem;

  /**
   * @param node the node type of the cluster
   * @param gpuNode the node type of GPU services, or null when the catalog has none
   */
  NodeSizing(KubernetesSettings cluster, Instance node, Instance gpuNode, double hours) {
    this(cluster, node, gpuNode, hours, false);
  }

  /**
   * @param scaleToZero true when the service's replicas follow its work down to none (KEDA): as
   *     many on average as its busy cores, with no floor of two
   */
  NodeSizing(
      KubernetesSettings cluster, Instance node, Instance gpuNode, double hours,
      boolean scaleToZero) {
    this.scaleToZero = scaleToZero;
    this.cluster = cluster;
    this.node = node;
    this.gpuNode = gpuNode;
    this.hours = hours;
    this.secondsPerMonth = hours * 3600;
    this.nodesItem = "Nodes (" + node.type() + ")";
    this.gpuNodesItem = gpuNode == null ? null : "GPU nodes (" + gpuNode.type() + ")";
  }

  /** The cheapest machine with a GPU of {@code provider} in the catalog, or null. */
  static Instance cheapestGpu(PriceCatalog c, String provider) {
    return c.instances().values().stream()
        .filter(i -> i.gpu() > 0 && i.provider().equals(provider))
        .min(java.util.Comparator.comparingDouble(Instance::hourly).thenComparing(Instance::type))
        .orElse(null);
  }

  Instance node() {
    return node;
  }

  /** Writes the three dimensions of {@code s}'s usage at {@code requests} a month. */
  void usage(Service s, double requests, double[] u, int o) {
    double sized = sized(s, requests);
    double nodes = nodes(s, sized, replicas(sized));
    u[o + Usage.SERVICES] = 1;
    u[o + NODE_DEMAND] = s.gpu() ? 0 : nodes;
    u[o + WEIGHT] = weight(s, nodes);
  }

  /** The cores to size for at {@code requests} a month: the average, or the peak without autoscaling. */
  double sized(Service s, double requests) {
    return Replicas.sized(cluster, secondsPerMonth, s, requests);
  }

  /**
   * The replicas for {@code sized} busy cores: at least two, one per core above that ({@link
   * Replicas#of}); scaled to zero, one per busy core on average, none when idle.
   */
  double replicas(double sized) {
    return scaleToZero ? sized : Replicas.of(sized);
  }

  /** True when the catalog has a GPU machine of the cluster's provider. */
  boolean hasGpuNode() {
    return gpuNode != null;
  }

  /** True when the service gets GPU nodes of its own (it needs a GPU and the catalog has one). */
  boolean gpuSized(Service s) {
    return s.gpu() && gpuNode != null;
  }

  /** Nodes the service needs: one GPU node a replica, or its CPU and memory at the target. */
  double nodes(Service s, double sized, double replicas) {
    if (gpuSized(s)) {
      return replicas;
    }
    double vcpu = sized / cluster.targetUtilization();
    double memory = replicas * s.memoryMb() / 1024.0 / cluster.targetUtilization();
    return Math.max(vcpu / node.vcpu(), memory / node.memoryGib());
  }

  /** What the nodes cost an hour: the weight that shares the cluster's fixed charges. */
  double weight(Service s, double nodes) {
    return nodes * (gpuSized(s) ? gpuNode.hourly() : node.hourly());
  }

  /**
   * What a service's nodes line leaves for the cluster's own charges: the nodes it pays for
   * ({@link #addNodes}) and its share of the cluster's fixed charges by cost weight.
   */
  record Priced(double paidNodes, double weightShare) {}

  /**
   * Sizes {@code s} at {@code requests} a month and adds its nodes line: the one sequence every
   * node-group cluster prices its nodes with, before its own charges.
   */
  Priced addNodes(Service s, double requests, double[] others, Bill bill) {
    double sized = sized(s, requests);
    double replicas = replicas(sized);
    double need = nodes(s, sized, replicas);
    double weight = weight(s, need);
    double paid = addNodes(s, sized, replicas, need, weight, others, bill);
    return new Priced(paid, weightShare(weight, others));
  }

  /**
   * Adds the service's nodes line to {@code bill}: its GPU nodes, or its share of the cluster's
   * nodes (at least the minimum; whole nodes without autoscaling) by the nodes it needs, with the
   * rest of the account {@code others}. Returns the nodes it pays for: its GPU nodes, or its share
   * of the cluster's (what a charge per node-hour on top, such as EKS Auto Mode's, is billed on).
   */
  double addNodes(
      Service s, double sized, double replicas, double nodes, double weight, double[] others,
      Bill bill) {
    boolean explain = bill.explaining();
    if (gpuSized(s)) {
      bill.add(
          gpuNodesItem,
          gpuNode.type(),
          explain
              ? Format.number(nodes) + " node(s), one per replica, x $"
                  + Format.price(gpuNode.hourly()) + " per hour x " + Format.number(hours) + " h"
              : null,
          nodes * gpuNode.hourly() * hours);
      return nodes;
    }
    double selfDemand = s.gpu() ? 0 : nodes;
    double allDemand = others[NODE_DEMAND] + selfDemand;
    double allWeight = others[WEIGHT] + weight;
    double allServices = others[Usage.SERVICES] + 1;
    double demand = Math.max(0, allDemand);
    double clusterNodes = Math.max(cluster.minNodes(), demand);
    if (!cluster.autoscaling()) {
      clusterNodes = Math.ceil(clusterNodes - 1e-9);
    }
    double nodesCost = clusterNodes * node.hourly() * hours;
    double myShare =
        demand > 0
            ? selfDemand / demand
            : allWeight > 0 ? weight / allWeight : 1.0 / allServices;
    bill.add(
        nodesItem,
        node.type(),
        explain
            ? sizingText(s, sized, replicas, nodes) + "; cluster " + Format.number(clusterNodes)
                + " node(s) (minimum " + cluster.minNodes() + ") x $"
                + Format.price(node.hourly()) + " per hour x " + Format.number(hours) + " h"
                + (others[Usage.SERVICES] > 0 ? ", its share " + Format.percent(myShare) : "")
            : null,
        nodesCost * myShare);
    return clusterNodes * myShare;
  }

  /** The service's share of a cluster's fixed charges: by weight, evenly when none has weight. */
  static double weightShare(double weight, double[] others) {
    return LoadBalancer.share(weight, others[WEIGHT], others[Usage.SERVICES]);
  }

  /** "1.2 cores busy (average), 2 replicas x 512 MB, at 70% target utilisation: ... node(s) of ...". */
  String sizingText(Service s, double sized, double replicas, double nodes) {
    return Format.number(sized) + " cores busy (" + Replicas.basis(cluster, s) + "), "
        + (scaleToZero
            ? Format.number(replicas) + " replicas on average (none while idle)"
            : (long) replicas + " replicas")
        + " x " + Format.number(s.memoryMb()) + " MB, at "
        + Format.percent(cluster.targetUtilization()) + " target utilisation: "
        + Format.number(sized / cluster.targetUtilization()) + " vCPU, "
        + Format.number(replicas * s.memoryMb() / 1024.0 / cluster.targetUtilization())
        + " GiB = " + Format.number(nodes) + " node(s) of " + Format.number(node.vcpu())
        + " vCPU, " + Format.number(node.memoryGib()) + " GiB";
  }
}
