package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.report.Format;

/**
 * Google Kubernetes Engine in Autopilot mode ({@link Platforms#GCP_GKE_AUTOPILOT}): the service's
 * Pods billed by the vCPU and memory they request, by the hour, and its share of the cluster
 * management fee less the free tier credit. The Pods are sized as a node-group cluster sizes its
 * replicas: at least two, one per busy core above that, CPU requested for the busy cores at the
 * target utilisation (the autoscaler's target), each Pod requesting the service's memory. See
 * docs/cost-model.md, "Kubernetes (GKE)".
 */
final class GcpGkeAutopilot implements Platform {
  private final KubernetesSettings cluster;
  private final double hours;
  private final double secondsPerMonth;
  private final double vcpuHour;
  private final double gibHour;
  private final GkeClusterFee fee;

  GcpGkeAutopilot(PriceCatalog c, KubernetesSettings cluster, boolean freeTier) {
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
  public Platforms.Info info() {
    return Platforms.GCP_GKE_AUTOPILOT;
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

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

  /** The vCPU the Pods request: the busy cores at the target utilisation. */
  private double vcpu(double sized) {
    return sized / cluster.targetUtilization();
  }

  /** The memory the Pods request, GiB: each replica the service's memory. */
  private static double gib(Service s, int replicas) {
    return (double) replicas * s.memoryMb() / 1024.0;
  }

  private double weight(double vcpu, double gib) {
    return vcpu * vcpuHour + gib * gibHour;
  }

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    double sized = Replicas.sized(cluster, secondsPerMonth, s, requests);
    u[o + Usage.SERVICES] = 1;
    u[o + WEIGHT] = weight(vcpu(sized), gib(s, Replicas.of(sized)));
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    boolean explain = bill.explaining();
    double sized = Replicas.sized(cluster, secondsPerMonth, s, requests);
    int replicas = Replicas.of(sized);
    double vcpu = vcpu(sized);
    double gib = gib(s, replicas);
    bill.add(
        "Autopilot Pod vCPU",
        "gke.autopilot.vcpuHour",
        explain
            ? Format.number(sized) + " cores busy ("
                + (cluster.autoscaling()
                    ? "average"
                    : "peak, x" + Format.number(s.traffic().peakToAverage()))
                + ") at " + Format.percent(cluster.targetUtilization())
                + " target utilisation = " + Format.number(vcpu) + " vCPU requested by "
                + replicas + " Pods x $" + Format.price(vcpuHour) + " per vCPU-hour x "
                + Format.number(hours) + " h"
            : null,
        vcpu * vcpuHour * hours);
    bill.add(
        "Autopilot Pod memory",
        "gke.autopilot.gibHour",
        explain
            ? replicas + " Pods x " + Format.number(s.memoryMb()) + " MB / 1024 = "
                + Format.number(gib) + " GiB requested x $" + Format.price(gibHour)
                + " per GiB-hour x " + Format.number(hours) + " h"
            : null,
        gib * gibHour * hours);
    double weight = weight(vcpu, gib);
    double allWeight = others[WEIGHT] + weight;
    double share = allWeight > 0 ? weight / allWeight : 1.0 / (others[Usage.SERVICES] + 1);
    fee.add(share, others[Usage.SERVICES] > 0, bill);
  }
}
