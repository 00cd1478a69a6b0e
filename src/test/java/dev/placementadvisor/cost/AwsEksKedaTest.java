package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.GcpPlatformsTest.build;
import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.TrafficPattern;
import dev.placementadvisor.inventory.TrafficProfile;
import dev.placementadvisor.inventory.Workload;
import dev.placementadvisor.result.CostLine;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * EKS with KEDA: the node-group cluster's formula with a batch or event-driven service's replicas
 * scaled to zero between runs, so its share of a shared cluster's nodes follows its work instead of
 * two replicas all month.
 */
class AwsEksKedaTest {
  static Service service(
      String name, TrafficPattern pattern, double requests, double cpuMs, int memoryMb) {
    TrafficProfile t = new TrafficProfile(null, pattern, requests, 1.5, 0);
    return new Service(
        name,
        Location.ofFile("s"),
        t,
        null,
        cpuMs,
        memoryMb,
        Workload.MIXED,
        false,
        false,
        false,
        cpuMs / 1000,
        false,
        false,
        false,
        ApiGateway.NONE,
        false,
        0,
        Set.of(),
        Architecture.X86_64,
        cpuMs,
        true);
  }

  private static double nodesLine(Platform p, Service s, double[] others) {
    Bill bill = Bill.withLines();
    p.price(s, s.traffic().requestsPerMonth(), others, bill);
    return bill.cost(p).lines().stream()
        .filter(l -> l.item().startsWith("Nodes"))
        .mapToDouble(CostLine::amount)
        .sum();
  }

  private static double[] usage(Platform p, Service s) {
    double[] u = new double[p.dimensions()];
    p.usage(s, s.traffic().requestsPerMonth(), u, 0);
    return u;
  }

  /**
   * Beside a busy steady service, a nightly batch job pays for the nodes its work needs, not for
   * two replicas of 2 GB all month: on EKS as Kubernetes Jobs, on KEDA as replicas scaled to zero,
   * the same nodes; the steady service's own bill is the same on both.
   */
  @Test
  void aBatchJobSharesTheClusterByItsWorkNotByTwoIdleReplicas() {
    KubernetesSettings k = KubernetesSettings.defaults();
    Platform eks = build(Platforms.AWS_EKS, k, false);
    Platform keda = build(Platforms.AWS_EKS_KEDA, k, false);
    Service steady = service("api", TrafficPattern.STEADY, 5e8, 40, 512);
    Service batch = service("job", TrafficPattern.BATCH, 3e4, 2_000, 2_048);
    // Two replicas of 2 GB all month at 70% on m5.large (8 GiB, $0.096 an hour).
    double alwaysOn = 2 * 2 / 0.7 / 8 * 0.096 * 730;

    double onEks = nodesLine(eks, batch, usage(eks, steady));
    double onKeda = nodesLine(keda, batch, usage(keda, steady));

    assertThat(onKeda).isPositive().isLessThan(alwaysOn / 10);
    assertThat(onEks).isEqualTo(onKeda);
    Bill text = Bill.withLines();
    keda.price(batch, 3e4, usage(keda, steady), text);
    assertThat(text.cost(keda).lines().get(0).formula())
        .contains("while it runs 1 replicas x 2,048 MB")
        .contains("between runs 0 replicas");
    assertThat(usage(keda, steady)).containsExactly(usage(eks, steady));
  }

  /**
   * Event-driven work is not a job: EKS keeps two replicas or more at every level, KEDA scales them
   * with the work, so KEDA's share of the nodes is smaller.
   */
  @Test
  void kedaScalesEventDrivenReplicasThatEksKeepsAtTwo() {
    KubernetesSettings k = KubernetesSettings.defaults();
    Platform eks = build(Platforms.AWS_EKS, k, false);
    Platform keda = build(Platforms.AWS_EKS_KEDA, k, false);
    Service steady = service("api", TrafficPattern.STEADY, 5e8, 40, 512);
    Service events = service("q", TrafficPattern.EVENT_DRIVEN, 3e4, 2_000, 2_048);

    double onEks = nodesLine(eks, events, usage(eks, steady));
    double onKeda = nodesLine(keda, events, usage(keda, steady));

    assertThat(onKeda).isPositive().isLessThan(onEks / 10);
  }

  @Test
  void onlyBatchAndEventDrivenWorkAndOnlyWhereNamed() {
    Platform keda = build(Platforms.AWS_EKS_KEDA, false);

    assertThat(keda.blockedBy(service("job", TrafficPattern.BATCH, 1e4, 100, 256))).isEmpty();
    assertThat(keda.blockedBy(service("q", TrafficPattern.EVENT_DRIVEN, 1e4, 100, 256))).isEmpty();
    assertThat(keda.blockedBy(service("api", TrafficPattern.STEADY, 1e4, 100, 256)))
        .containsExactly("traffic pattern steady: KEDA scales batch and event-driven work to zero");
    assertThat(Platforms.AWS_EKS_KEDA.option()).isTrue();
    assertThat(Platforms.AWS_EKS_KEDA.perRequest()).isFalse();
    assertThat(List.copyOf(Platforms.AWS_EKS_KEDA.prices())).isEqualTo(Platforms.AWS_EKS.prices());
  }
}
