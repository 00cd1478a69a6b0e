package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.TrafficPattern;
import dev.placementadvisor.inventory.TrafficProfile;
import dev.placementadvisor.inventory.Workload;
import dev.placementadvisor.pricing.CatalogLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each platform's own hard limits, read from the catalog's quantities. */
class PlatformLimitsTest {
  private static final CostModel MODEL =
      new CostModel(
          CatalogLoader.bundled(), KubernetesSettings.defaults(), true, Location.ofFile("t"));

  /** A plain HTTP service with the given size and needs. */
  static Service service(
      int memoryMb,
      double maxSeconds,
      double cpuMs,
      boolean gpu,
      boolean connections,
      boolean state,
      boolean onPremises) {
    TrafficProfile t = new TrafficProfile(null, TrafficPattern.STEADY, 1e6, 1.5, 0);
    return new Service(
        "s",
        Location.ofFile("s"),
        t,
        null,
        100,
        memoryMb,
        Workload.MIXED,
        state,
        connections,
        gpu,
        maxSeconds,
        false,
        false,
        onPremises,
        ApiGateway.HTTP,
        false,
        0,
        Set.of(),
        Architecture.X86_64,
        cpuMs,
        true);
  }

  /**
   * ...but EKS Hybrid Nodes, whose machines are not priced: it takes on-premises services only; and
   * KEDA, which scales batch and event-driven work (this service is steady).
   */
  @Test
  void aPlainServiceFitsEveryPlatformButHybridNodesAndKeda() {
    Service s = service(128, 1, 10, false, false, false, false);
    for (Platform p : MODEL.platforms()) {
      if (p.id().equals("aws-eks-hybrid-nodes")) {
        assertThat(p.blockedBy(s))
            .containsExactly("runs on your own hardware: for services that must run on premises");
      } else if (p.id().equals("aws-eks-keda")) {
        assertThat(p.blockedBy(s))
            .containsExactly(
                "traffic pattern steady: KEDA scales batch and event-driven work to zero");
      } else {
        assertThat(p.blockedBy(s)).as(p.id()).isEmpty();
      }
    }
  }

  @Test
  void lambdaStopsAtItsQuotasAndAtWhatAnInvocationCannotHold() {
    Platform lambda = MODEL.platform("aws-lambda");

    assertThat(lambda.blockedBy(service(10_240, 900, 10, false, false, false, false))).isEmpty();
    assertThat(lambda.blockedBy(service(10_241, 901, 10, false, false, false, false)))
        .containsExactly(
            "an execution of 901 s exceeds Lambda's 900 s", "10,241 MB exceeds Lambda's 10,240 MB");
    assertThat(lambda.blockedBy(service(128, 1, 10, true, true, true, true)))
        .hasSize(4)
        .allSatisfy(why -> assertThat(why).isNotBlank());
  }

  @Test
  void workersStopAtTheIsolatesMemoryAndCpuTime() {
    Platform workers = MODEL.platform("cloudflare-workers");

    assertThat(workers.blockedBy(service(128, 3600, 300_000, false, false, false, false)))
        .isEmpty();
    assertThat(workers.blockedBy(service(129, 1, 300_001, false, false, false, false)))
        .containsExactly(
            "129 MB exceeds a Worker isolate's 128 MB",
            "300,001 ms of CPU a request exceeds Workers' 300,000 ms");
  }

  @Test
  void aClusterRunsAnythingInItsRegion() {
    assertThat(
            MODEL
                .platform("aws-eks")
                .blockedBy(service(200_000, 1e6, 1e6, true, true, true, false)))
        .isEmpty();
    assertThat(
            MODEL.platform("aws-eks").blockedBy(service(200_000, 1e6, 1e6, true, true, true, true)))
        .containsExactly(
            "must run on premises: EKS node groups run in AWS regions; EKS Hybrid Nodes"
                + " joins your own hardware");
  }

  /** Of the Kubernetes platforms, only EKS Hybrid Nodes runs on premises. */
  @Test
  void anOnPremisesServiceFitsOnlyHybridNodes() {
    Service s = service(200_000, 1e6, 1e6, true, true, true, true);
    java.util.List<String> fit = new java.util.ArrayList<>();
    for (Platform p : MODEL.platforms()) {
      if (p.blockedBy(s).isEmpty()) {
        fit.add(p.id());
      }
    }
    assertThat(fit).containsExactly("aws-eks-hybrid-nodes");
  }
}
