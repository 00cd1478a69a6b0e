package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.placementadvisor.testing.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EKS Auto Mode's formula: EKS node groups' lines, the same numbers from the same code, plus the
 * management fee per instance-hour of the nodes each service pays for; what keeps a service off
 * Auto Mode; and that Auto Mode is chosen only where EKS node groups are not allowed. No published
 * worked example of Auto Mode was found (its fee table is not in a stored copy of AWS's page), so
 * the amounts are checked against the arithmetic by hand, with the catalog's estimated fees.
 */
class AwsEksAutoTest {
  private static final PriceCatalog CATALOG = CatalogLoader.bundled();
  private static final double SECONDS = 730 * 3600.0;

  @TempDir Path dir;

  static Platform build(Platforms.Info info, PriceCatalog c, KubernetesSettings cluster) {
    return info.factory().create(new Platforms.Setting(c, cluster, false, Location.ofFile("t")));
  }

  static Platform auto() {
    return build(Platforms.AWS_EKS_AUTO, CATALOG, KubernetesSettings.defaults());
  }

  static Platform eks() {
    return build(Platforms.AWS_EKS, CATALOG, KubernetesSettings.defaults());
  }

  /** A steady service with {@code cpuMs} of CPU a request, peak 1.5x the average. */
  static Service service(
      double requests, double cpuMs, int memoryMb, boolean gpu, boolean onPremises) {
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
        gpu,
        1,
        false,
        false,
        onPremises,
        ApiGateway.NONE,
        false,
        0,
        Set.of(),
        Architecture.X86_64,
        cpuMs,
        true);
  }

  /** The service priced with the rest of the account {@code others}, line amounts by catalog id. */
  static Map<String, Double> lines(Platform p, Service s, double[] others) {
    Bill bill = Bill.withLines();
    p.price(s, s.traffic().requestsPerMonth(), others, bill);
    Map<String, Double> out = new LinkedHashMap<>();
    for (CostLine l : bill.cost(p).lines()) {
      out.put(l.priceId(), l.amount());
    }
    out.put("total", bill.total());
    return out;
  }

  static double cents(double usd) {
    return Math.round(usd * 100) / 100.0;
  }

  /**
   * One small service alone on the default cluster (2 x m5.large, 70%, autoscaling): the two nodes
   * of the minimum, the control plane and the ALB, as on EKS node groups, and Auto Mode's fee on
   * the two nodes: 2 x $0.01152 x 730 h = $16.8192.
   */
  @Test
  void aSmallServicePaysEksNodeGroupsBillAndTheFeeOnItsNodes() {
    Service s = service(1e6, 100, 512, false, false);
    Map<String, Double> eks = lines(eks(), s, eks().alone());
    Map<String, Double> auto = lines(auto(), s, auto().alone());
    double lcu = 1e6 / SECONDS / 25 * 0.008 * 730;

    assertThat(eks.get("m5.large")).isCloseTo(2 * 0.096 * 730, within(1e-9));
    assertThat(eks.get("eks.controlPlane")).isCloseTo(73.0, within(1e-9));
    assertThat(eks.get("alb.hour")).isCloseTo(16.425, within(1e-9));
    assertThat(eks.get("alb.lcu")).isCloseTo(lcu, within(1e-12));
    // $140.16 + $73 + $16.425 + $0.088889 = $229.673889
    assertThat(cents(eks.get("total"))).isEqualTo(229.67);

    assertThat(auto.get("eks.autoMode.fee.m5.large")).isCloseTo(2 * 0.01152 * 730, within(1e-9));
    // $229.673889 + $16.8192 = $246.493089
    assertThat(cents(auto.get("total"))).isEqualTo(246.49);
    assertThat(auto.keySet())
        .containsExactly(
            "m5.large",
            "eks.autoMode.fee.m5.large",
            "eks.controlPlane",
            "alb.hour",
            "alb.lcu",
            "total");
  }

  /**
   * Every line but the fee is EKS node groups' own, to the last bit, whatever the service, the
   * account and the cluster: one piece of code prices both.
   */
  @Test
  void autoModesOtherLinesAreEksNodeGroupsLinesExactly() {
    Random r = new Random(5);
    for (Platforms.Setting setting : PlatformFormulaPropertiesTest.settings()) {
      Platform eks = Platforms.AWS_EKS.factory().create(setting);
      Platform auto = Platforms.AWS_EKS_AUTO.factory().create(setting);
      List<Service> rest = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        rest.add(CostFormulaTest.service(r, 100 + i));
      }
      for (int n = 0; n < 60; n++) {
        Service s = CostFormulaTest.service(r, n);
        double v = s.traffic().requestsPerMonth();
        double[] others = PlatformFormulaPropertiesTest.account(eks, rest);
        assertThat(PlatformFormulaPropertiesTest.account(auto, rest)).isEqualTo(others);
        Bill a = Bill.withLines();
        Bill e = Bill.withLines();
        auto.price(s, v, others, a);
        eks.price(s, v, others, e);
        List<CostLine> withoutFee =
            a.cost(auto).lines().stream()
                .filter(l -> !l.priceId().startsWith("eks.autoMode.fee."))
                .toList();
        assertThat(withoutFee).isEqualTo(e.cost(eks).lines());
        assertThat(a.total()).isGreaterThanOrEqualTo(e.total());
      }
    }
  }

  /**
   * The fee follows the nodes a service pays for. At 50% target utilisation, 3 cores busy need 6
   * vCPU = 3 t3.medium nodes and 1 core 1 node: a cluster of 4 nodes, of which the first service
   * pays 3, so 3 nodes' fee: 3 x $0.004992 x 730 = $10.93248; the second pays one.
   */
  @Test
  void theFeeIsChargedOnTheServicesShareOfTheClustersNodes() {
    KubernetesSettings half = new KubernetesSettings("t3.medium", 2, 0.5, true, null);
    Platform p = build(Platforms.AWS_EKS_AUTO, CATALOG, half);
    Service big = service(3 * 2_628_000, 1000, 512, false, false);
    Service small = service(2_628_000, 1000, 512, false, false);
    double[] u = new double[p.dimensions()];
    p.usage(small, small.traffic().requestsPerMonth(), u, 0);
    assertThat(lines(p, big, u).get("eks.autoMode.fee.t3.medium"))
        .isCloseTo(3 * 0.004992 * 730, within(1e-9));
    assertThat(lines(p, big, u).get("t3.medium")).isCloseTo(3 * 0.0416 * 730, within(1e-9));
    p.usage(big, big.traffic().requestsPerMonth(), u, 0);
    assertThat(lines(p, small, u).get("eks.autoMode.fee.t3.medium"))
        .isCloseTo(1 * 0.004992 * 730, within(1e-9));
  }

  /** A GPU service's own GPU nodes pay their type's fee: 2 x g4dn.xlarge x $0.06312 x 730 h. */
  @Test
  void aGpuServicePaysTheFeeOfItsGpuNodes() {
    Map<String, Double> l = lines(auto(), service(1e6, 100, 512, true, false), auto().alone());
    assertThat(l.get("g4dn.xlarge")).isCloseTo(2 * 0.526 * 730, within(1e-9));
    assertThat(l.get("eks.autoMode.fee.g4dn.xlarge")).isCloseTo(2 * 0.06312 * 730, within(1e-9));
    assertThat(l).doesNotContainKey("eks.autoMode.fee.t3.medium");
  }

  /** Every bundled fee is 12% of its type's on-demand price (how they were estimated). */
  @Test
  void everyBundledFeeIsTwelvePercentOfItsTypesOnDemandPrice() {
    int fees = 0;
    for (PriceCatalog.Instance i : CATALOG.instances().values()) {
      PriceCatalog.Price fee = CATALOG.prices().get(AwsEksAuto.feeId(i.type()));
      if (i.provider().equals("aws")) {
        assertThat(fee).as(i.type()).isNotNull();
        assertThat(fee.first()).as(i.type()).isCloseTo(0.12 * i.hourly(), within(1e-12));
        assertThat(fee.confidence()).isEqualTo(PriceCatalog.Confidence.ESTIMATED);
        assertThat(Platforms.AWS_EKS_AUTO.prices()).contains(fee.id());
        fees++;
      } else {
        assertThat(fee).as(i.type()).isNull();
      }
    }
    assertThat(fees).isEqualTo(27);
  }

  @Test
  void autoModeRunsInAwsRegionsOnly() {
    assertThat(auto().blockedBy(service(1e6, 100, 512, true, false))).isEmpty();
    assertThat(auto().blockedBy(service(1e6, 100, 512, false, true)))
        .containsExactly(
            "must run on premises: EKS Auto Mode launches EC2 instances in AWS regions; EKS Hybrid"
                + " Nodes joins your own hardware");
  }

  /**
   * A node type the catalog has no Auto Mode fee for blocks Auto Mode (no fee is guessed), and
   * pricing it for comparison leaves the fee out rather than failing; the same for the GPU type.
   */
  @Test
  void aTypeWithoutAFeeInTheCatalogBlocksAutoMode() {
    Platform noFee =
        build(
            Platforms.AWS_EKS_AUTO,
            without("eks.autoMode.fee.m5.large"),
            KubernetesSettings.defaults());
    Service plain = service(1e6, 100, 512, false, false);
    assertThat(noFee.blockedBy(plain))
        .containsExactly(
            "the node type m5.large has no EKS Auto Mode fee in the pricing catalog"
                + " (eks.autoMode.fee.m5.large)");
    Map<String, Double> l = lines(noFee, plain, noFee.alone());
    assertThat(l).doesNotContainKey("eks.autoMode.fee.m5.large");
    assertThat(l.get("total")).isEqualTo(lines(eks(), plain, eks().alone()).get("total"));
    // A GPU service runs on the GPU type, which has its fee.
    assertThat(noFee.blockedBy(service(1e6, 100, 512, true, false))).isEmpty();

    Platform noGpuFee =
        build(
            Platforms.AWS_EKS_AUTO,
            without("eks.autoMode.fee.g4dn.xlarge"),
            KubernetesSettings.defaults());
    assertThat(noGpuFee.blockedBy(service(1e6, 100, 512, true, false)))
        .containsExactly(
            "needs a GPU: g4dn.xlarge has no EKS Auto Mode fee in the pricing catalog"
                + " (eks.autoMode.fee.g4dn.xlarge)");
    assertThat(noGpuFee.blockedBy(plain)).isEmpty();
  }

  /**
   * Auto Mode is an option: the provider's name leaves it out, its id brings it in. It costs EKS
   * node groups' bill plus its fee, so the engine never chooses it while node groups are allowed;
   * with aws-eks excluded, it is the Kubernetes platform.
   */
  @Test
  void autoModeIsChosenOnlyWhereNodeGroupsAreNotAllowed() throws Exception {
    String service =
        "services:\n  - name: api\n    traffic: {pattern: steady, requestsPerMonth: 20M}\n"
            + "    runtime: java\n    stateful: true\n    persistentConnections: true\n";
    ObjectMapper json = new ObjectMapper();

    Path aws = dir.resolve("aws.yaml");
    Files.writeString(aws, "version: 1\norganization:\n  engineers: 4\n" + service);
    assertThat(assess(json, aws).get("platforms").findValuesAsText("id"))
        .contains("aws-eks")
        .doesNotContain("aws-eks-auto");

    Path all = dir.resolve("all.yaml");
    Files.writeString(
        all,
        "version: 1\norganization:\n  engineers: 4\n"
            + "  platforms: [aws, cloudflare, aws-eks-auto]\n"
            + service);
    JsonNode s = assess(json, all);
    assertThat(s.get("placement").asText()).isEqualTo("kubernetes");
    assertThat(s.get("platform").asText()).isEqualTo("aws-eks");
    JsonNode eks = quote(s, "aws-eks");
    JsonNode auto = quote(s, "aws-eks-auto");
    assertThat(auto.get("feasible").asBoolean()).isTrue();
    assertThat(auto.get("monthlyCost").decimalValue())
        .isGreaterThan(eks.get("monthlyCost").decimalValue());

    Path noNodeGroups = dir.resolve("auto.yaml");
    Files.writeString(
        noNodeGroups,
        "version: 1\norganization:\n  engineers: 4\n  platforms: [aws, aws-eks-auto, -aws-eks]\n"
            + service);
    JsonNode a = assess(json, noNodeGroups);
    assertThat(a.get("platform").asText()).isEqualTo("aws-eks-auto");
    assertThat(a.get("monthlyCost").get("kubernetes").decimalValue())
        .isEqualByComparingTo(auto.get("monthlyCost").decimalValue());
  }

  private static JsonNode assess(ObjectMapper json, Path inventory) throws Exception {
    CliRunner.Result r = CliRunner.run("assess", inventory.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    return json.readTree(r.out()).get("services").get(0);
  }

  private static JsonNode quote(JsonNode service, String id) {
    for (JsonNode q : service.get("platforms")) {
      if (q.get("id").asText().equals(id)) {
        return q;
      }
    }
    throw new AssertionError("no quote for " + id);
  }

  /** The bundled catalog without one price. */
  static PriceCatalog without(String id) {
    Map<String, PriceCatalog.Price> p = new HashMap<>(CATALOG.prices());
    assertThat(p.remove(id)).isNotNull();
    return new PriceCatalog(
        CATALOG.origin(),
        CATALOG.effectiveDate(),
        CATALOG.currency(),
        CATALOG.region(),
        CATALOG.hoursPerMonth(),
        p,
        CATALOG.quantities(),
        CATALOG.instances(),
        CATALOG.kubernetesTax());
  }
}
