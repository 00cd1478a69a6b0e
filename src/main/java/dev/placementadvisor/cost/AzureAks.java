package dev.placementadvisor.cost;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Instance;
import java.util.List;

/**
 * Azure Kubernetes Service ({@link Platforms#AZURE_AKS}), East US: one cluster of Azure virtual
 * machine nodes, sized and shared as EKS's node groups are ({@link NodeSizing}), and the cluster
 * management tier. The Free tier (no charge, no financially backed SLA) is the default; with the
 * catalog's quantity {@code aks.standardTier} set to 1 the cluster is on the Standard tier (the
 * uptime SLA), whose hourly charge the services share by cost weight as EKS's control plane is.
 *
 * <p>The nodes are the organization's {@code kubernetes.instanceType} when it names an Azure
 * machine of the catalog, otherwise {@value #DEFAULT_NODE} (2 vCPU, 8 GiB: the settings' default is
 * an EC2 type). No load balancer is priced (see docs/cost-model.md, "Kubernetes (AKS)").
 */
final class AzureAks extends Platform {
  /** The node type when the organization names no Azure machine. */
  static final String DEFAULT_NODE = "Standard_D2s_v5";

  private final NodeSizing nodes;
  private final double hours;
  private final boolean standard;
  private final double hourly;
  private final String tierItem;
  private final String tierPrice;

  AzureAks(PriceCatalog c, KubernetesSettings cluster) {
    super(Platforms.AZURE_AKS, NodeSizing.DIMENSIONS, null);
    this.hours = c.hoursPerMonth();
    double tier = c.quantity("aks.standardTier");
    if (tier != 0 && tier != 1) {
      throw new InputException(
          Location.ofFile(c.origin()),
          "quantity 'aks.standardTier' must be 0 (the AKS Free tier) or 1 (the Standard tier),"
              + " not "
              + Format.number(tier));
    }
    this.standard = tier == 1;
    this.tierPrice = standard ? "aks.tier.standard" : "aks.tier.free";
    this.tierItem = standard ? "AKS Standard tier" : "AKS Free tier";
    this.hourly = c.price(tierPrice).first();
    Instance named = c.instances().get(cluster.instanceType());
    Instance node =
        named != null && named.provider().equals("azure") ? named : c.instances().get(DEFAULT_NODE);
    if (node == null || !node.provider().equals("azure")) {
      throw new InputException(
          Location.ofFile(c.origin()),
          "the pricing catalog lacks the Azure machine '"
              + DEFAULT_NODE
              + "' (AKS's default node)");
    }
    this.nodes = new NodeSizing(cluster, node, c, true, false);
  }

  /**
   * A GPU service when the catalog has no Azure GPU machine to put it on, and a service that must
   * run on premises (the nodes priced are Azure virtual machines).
   */
  @Override
  public List<String> blockedBy(Service s) {
    return nodes.blockedBy(
        s,
        "needs a GPU: no Azure GPU machine is in the pricing catalog",
        "must run on premises: these AKS nodes are Azure virtual machines");
  }

  @Override
  public String clusterText() {
    return nodes.minimumText() + ", " + tierItem;
  }

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    nodes.usage(s, requests, u, o);
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    NodeSizing.Priced priced = nodes.addNodes(s, requests, others, bill);
    double weightShare = priced.weightShare();
    bill.add(
        tierItem,
        tierPrice,
        bill.explaining()
            ? Format.number(hours)
                + " h x $"
                + Format.price(hourly)
                + " per cluster-hour"
                + (standard ? " (uptime SLA)" : " (no cluster management charge, no SLA)")
                + (others[Usage.SERVICES] > 0 ? ", its share " + Format.percent(weightShare) : "")
            : null,
        hourly * hours * weightShare);
  }
}
