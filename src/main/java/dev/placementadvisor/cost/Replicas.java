package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.report.Format;

/**
 * How a long-running service is sized for its load, on a cluster ({@link AwsEks}'s replicas) or
 * as containers of its own ({@link AwsFargate}'s tasks): the cores it keeps busy, the month's
 * average with autoscaling (capacity follows the load) or the peak without, and how many copies
 * run, at least two for availability and one per core above that. See docs/cost-model.md,
 * "Kubernetes (EKS)" and "Serverless (AWS Fargate)".
 */
final class Replicas {
  private Replicas() {}

  /** The cores {@code s} keeps busy at {@code requests} a month of {@code secondsPerMonth}. */
  static double sized(
      KubernetesSettings cluster, double secondsPerMonth, Service s, double requests) {
    double cores = requests / secondsPerMonth * s.cpuMsPerRequest() / 1000.0;
    return cluster.autoscaling() ? cores : cores * s.traffic().peakToAverage();
  }

  /** At least two copies, for availability; one per core above that. */
  static int of(double cores) {
    return (int) Math.max(2, Math.ceil(cores - 1e-9));
  }

  /** What the cores are sized for, in words: "average", or "peak, x5". */
  static String basis(KubernetesSettings cluster, Service s) {
    return cluster.autoscaling()
        ? "average"
        : "peak, x" + Format.number(s.traffic().peakToAverage());
  }
}
