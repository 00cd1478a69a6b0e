package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.TrafficPattern;
import dev.placementadvisor.inventory.TrafficProfile;
import dev.placementadvisor.inventory.Workload;
import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.result.CostLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * AWS Fargate's formula: tasks sized as EKS sizes replicas, each the smallest Fargate task size
 * that holds its CPU and memory, all month, behind a load balancer shared by the tasks' cost; and
 * what keeps a service off Fargate. The Fargate pricing page's worked examples
 * (https://aws.amazon.com/fargate/pricing/, Examples 1 to 3: tasks that run a few minutes or an
 * hour a day) are reproduced to the cent as jobs through {@code advisor assess}, less their
 * ephemeral storage line, which the model does not price; Example 4 (Windows) has no inventory
 * form. A service that runs all month is checked against the arithmetic by hand.
 */
class AwsFargateTest {
  private static final PriceCatalog CATALOG = CatalogLoader.bundled();
  private static final double SECONDS = 730 * 3600.0;

  static Platform fargate(KubernetesSettings cluster) {
    return Platforms.AWS_FARGATE
        .factory()
        .create(new Platforms.Setting(CATALOG, cluster, false, Location.ofFile("t")));
  }

  static Platform fargate() {
    return fargate(KubernetesSettings.defaults());
  }

  /** A service with {@code cpuMs} of CPU a request; steady, peak 1.5x the average. */
  static Service service(
      double requests, double cpuMs, int memoryMb, Architecture arch, double logsGb) {
    TrafficProfile t = new TrafficProfile(null, TrafficPattern.STEADY, requests, 1.5, 0);
    return new Service(
        "s",
        Location.ofFile("s"),
        t,
        null,
        cpuMs * 2,
        memoryMb,
        Workload.MIXED,
        false,
        false,
        false,
        1,
        false,
        false,
        false,
        ApiGateway.NONE,
        false,
        logsGb,
        Set.of(),
        arch,
        cpuMs,
        true);
  }

  /** The service priced alone, line amounts by catalog id. */
  static Map<String, Double> lines(Platform p, Service s) {
    Bill bill = Bill.withLines();
    p.price(s, s.traffic().requestsPerMonth(), p.alone(), bill);
    Map<String, Double> out = new LinkedHashMap<>();
    for (CostLine l : bill.cost(p).lines()) {
      out.put(l.priceId(), l.amount());
    }
    out.put("total", bill.total());
    return out;
  }

  @Test
  void eachTaskIsTheSmallestFargateSizeThatHoldsItsCpuAndMemory() {
    assertThat(AwsFargate.size(0, 0.125)).isEqualTo(new AwsFargate.Size(0.25, 0.5));
    assertThat(AwsFargate.size(0.25, 0.5)).isEqualTo(new AwsFargate.Size(0.25, 0.5));
    assertThat(AwsFargate.size(0.2, 0.6)).isEqualTo(new AwsFargate.Size(0.25, 1));
    assertThat(AwsFargate.size(0.2, 2)).isEqualTo(new AwsFargate.Size(0.25, 2));
    assertThat(AwsFargate.size(0.2, 2.5)).isEqualTo(new AwsFargate.Size(0.5, 3));
    assertThat(AwsFargate.size(0.3, 0.5)).isEqualTo(new AwsFargate.Size(0.5, 1));
    assertThat(AwsFargate.size(0.9, 3.5)).isEqualTo(new AwsFargate.Size(1, 4));
    assertThat(AwsFargate.size(1, 0.5)).isEqualTo(new AwsFargate.Size(1, 2));
    assertThat(AwsFargate.size(0.2, 9)).isEqualTo(new AwsFargate.Size(2, 9));
    assertThat(AwsFargate.size(1.5, 1)).isEqualTo(new AwsFargate.Size(2, 4));
    assertThat(AwsFargate.size(0.2, 16.5)).isEqualTo(new AwsFargate.Size(4, 17));
    assertThat(AwsFargate.size(0.2, 30.5)).isEqualTo(new AwsFargate.Size(8, 32));
    assertThat(AwsFargate.size(0.2, 60)).isEqualTo(new AwsFargate.Size(8, 60));
    assertThat(AwsFargate.size(0.2, 61)).isEqualTo(new AwsFargate.Size(16, 64));
    assertThat(AwsFargate.size(0.2, 120)).isEqualTo(new AwsFargate.Size(16, 120));
    // Beyond the largest task (a service that needs it is blocked): priced in the last steps.
    assertThat(AwsFargate.size(0.2, 130)).isEqualTo(new AwsFargate.Size(16, 136));
    // A share of a whole vCPU that rounding pushes a hair above one still fits a 1-vCPU task.
    assertThat(AwsFargate.size(1 + 1e-12, 2)).isEqualTo(new AwsFargate.Size(1, 2));
  }

