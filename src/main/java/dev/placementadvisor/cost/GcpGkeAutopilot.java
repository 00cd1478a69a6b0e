package dev.placementadvisor.cost;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;

/**
 * Google Kubernetes Engine in Autopilot mode ({@link Platforms#GCP_GKE_AUTOPILOT}): the service's
 * Pods billed by the vCPU and memory they request, by the hour, and its share of the cluster
 * management fee less the free tier credit. The Pods are sized as a node-group cluster sizes its
 * replicas: at least two, one per busy core above that, CPU requested for the busy cores at the
 * target utilisation (the autoscaler's target), each Pod requesting the service's memory. See
 * docs/cost-model.md, "Kubernetes (GKE)".
 */
final class GcpGkeAutopilot extends Platform {
  private final KubernetesSettings cluster;
  private final double hours;
  private final double secondsPerMonth;
  private final double vcpuHour;
  private final double gibHour;
  private final GkeClusterFee fee;

  GcpGkeAutopilot(PriceCatalog c, KubernetesSettings cluster, boolean freeTier) {
    super(Platforms.GCP_GKE_AUTOPILOT, DIMENSIONS, null);
    this.cluster = cluster;
    this.hours = c.hoursPerMonth();
    this.secondsPerMonth = hours * 3600;
    this.vcpuHour = c.price("gke.autopilot.vcpuHour").first();
    this.gibHour = c.price("gke.autopilot.gibHour").first();
    this.fee = new GkeClusterFee(c, freeTier);
  }

  /** The dimensions of its account usage: the Pods' hourly cost shares the cluster fee. */
  static final int WEIGHT = 1;

  private static final int DIMENSIONS = 2;

  @Override
  public java.util.List<String> blockedBy(Service s) {
    java.util.List<String> why = new java.util.ArrayList<>();
    if (s.gpu()) {
      why.add("needs a GPU: Autopilot GPU Pods are not priced");
    }
    if (s.onPremises()) {
      why.add("must run on premises: Autopilot runs only in Google Cloud");
    }
    return why;
  }

  /**
   * The vCPU the Pods request on average over the month: the busy cores at each level at the target
   * utilisation.
   */
  private double vcpu(Replicas.Load l) {
    return l.mean(l.peak(), l.offPeak()) / cluster.targetUtilization();
  }

  /** The Pods on average over the month: the replicas at each level, time-weighted. */
  private static double pods(Replicas.Load l) {
    return l.mean(Replicas.at(l.peak(), l.job()), Replicas.at(l.offPeak(), l.job()));
  }

  /** The memory the Pods request, GiB: each Pod the service's memory. */
  private static double gib(Service s, double pods) {
    return pods * s.memoryMb() / 1024.0;
  }

  private double weight(double vcpu, double gib) {
    return vcpu * vcpuHour + gib * gibHour;
  }

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    Replicas.Load l = Replicas.load(cluster, secondsPerMonth, s, requests);
    u[o + Usage.SERVICES] = 1;
    u[o + WEIGHT] = weight(vcpu(l), gib(s, pods(l)));
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    boolean explain = bill.explaining();
    Replicas.Load l = Replicas.load(cluster, secondsPerMonth, s, requests);
    double pods = pods(l);
    double vcpu = vcpu(l);
    double gib = gib(s, pods);
    bill.add(
        "Autopilot Pod vCPU",
        "gke.autopilot.vcpuHour",
        explain
            ? Replicas.basis(l, s)
                + ", on average "
                + Format.number(l.mean(l.peak(), l.offPeak()))
                + " cores at "
                + Format.percent(cluster.targetUtilization())
                + " target utilisation = "
                + Format.number(vcpu)
                + " vCPU requested by "
                + Format.number(pods)
                + " Pods on average x $"
                + Format.price(vcpuHour)
                + " per vCPU-hour x "
                + Format.number(hours)
                + " h"
            : null,
        vcpu * vcpuHour * hours);
    bill.add(
        "Autopilot Pod memory",
        "gke.autopilot.gibHour",
        explain
            ? Format.number(pods)
                + " Pods x "
                + Format.number(s.memoryMb())
                + " MB / 1024 = "
                + Format.number(gib)
                + " GiB requested x $"
                + Format.price(gibHour)
                + " per GiB-hour x "
                + Format.number(hours)
                + " h"
            : null,
        gib * gibHour * hours);
    double weight = weight(vcpu, gib);
    double allWeight = others[WEIGHT] + weight;
    double share = allWeight > 0 ? weight / allWeight : 1.0 / (others[Usage.SERVICES] + 1);
    fee.add(share, others[Usage.SERVICES] > 0, bill);
  }
}
