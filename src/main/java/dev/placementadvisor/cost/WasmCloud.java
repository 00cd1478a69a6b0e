package dev.placementadvisor.cost;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;

/**
 * wasmCloud on your own Kubernetes cluster ({@link Platforms#WASMCLOUD}): Wasm components run by
 * wasmCloud hosts on the EC2 nodes of an EKS cluster. wasmCloud is open source, so the bill is the
 * cluster's: the nodes the service's CPU and memory need at the target utilisation, its share of
 * the control plane and the load balancer, and the capacity units of its requests, all priced by
 * {@link EksCluster}, the formula {@link AwsEks} uses. Its limits are a Wasm host's on those nodes:
 * a component's memory up to a node's (no isolate limit), no GPU, no state in a component instance
 * across requests, no held connections. See docs/cost-model.md, "Edge (wasmCloud)".
 */
final class WasmCloud extends OnEksCluster {

  WasmCloud(PriceCatalog c, KubernetesSettings cluster, Location instanceTypeWhere) {
    super(Platforms.WASMCLOUD, new EksCluster(c, cluster, instanceTypeWhere));
  }

  /**
   * A component fits a node, not an isolate: its memory up to the node type's. A component instance
   * answers one request (wasi:http) and keeps nothing after it; state lives in capability
   * providers, and the HTTP provider serves no WebSockets. The nodes priced are EKS's, in AWS.
   */
  @Override
  public java.util.List<String> blockedBy(Service s) {
    java.util.List<String> why = new java.util.ArrayList<>();
    double nodeMb = cluster.node().memoryGib() * 1024;
    if (s.gpu()) {
      why.add("needs a GPU: wasmCloud components have none");
    }
    if (s.memoryMb() > nodeMb) {
      why.add(
          Format.number(s.memoryMb())
              + " MB exceeds a node's "
              + Format.number(nodeMb)
              + " MB ("
              + cluster.node().type()
              + ")");
    }
    if (s.persistentConnections()) {
      why.add(
          "holds persistent connections: a wasi:http component answers one request at a"
              + " time, and wasmCloud's HTTP provider serves no WebSockets");
    }
    if (s.stateful()) {
      why.add("keeps state in the process: a component instance does not outlive its request");
    }
    if (s.onPremises()) {
      why.add("must run on premises: wasmCloud is priced here on EKS nodes in AWS");
    }
    return why;
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    cluster.price(s, requests, others, bill);
  }
}
