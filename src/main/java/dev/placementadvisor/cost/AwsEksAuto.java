package dev.placementadvisor.cost;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Instance;
import dev.placementadvisor.pricing.PriceCatalog.Price;

/**
 * Amazon EKS Auto Mode ({@link Platforms#AWS_EKS_AUTO}): the same {@link EksCluster} as EKS node
 * groups (EC2 nodes of the cluster's instance type sized from CPU and memory, GPU nodes, the
 * control plane and the load balancer), plus Auto Mode's management fee per instance-hour of each
 * node the service pays for, read from the catalog per instance type ({@link #feeId}). A type
 * without a fee in the catalog blocks Auto Mode rather than having a fee guessed for it. Auto
 * Mode's lower operating effort is not counted, so it always costs at least what node groups cost.
 * See docs/cost-model.md, "Kubernetes (EKS Auto Mode)".
 */
final class AwsEksAuto extends OnEksCluster {
  private final double hours;

  /** Each EC2 type's fee, by type; a type without one is absent. */
  private final java.util.Map<String, Price> fees = new java.util.HashMap<>();

  private final java.util.Map<String, String> items = new java.util.HashMap<>();

  /** The fee, as the cluster adds it after the nodes. */
  private final EksCluster.NodeCharge feeCharge = this::addFee;

  AwsEksAuto(PriceCatalog c, KubernetesSettings cluster, Location instanceTypeWhere) {
    super(Platforms.AWS_EKS_AUTO, new EksCluster(c, cluster, instanceTypeWhere));
    this.hours = c.hoursPerMonth();
    for (Instance i : c.instances().values()) {
      Price fee = c.prices().get(feeId(i.type()));
      if (fee != null) {
        fees.put(i.type(), fee);
        items.put(i.type(), "EKS Auto Mode fee (" + i.type() + ")");
      }
    }
  }

  /** The catalog id of Auto Mode's fee for an EC2 instance type: {@code eks.autoMode.fee.TYPE}. */
  static String feeId(String instanceType) {
    return "eks.autoMode.fee." + instanceType;
  }

  /**
   * A service that must run on premises (Auto Mode launches EC2 instances in an AWS region), a
   * replica that fits no node, and a node type the service runs on (the cluster's, a larger one, or
   * its GPU node type) that has no Auto Mode fee in the catalog.
   */
  @Override
  public java.util.List<String> blockedBy(Service s) {
    java.util.List<String> why = new java.util.ArrayList<>();
    if (s.onPremises()) {
      why.add(
          "must run on premises: EKS Auto Mode launches EC2 instances in AWS regions; EKS"
              + " Hybrid Nodes joins your own hardware");
    }
    cluster.addUnschedulable(s, why);
    Instance type = cluster.nodes().typeFor(s);
    if (type != null && !fees.containsKey(type.type())) {
      why.add(
          (cluster.nodes().gpuSized(s) ? "needs a GPU: " : "the node type ")
              + type.type()
              + " has no EKS Auto Mode fee in the pricing catalog ("
              + feeId(type.type())
              + ")");
    }
    return why;
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    cluster.price(s, requests, others, bill, feeCharge);
  }

  /**
   * The management fee on the {@code nodes} of {@code type} the service pays for, all month; no
   * line when the catalog has no fee for the type (the service is blocked from Auto Mode then).
   */
  private void addFee(double nodes, Instance type, boolean gpu, Bill bill) {
    Price fee = fees.get(type.type());
    if (fee == null) {
      return;
    }
    boolean shared = type.type().equals(cluster.node().type());
    bill.add(
        items.get(type.type()),
        fee.id(),
        bill.explaining()
            ? Format.number(nodes)
                + (gpu
                    ? " GPU node(s)"
                    : shared ? " node(s) (its share of the cluster's)" : " node(s) of its own")
                + " x $"
                + Format.price(fee.first())
                + " per instance-hour x "
                + Format.number(hours)
                + " h"
            : null,
        nodes * fee.first() * hours);
  }
}
