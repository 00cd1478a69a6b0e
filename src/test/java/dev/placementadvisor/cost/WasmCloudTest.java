package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.GcpPlatformsTest.build;
import static dev.placementadvisor.cost.GcpPlatformsTest.cents;
import static dev.placementadvisor.cost.GcpPlatformsTest.lines;
import static dev.placementadvisor.cost.GcpPlatformsTest.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.inventory.Service;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * wasmCloud hosts on an EKS cluster of your own: a wasm-edge platform billed for capacity, its bill
 * the cluster's as EKS prices it (nodes, control plane, load balancer), its limits a Wasm host's on
 * those nodes. wasmCloud is open source and publishes no price; EKS's published examples are in
 * {@link PublishedExamplesTest}.
 */
class WasmCloudTest {
  private static Platform wasmcloud(KubernetesSettings cluster) {
    return build(Platforms.WASMCLOUD, cluster, false);
  }

  /** Wasm on the edge class, billed for capacity that runs all month, on EC2 instance types. */
  @Test
  void itIsAnEdgePlatformBilledForCapacity() {
    assertThat(Platforms.WASMCLOUD.placement()).isEqualTo(Placement.WASM_EDGE);
    assertThat(Platforms.WASMCLOUD.perRequest()).isFalse();
    assertThat(Platforms.WASMCLOUD.usesInstances()).isTrue();
  }

  /**
   * One small service alone on the default cluster (m5.large, at least 2 nodes, autoscaling): 2 x
   * $0.096 x 730 = $140.16 of nodes, $73.00 of control plane, $16.425 of load balancer, and at one
   * request a second (2,628,000 a month) 1/25 LCU x $0.008 x 730 = $0.2336: $229.82. With no
   * traffic it still pays the cluster: $229.59.
   */
  @Test
  void oneServicePaysTheWholeMinimumCluster() {
    Platform p = wasmcloud(KubernetesSettings.defaults());
    Map<String, Double> l = lines(p, service(2_628_000, 15, 128, 4));
    assertThat(cents(l.get("m5.large"))).isEqualByComparingTo("140.16");
    assertThat(cents(l.get("eks.controlPlane"))).isEqualByComparingTo("73.00");
    assertThat(cents(l.get("alb.hour"))).isEqualByComparingTo("16.43");
    assertThat(cents(l.get("alb.lcu"))).isEqualByComparingTo("0.23");
    assertThat(cents(l.get("total"))).isEqualByComparingTo("229.82");
    assertThat(cents(lines(p, service(0, 15, 128, 4)).get("total"))).isEqualByComparingTo("229.59");
  }

  /** The bill is EKS's, line for line, whatever the service, the account and the cluster. */
  @Test
  void itsBillIsTheEksClustersLineForLine() {
    Random r = new Random(5);
    for (Platforms.Setting setting : PlatformFormulaPropertiesTest.settings()) {
      Platform wasm = Platforms.WASMCLOUD.factory().create(setting);
      Platform eks = Platforms.AWS_EKS.factory().create(setting);
      List<Service> rest =
          List.of(CostFormulaTest.service(r, 100), CostFormulaTest.service(r, 101));
      for (int n = 0; n < 30; n++) {
        Service s = CostFormulaTest.service(r, n);
        double v = s.traffic().requestsPerMonth();
        for (List<Service> others : List.of(List.<Service>of(), rest)) {
          Bill a = Bill.withLines();
          Bill b = Bill.withLines();
          wasm.price(s, v, PlatformFormulaPropertiesTest.account(wasm, others), a);
          eks.price(s, v, PlatformFormulaPropertiesTest.account(eks, others), b);
          assertThat(a.lines()).isEqualTo(b.lines());
        }
      }
    }
  }

  /**
   * No isolate's 128 MB: a component may use a node's memory, 8 GiB on an m5.large and 16 GiB on an
   * m5.xlarge, and no more.
   */
  @Test
  void memoryIsLimitedByTheNodeNotAnIsolate() {
    Platform small = wasmcloud(KubernetesSettings.defaults());
    Platform large = wasmcloud(new KubernetesSettings("m5.xlarge", 2, 0.7, true, null));
    assertThat(
            small.blockedBy(
                PlatformLimitsTest.service(8192, 3600, 5000, false, false, false, false)))
        .isEmpty();
    assertThat(small.blockedBy(PlatformLimitsTest.service(8193, 1, 10, false, false, false, false)))
        .containsExactly("8,193 MB exceeds a node's 8,192 MB (m5.large)");
    assertThat(
            large.blockedBy(PlatformLimitsTest.service(16_384, 1, 10, false, false, false, false)))
        .isEmpty();
    assertThat(
            large.blockedBy(PlatformLimitsTest.service(16_385, 1, 10, false, false, false, false)))
        .containsExactly("16,385 MB exceeds a node's 16,384 MB (m5.xlarge)");
  }

  @Test
  void aHostCannotHoldAGpuAConnectionOrStateAndRunsInAws() {
    Platform p = wasmcloud(KubernetesSettings.defaults());
    assertThat(p.blockedBy(PlatformLimitsTest.service(128, 1, 10, true, true, true, true)))
        .containsExactly(
            "needs a GPU: wasmCloud components have none",
            "holds persistent connections: a wasi:http component answers one request at a time,"
                + " and wasmCloud's HTTP provider serves no WebSockets",
            "keeps state in the process: a component instance does not outlive its request",
            "must run on premises: wasmCloud is priced here on EKS nodes in AWS");
  }

  /** Hosts on a cluster front no cluster. */
  @Test
  void itCannotFrontACluster() {
    Platform p = wasmcloud(KubernetesSettings.defaults());
    Bill bill = Bill.withLines();
    p.price(service(1e6, 15, 128, 4), 1e6, p.alone(), bill);
    assertThat(p.requestLayer()).isNull();
    assertThat(bill.requestLayer()).isZero();
  }
}
