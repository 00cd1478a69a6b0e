package dev.placementadvisor.cost;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Instance;
import dev.placementadvisor.pricing.PriceCatalog.Price;

/**
 * Amazon EKS Hybrid Nodes ({@link Platforms#AWS_EKS_HYBRID_NODES}): the service's machines on
 * premises, joined as nodes to an EKS cluster whose control plane runs in AWS. AWS bills the
 * control plane and a fee per vCPU-hour of each hybrid node, tiered on the account's vCPU-hours;
 * the machines themselves, their power and their network are the customer's and not priced.
 *
 * <p>The nodes are sized as a node-group cluster's ({@link NodeSizing}): the service's busy cores
 * and its replicas' memory at the target utilisation, in nodes of the shape of the cluster's
 * instance type (its vCPU and memory; its EC2 price is not read), whole nodes without autoscaling.
 * The cluster's minimum is not applied: it sizes the cloud cluster, while AWS bills only the
 * machines registered on premises, which are the services' nodes. A GPU is the customer's hardware
 * too: a GPU service is sized like any other. The cluster's vCPU-hours are the nodes' vCPU all
 * month; the fee and the control plane are shared by the nodes each service needs. Only a service
 * that must run on premises may run here: anything else would look cheapest on hardware that is not
 * priced. See docs/cost-model.md, "Kubernetes (EKS Hybrid Nodes)".
 */
final class AwsEksHybridNodes extends Platform {
  /** The dimensions of its account usage: the services and the vCPU of the nodes they need. */
  static final int NODE_DEMAND = 1;

  private static final int DIMENSIONS = 2;

  private final KubernetesSettings cluster;
  private final NodeSizing nodes;
  private final Instance node;
  private final double hours;
  private final Price fee;
  private final Formulas.Tiers tiers;
  private final EksControlPlane controlPlane;

  AwsEksHybridNodes(PriceCatalog c, KubernetesSettings cluster, Location instanceTypeWhere) {
    super(Platforms.AWS_EKS_HYBRID_NODES, DIMENSIONS, null);
    this.cluster = cluster;
    this.hours = c.hoursPerMonth();
    this.node = EksCluster.nodeType(c, cluster, instanceTypeWhere);
    // No GPU node type: a GPU on premises is the customer's, and its node is sized as any other.
    this.nodes = new NodeSizing(cluster, node, c, false, false);
    this.fee = c.price("eks.hybridNodes.vcpuHour");
    this.tiers = Formulas.Tiers.of(fee);
    this.controlPlane = new EksControlPlane(c);
  }

  /**
   * A service that does not have to run on premises: its hardware is not priced, so it would always
   * look cheaper than a cluster in AWS.
   */
  @Override
  public java.util.List<String> blockedBy(Service s) {
    // A replica larger than any machine shape of the catalog is not a limit: the machines are
    // yours, and it is sized in the largest shape.
    return s.onPremises()
        ? java.util.List.of()
        : java.util.List.of("runs on your own hardware: for services that must run on premises");
  }

  /**
   * The vCPU of the nodes {@code s} needs on average at {@code requests} a month (fractional: its
   * share of machines), in the shape it fits.
   */
  private double need(NodeSizing.Demand d) {
    return d.nodes() * d.type().vcpu();
  }

  @Override
  public String clusterText() {
    return "nodes of " + node.type() + "'s shape on premises, per vCPU, control plane";
  }

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    u[o + Usage.SERVICES] = 1;
    u[o + NODE_DEMAND] = need(nodes.demand(s, requests));
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    boolean explain = bill.explaining();
    NodeSizing.Demand d = nodes.demand(s, requests);
    double need = need(d);
    double demand = others[NODE_DEMAND] + need;
    double clusterVcpu =
        cluster.autoscaling() ? demand : Math.ceil(demand / node.vcpu() - 1e-9) * node.vcpu();
    double vcpuHours = clusterVcpu * hours;
    double charge = tiers.cost(vcpuHours, 1);
    double share = demand > 0 ? need / demand : 1.0 / (others[Usage.SERVICES] + 1);
    boolean shared = others[Usage.SERVICES] > 0;
    bill.add(
        "EKS Hybrid Nodes vCPU",
        fee.id(),
        explain
            ? nodes.sizingText(s, d)
                + " ("
                + d.type().type()
                + "'s shape, on premises); cluster "
                + Format.number(clusterVcpu)
                + " vCPU x "
                + Format.number(hours)
                + " h = "
                + Format.number(vcpuHours)
                + " vCPU-hours at "
                + Formulas.tierText(fee, "vCPU-hours")
                + " = "
                + Format.usd(charge)
                + (shared ? ", its share " + Format.percent(share) : "")
                + "; the machines, their power and network are yours and not priced"
            : null,
        charge * share);
    controlPlane.add(share, shared, bill);
  }
}
