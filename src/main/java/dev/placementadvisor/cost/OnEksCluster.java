package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.Service;

/**
 * A platform that runs a service on an {@link EksCluster}'s nodes (EKS node groups, Auto Mode, KEDA
 * scale-to-zero, wasmCloud): its usage is the cluster's; its limits and bill are its own.
 */
abstract class OnEksCluster extends Platform {
  protected final EksCluster cluster;

  OnEksCluster(Platforms.Info info, EksCluster cluster) {
    super(info, NodeSizing.DIMENSIONS, null);
    this.cluster = cluster;
  }

  @Override
  public String clusterText() {
    return cluster.nodes().minimumText() + ", control plane, ALB";
  }

  @Override
  public final void usage(Service s, double requests, double[] u, int o) {
    cluster.usage(s, requests, u, o);
  }
}
