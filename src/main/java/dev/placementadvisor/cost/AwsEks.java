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
 * nodes (at least its minimum), or GPU nodes of its own, and its share of the control plane and
 * the load balancer, plus the load balancer's capacity units. See docs/cost-model.md,
 * "Kubernetes".
 */
final class AwsEks implements Platform {
  private final KubernetesSettings cluster;
  private final Instance node;
  private final Instance gpuNode;
  private final double hours;
  private final double secondsPerMonth;
  private final Price controlPlane;
  private final LoadBalancer alb;
  /** The nodes' lines' names, made once: a formula builds no text unless it explains. */
  private final String nodesItem;
  private final String gpuNodesItem;

  AwsEks(PriceCatalog c, KubernetesSettings cluster, Location instanceTypeWhere) {
    this.cluster = cluster;
    this.hours = c.hoursPerMonth();
    this.secondsPerMonth = hours * 3600;
    this.controlPlane = c.price("eks.controlPlane");
    this.alb = new LoadBalancer(c);
    Instance named = c.instances().get(cluster.instanceType());
    this.node = named != null && named.provider().equals("aws") ? named : null;
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
    this.gpuNode =
        c.instances().values().stream()
            .filter(i -> i.gpu() > 0 && i.provider().equals("aws"))
            .min(java.util.Comparator.comparingDouble(Instance::hourly).thenComparing(Instance::type))
            .orElse(null);
    this.nodesItem = "Nodes (" + node.type() + ")";
    this.gpuNodesItem = gpuNode == null ? null : "GPU nodes (" + gpuNode.type() + ")";
  }

  /** The dimensions of its account usage. */
  static final int NODE_DEMAND = 1;
  static final int WEIGHT = 2;
  private static final int DIMENSIONS = 3;

  @Override
  public Platforms.Info info() {
    return Platforms.AWS_EKS;
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
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

  /** At least two replicas, for availability; one per busy core above that. */
  static int replicas(double sized) {
    return Replicas.of(sized);
  }

  /** True when the service gets GPU nodes of its own (it needs a GPU and the catalog has one). */
  boolean gpuSized(Service s) {
    return s.gpu() && gpuNode != null;
  }

  /** Nodes the service needs: one GPU node a replica, or its CPU and memory at the target. */
  double nodes(Service s, double sized, int replicas) {
    if (gpuSized(s)) {
      return replicas;
    }
    double vcpu = sized / cluster.targetUtilization();
    double memory = (double) replicas * s.memoryMb() / 1024.0 / cluster.targetUtilization();
    return Math.max(vcpu / node.vcpu(), memory / node.memoryGib());
  }

  /** What the nodes cost an hour: the weight that shares the cluster's fixed charges. */
  double weight(Service s, double nodes) {
    return nodes * (gpuSized(s) ? gpuNode.hourly() : node.hourly());
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    boolean explain = bill.explaining();
    double sized = sized(s, requests);
    int replicas = replicas(sized);
    double nodes = nodes(s, sized, replicas);
    double weight = weight(s, nodes);
    double selfDemand = s.gpu() ? 0 : nodes;
    double allDemand = others[NODE_DEMAND] + selfDemand;
    double allWeight = others[WEIGHT] + weight;
    double allServices = others[Usage.SERVICES] + 1;
    if (gpuSized(s)) {
      bill.add(
          gpuNodesItem,
          gpuNode.type(),
          explain
              ? Format.number(nodes) + " node(s), one per replica, x $"
                  + Format.price(gpuNode.hourly()) + " per hour x " + Format.number(hours) + " h"
              : null,
          nodes * gpuNode.hourly() * hours);
    } else {
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
    }
    double weightShare = LoadBalancer.share(weight, others[WEIGHT], others[Usage.SERVICES]);
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

  private String sizingText(Service s, double sized, int replicas, double nodes) {
    return Format.number(sized) + " cores busy (" + Replicas.basis(cluster, s) + "), "
        + replicas + " replicas x " + Format.number(s.memoryMb()) + " MB, at "
        + Format.percent(cluster.targetUtilization()) + " target utilisation: "
        + Format.number(sized / cluster.targetUtilization()) + " vCPU, "
        + Format.number((double) replicas * s.memoryMb() / 1024.0 / cluster.targetUtilization())
        + " GiB = " + Format.number(nodes) + " node(s) of " + Format.number(node.vcpu())
        + " vCPU, " + Format.number(node.memoryGib()) + " GiB";
  }
}