  @Test
  void theLargestTaskIsTheCatalogsLimit() {
    assertThat(AwsFargate.LARGEST_GB).isEqualTo(CATALOG.quantity("fargate.maxMemoryGb"));
  }

  /**
   * 1M requests a month x 100 ms of CPU = 0.038052 cores busy on average; / 70% = 0.054361 vCPU:
   * two tasks (for availability) of 0.027 vCPU and 512 MB each, so 0.25 vCPU and 0.5 GB.
   */
  @Test
  void aSmallServiceRunsTwoOfTheSmallestTasksAllMonth() {
    Map<String, Double> x86 = lines(fargate(), service(1e6, 100, 512, Architecture.X86_64, 0));
    assertThat(x86.get("fargate.vcpuHour.x86_64"))
        .isCloseTo(2 * 0.25 * 0.04048 * 730, within(1e-9));
    assertThat(x86.get("fargate.gbHour.x86_64")).isCloseTo(2 * 0.5 * 0.004445 * 730, within(1e-9));
    assertThat(x86.get("alb.hour")).isCloseTo(730 * 0.0225, within(1e-9));
    assertThat(x86.get("alb.lcu")).isCloseTo(1e6 / SECONDS / 25 * 0.008 * 730, within(1e-9));
    // $14.7752 + $3.24485 + $16.425 + $0.088889 = $34.533939
    assertThat(Math.round(x86.get("total") * 100) / 100.0).isEqualTo(34.53);

    Map<String, Double> arm = lines(fargate(), service(1e6, 100, 512, Architecture.ARM64, 0));
    assertThat(arm.get("fargate.vcpuHour.arm64")).isCloseTo(2 * 0.25 * 0.03238 * 730, within(1e-9));
    assertThat(arm.get("fargate.gbHour.arm64")).isCloseTo(2 * 0.5 * 0.00356 * 730, within(1e-9));
    assertThat(arm).doesNotContainKey("fargate.vcpuHour.x86_64");
  }

  /**
   * 100M requests x 100 ms of CPU = 3.8052 cores on average. Steady, x1.5 for 8 h a day: 5.7078
   * cores at peak / 70% = 8.1541 vCPU, nine tasks, for a third of the month; 2.8539 cores off-peak
   * = 4.0770 vCPU, five tasks, for the rest; each a 1-vCPU task holding at least 2 GB.
   */
  @Test
  void aBusyServiceRunsOneTaskPerVcpuItNeeds() {
    Map<String, Double> l = lines(fargate(), service(1e8, 100, 512, Architecture.X86_64, 0));
    double tasks = 9 / 3.0 + 5 * 2 / 3.0;
    assertThat(l.get("fargate.vcpuHour.x86_64")).isCloseTo(tasks * 1 * 0.04048 * 730, within(1e-9));
    assertThat(l.get("fargate.gbHour.x86_64")).isCloseTo(tasks * 2 * 0.004445 * 730, within(1e-9));
    // Without autoscaling the peak (1.5x) is sized all month: 8.1541 vCPU, nine tasks.
    KubernetesSettings fixed = new KubernetesSettings("t3.medium", 2, 0.7, false, null);
    Map<String, Double> peak =
        lines(fargate(fixed), service(1e8, 100, 512, Architecture.X86_64, 0));
    assertThat(peak.get("fargate.vcpuHour.x86_64")).isCloseTo(9 * 0.04048 * 730, within(1e-9));
  }

  @Test
  void aMemoryHungryServiceGetsALargerTask() {
    // 20,480 MB = 20 GB: the 4-vCPU size (8-30 GB); two of them.
    Map<String, Double> l = lines(fargate(), service(1e6, 100, 20_480, Architecture.X86_64, 0));
    assertThat(l.get("fargate.vcpuHour.x86_64")).isCloseTo(2 * 4 * 0.04048 * 730, within(1e-9));
    assertThat(l.get("fargate.gbHour.x86_64")).isCloseTo(2 * 20 * 0.004445 * 730, within(1e-9));
  }

