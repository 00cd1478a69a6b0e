package dev.placementadvisor.cost;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Instance;
import dev.placementadvisor.pricing.PriceCatalog.Price;
import dev.placementadvisor.report.Format;

/**
 * Amazon EKS Auto Mode ({@link Platforms#AWS_EKS_AUTO}): the same {@link EksCluster} as EKS node
 * groups (EC2 nodes of the cluster's instance type sized from CPU and memory, GPU nodes, the
 * control plane and the load balancer), plus Auto Mode's management fee per instance-hour of each
 * node the service pays for, read from the catalog per instance type ({@link #feeId}). A type
 * without a fee in the catalog blocks Auto Mode rather than having a fee guessed for it. Auto
 * Mode's lower operating effort is not counted, so it always costs at least what node groups cost.
 * See docs/cost-model.md, "Kubernetes (EKS Auto Mode)".
 */
final class AwsEksAuto implements Platform {
  private final EksCluster cluster;
  private final double hours;
  private final Instance node;
  private final Instance gpuNode;
  /** The fees of the node type and of the GPU node type, null when the catalog has none. */
  private final Price nodeFee;
  private final Price gpuFee;
  private final String nodeItem;
  private final String gpuItem;
  /** The fee, as the cluster adds it after the nodes. */
  private final EksCluster.NodeCharge feeCharge = this::addFee;

  AwsEksAuto(PriceCatalog c, KubernetesSettings cluster, Location instanceTypeWhere) {
    this.cluster = new EksCluster(c, cluster, instanceTypeWhere);
    this.hours = c.hoursPerMonth();
    this.node = this.cluster.nodes().node();
    this.gpuNode = NodeSizing.cheapestGpu(c, "aws");
    this.nodeFee = c.prices().get(feeId(node.type()));
    this.gpuFee = gpuNode == null ? null : c.prices().get(feeId(gpuNode.type()));
    this.nodeItem = "EKS Auto Mode fee (" + node.type() + ")";
    this.gpuItem = gpuNode == null ? null : "EKS Auto Mode fee (" + gpuNode.type() + ")";
  }

  /** The catalog id of Auto Mode's fee for an EC2 instance type: {@code eks.autoMode.fee.TYPE}. */
  static String feeId(String instanceType) {
    return "eks.autoMode.fee." + instanceType;
  }

  @Override
  public Platforms.Info info() {
    return Platforms.AWS_EKS_AUTO;
  }

  @Override
  public int dimensions() {
    return NodeSizing.DIMENSIONS;
  }

  /**
   * A service that must run on premises (Auto Mode launches EC2 instances in an AWS region), and a
   * node type, or a GPU service's GPU node type, that has no Auto Mode fee in the catalog.
   */
  @Override
  public java.util.List<String> blockedBy(Service s) {
    java.util.List<String> why = new java.util.ArrayList<>();
    if (s.onPremises()) {
      why.add("must run on premises: EKS Auto Mode launches EC2 instances in AWS regions; EKS"
          + " Hybrid Nodes joins your own hardware");
    }
    if (cluster.nodes().gpuSized(s)) {
      if (gpuFee == null) {
        why.add("needs a GPU: " + gpuNode.type() + " has no EKS Auto Mode fee in the pricing"
            + " catalog (" + feeId(gpuNode.type()) + ")");
      }
    } else if (nodeFee == null) {
      why.add("the node type " + node.type() + " has no EKS Auto Mode fee in the pricing catalog"
          + " (" + feeId(node.type()) + ")");
    }
    return why;
  }

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    cluster.usage(s, requests, u, o);
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    cluster.price(s, requests, others, bill, feeCharge);
  }

  /**
   * The management fee on the {@code nodes} the service pays for, all month; no line when the
   * catalog has no fee for their type (the service is blocked from Auto Mode then).
   */
  private void addFee(double nodes, boolean gpu, Bill bill) {
    Price fee = gpu ? gpuFee : nodeFee;
    if (fee == null) {
      return;
    }
    bill.add(
        gpu ? gpuItem : nodeItem,
        fee.id(),
        bill.explaining()
            ? Format.number(nodes) + (gpu ? " GPU node(s)" : " node(s) (its share of the cluster's)")
                + " x $" + Format.price(fee.first()) + " per instance-hour x "
                + Format.number(hours) + " h"
            : null,
        nodes * fee.first() * hours);
  }
}
