package dev.placementadvisor.cost;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.TrafficPattern;
import dev.placementadvisor.pricing.PriceCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Amazon EKS node groups with KEDA scaling event-driven and batch work to zero ({@link
 * Platforms#AWS_EKS_KEDA}): the {@link EksCluster} formula of {@link AwsEks}, with the service's
 * replicas following its work (one per busy core on average, none while idle) instead of two or
 * more all month. KEDA is open source, so nothing is added for it; the cluster's minimum, control
 * plane and load balancer are the same. An option of EKS: an inventory names it to have it priced.
 * See docs/cost-model.md, "Kubernetes (EKS)".
 */
final class AwsEksKeda extends OnEksCluster {

  AwsEksKeda(PriceCatalog c, KubernetesSettings cluster, Location instanceTypeWhere) {
    super(Platforms.AWS_EKS_KEDA, new EksCluster(c, cluster, instanceTypeWhere, true));
  }

  /**
   * Work that is not batch or event-driven (KEDA scales on events and queues; a service that
   * answers requests all day keeps its replicas), and a service that must run on premises.
   */
  @Override
  public List<String> blockedBy(Service s) {
    List<String> why = new ArrayList<>();
    TrafficPattern p = s.traffic().pattern();
    if (p != TrafficPattern.BATCH && p != TrafficPattern.EVENT_DRIVEN) {
      why.add("traffic pattern " + p.id() + ": KEDA scales batch and event-driven work to zero");
    }
    if (s.onPremises()) {
      why.add("must run on premises: EKS node groups run in AWS regions");
    }
    cluster.addUnschedulable(s, why);
    return why;
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    cluster.price(s, requests, others, bill);
  }
}