  @Test
  void logsAreTheServicesOwnLine() {
    Map<String, Double> l = lines(fargate(), service(1e6, 100, 512, Architecture.X86_64, 3));
    assertThat(l.get("cloudwatch.logs.ingestion")).isCloseTo(1.5, within(1e-12));
    assertThat(lines(fargate(), service(1e6, 100, 512, Architecture.X86_64, 0)))
        .doesNotContainKey("cloudwatch.logs.ingestion");
  }

  /** The tasks' busy cores are EKS's: the same arithmetic, in one place. */
  @Test
  void fargateSizesFromTheCoresEksSizesReplicasFrom() {
    KubernetesSettings k = KubernetesSettings.defaults();
    NodeSizing eks =
        new NodeSizing(k, CATALOG.instances().get(k.instanceType()), CATALOG, true, false);
    Service s = service(3e7, 40, 256, Architecture.X86_64, 0);
    assertThat(eks.demand(s, 3e7).load()).isEqualTo(Replicas.load(k, SECONDS, s, 3e7));
    assertThat(Replicas.of(2.5)).isEqualTo(3);
    assertThat(Replicas.of(0.1)).isEqualTo(2);
  }

  /**
   * The account's one load balancer is shared by the tasks' hourly cost, as EKS shares its own: the
   * two services' shares add up to one ALB, each in proportion to its weight.
   */
  @Test
  void theLoadBalancerIsSharedByTheTasksCost() {
    Platform p = fargate();
    Service small = service(1e6, 100, 512, Architecture.X86_64, 0);
    Service big = service(1e8, 100, 4096, Architecture.ARM64, 0);
    double[] u = new double[2 * p.dimensions()];
    p.usage(small, 1e6, u, 0);
    p.usage(big, 1e8, u, p.dimensions());
    double[] total = Usage.none(p.dimensions());
    Usage.add(total, u, 0);
    Usage.add(total, u, p.dimensions());
    double albSum = 0;
    for (int i = 0; i < 2; i++) {
      Service s = i == 0 ? small : big;
      Bill bill = Bill.withLines();
      p.price(
          s, s.traffic().requestsPerMonth(), Usage.othersThan(total, u, i * p.dimensions()), bill);
      for (CostLine l : bill.cost(p).lines()) {
        if ("alb.hour".equals(l.priceId())) {
          double weight = u[i * p.dimensions() + AwsFargate.WEIGHT];
          assertThat(l.amount())
              .isCloseTo(730 * 0.0225 * weight / total[AwsFargate.WEIGHT], within(1e-9));
          assertThat(l.formula()).contains("its share");
          albSum += l.amount();
        }
      }
    }
    assertThat(albSum).isCloseTo(730 * 0.0225, within(1e-9));
  }

  @Test
  void fargateHoldsConnectionsAndLongRunsButNoGpuStateOrPremises() {
    Platform p = fargate();
    assertThat(
            p.blockedBy(PlatformLimitsTest.service(122_880, 7_200, 10, false, true, false, false)))
        .isEmpty();
    assertThat(p.blockedBy(PlatformLimitsTest.service(122_881, 1, 10, true, false, true, true)))
        .containsExactly(
            "needs a GPU: Fargate tasks have none",
            "122,881 MB exceeds Fargate's largest task, 120 GB",
            "keeps state in the process: Fargate replaces tasks at will",
            "must run on premises: Fargate runs only in AWS regions");
    assertThat(Platforms.AWS_FARGATE.limits(CATALOG)).startsWith("memory up to 120 GB a task");
  }

  /**
   * A published example's bill: {@code monthlyCost.serverless} of the one-service inventory, and
   * the aws-fargate platform's vCPU and memory lines as {@code assess --format json} prints them.
   * Each line's exact amount, at the catalog's hourly rates, rounds to the printed cents, and so
   * does their unrounded sum: the provider's rounding (lines, then the sum) and the model's (the
   * sum, once) agree.
   */
  private static void reproduces(
      String fixture, String arch, String vcpuExact, String memoryExact, String total) {
    JsonNode service = AbstractCostCliTest.firstService(AbstractCostCliTest.fixture(fixture));
    assertThat(AbstractCostCliTest.cost(service, "serverless"))
        .as("monthlyCost.serverless of %s", fixture)
        .isEqualByComparingTo(total);
    Map<String, BigDecimal> printed = new LinkedHashMap<>();
    for (JsonNode p : service.path("platforms")) {
      if ("aws-fargate".equals(p.path("id").asText())) {
        for (JsonNode l : p.path("lines")) {
          printed.put(l.path("price").asText(), l.path("monthlyCost").decimalValue());
        }
      }
    }
    BigDecimal vcpu = new BigDecimal(vcpuExact);
    BigDecimal memory = new BigDecimal(memoryExact);
    assertThat(printed).containsOnlyKeys("fargate.vcpuHour." + arch, "fargate.gbHour." + arch);
    assertThat(printed.get("fargate.vcpuHour." + arch))
        .isEqualByComparingTo(vcpu.setScale(2, RoundingMode.HALF_UP));
    assertThat(printed.get("fargate.gbHour." + arch))
        .isEqualByComparingTo(memory.setScale(2, RoundingMode.HALF_UP));
    assertThat(vcpu.setScale(2, RoundingMode.HALF_UP).add(memory.setScale(2, RoundingMode.HALF_UP)))
        .isEqualByComparingTo(total);
    assertThat(vcpu.add(memory).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(total);
  }

  /**
   * F1, the Fargate pricing page's Example 1 (https://aws.amazon.com/fargate/pricing/): "5 ECS
   * Tasks that run for 10 minutes (600 seconds) every day for a month (30 days)", each "1 vCPU, 2GB
   * memory, and 30 GB ephemeral storage", Linux/x86. Published: vCPU 5 x 1 x $0.000011244 x 600 x
   * 30 = $1.01; memory 5 x 2 x $0.000001235 x 600 x 30 = $0.22; ephemeral storage 5 x 10 x
   * $0.0000000308 x 600 x 30 = $0.03 (not modelled: the inventory has no storage size); $1.26. The
   * page's per-second rates are the catalog's hourly ones / 3,600 ($0.04048, $0.004445). The model,
   * without the storage line: 25 task-hours x 1 vCPU x $0.04048 = $1.012; 25 x 2 GB x $0.004445 =
   * $0.22225; $1.23, the published lines' $1.01 + $0.22.
   */
  @Test
  void f1PublishedExampleOneEcsTasksOnX86() {
    reproduces("cost-fargate-ecs-x86.yaml", "x86_64", "1.012", "0.22225", "1.23");
  }

  /** A job's tasks between runs are none, and its arithmetic says so, not "0 task(s) of ...". */
  @Test
  void jobArithmeticSaysNoTasksBetweenRuns() {
    String explained =
        AbstractCostCliTest.text(
            "explain",
            AbstractCostCliTest.fixture("cost-fargate-ecs-x86.yaml").toString(),
            "fargate-ecs-x86");
    assertThat(explained)
        .contains("5 task(s) of 1 vCPU, 2 GB")
        .contains("of the month, none otherwise")
        .doesNotContain("0 task(s)");
  }

  /**
   * F2, the page's Example 2: Example 1 on Arm (Graviton2), Linux/ARM, "CPU cost: $0.0000089944 per
   * vCPU second, memory cost: $0.0000009889 per GB per second" ($0.03238 and $0.00356 an hour).
   * Published: vCPU 5 x 1 x $0.0000089944 x 600 x 30 = $0.81; memory 5 x 2 x $0.0000009889 x 600 x
   * 30 = $0.18; ephemeral storage $0.03 (not modelled); $1.02. The model: 25 x $0.03238 = $0.8095;
   * 50 GB-hours x $0.00356 = $0.178; $0.99.
   */
  @Test
  void f2PublishedExampleTwoEcsTasksOnArm() {
    reproduces("cost-fargate-ecs-arm.yaml", "arm64", "0.8095", "0.178", "0.99");
  }

  /**
   * F3, the page's Example 3: "10 EKS Pods running for 1 hour (3600 seconds) every day for a month
   * (30 days)", each 0.25 vCPU and 1 GB. Published: vCPU 10 x 0.25 x $0.000011244 x 3,600 x 30 =
   * $3.04; memory 10 x 1 x $0.000001235 x 3,600 x 30 = $1.33; $4.37. The model sizes a job's tasks
   * one per vCPU, so the inventory writes the same 300 task-hours as 300 one-hour runs of one
   * 0.25-vCPU, 1-GB task (Fargate bills task-seconds; EKS pods bill ECS tasks' Linux/x86 rates): 75
   * vCPU-hours x $0.04048 = $3.036; 300 GB-hours x $0.004445 = $1.3335; $4.37.
   */
  @Test
  void f3PublishedExampleThreeEksPodsAsTaskHours() {
    reproduces("cost-fargate-pods.yaml", "x86_64", "3.036", "1.3335", "4.37");
  }
}
