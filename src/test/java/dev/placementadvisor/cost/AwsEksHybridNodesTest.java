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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EKS Hybrid Nodes' formula: the vCPU of the on-premises nodes a service needs, sized as a
 * node-group cluster sizes its nodes, billed per vCPU-hour on tiers the account shares, plus its
 * share of the control plane; the machines are not priced. And the rule that keeps it honest: only
 * a service that must run on premises may run on it, and such a service may not run on EKS node
 * groups. No worked example of Hybrid Nodes was found on AWS's page; the figure reproduced is the
 * research's own (100 vCPUs all month at the first tier's $0.020).
 */
class AwsEksHybridNodesTest {
  private static final PriceCatalog CATALOG = CatalogLoader.bundled();

  @TempDir Path dir;

  static Platform hybrid(KubernetesSettings cluster) {
    return Platforms.AWS_EKS_HYBRID_NODES
        .factory()
        .create(new Platforms.Setting(CATALOG, cluster, false, Location.ofFile("t")));
  }

  static Platform hybrid() {
    return hybrid(KubernetesSettings.defaults());
  }

  /**
   * A steady service on premises with {@code cores} cores busy on average (1 s of CPU a request).
   */
  static Service busy(double cores, int memoryMb) {
    return service(cores * 2_628_000, 1000, memoryMb, false, true);
  }

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

  static BigDecimal cents(double usd) {
    return BigDecimal.valueOf(usd).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * 100 vCPUs all month: 100 x 730 h x $0.020 = $1,460.00 (the research's figure, at the first
   * tier), plus the control plane's $73.00. At 100% target utilisation 100 busy cores need 100
   * vCPU: 50 nodes of t3.medium's 2 vCPU, or 6.25 of c5.4xlarge's 16; the node's shape does not
   * change the vCPU billed.
   */
  @Test
  void oneHundredVcpusAllMonthCost1460Dollars() {
    for (String type : new String[] {"t3.medium", "c5.4xlarge"}) {
      Platform p = hybrid(new KubernetesSettings(type, 2, 1.0, true, null));
      Map<String, Double> l = lines(p, busy(100, 256), p.alone());
      assertThat(cents(l.get("eks.hybridNodes.vcpuHour"))).as(type).isEqualByComparingTo("1460.00");
      assertThat(cents(l.get("eks.controlPlane"))).isEqualByComparingTo("73.00");
      assertThat(cents(l.get("total"))).isEqualByComparingTo("1533.00");
      assertThat(l.keySet())
          .containsExactly("eks.hybridNodes.vcpuHour", "eks.controlPlane", "total");
    }
  }

  /**
   * A small service on the default cluster (m5.large's shape, 70%, autoscaling): 1M requests x 100
   * ms of CPU = 0.038 cores busy, 0.054 vCPU; its two replicas' 512 MB at 70% = 1.4286 GiB = 0.1786
   * of an 8-GiB node, which is what it needs: 0.3571 vCPU x 730 h x $0.020 = $5.21, plus $73.00 of
   * control plane. Without autoscaling the cluster is whole nodes: one, 2 vCPU = $29.20.
   */
  @Test
  void aSmallServicePaysTheVcpuOfTheNodesItsMemoryNeeds() {
    Service s = service(1e6, 100, 512, false, true);
    Map<String, Double> l = lines(hybrid(), s, hybrid().alone());
    double vcpu = 2 * 0.5 / 0.7 / 8 * 2;
    assertThat(l.get("eks.hybridNodes.vcpuHour")).isCloseTo(vcpu * 730 * 0.020, within(1e-9));
    assertThat(cents(l.get("total"))).isEqualByComparingTo("78.21");

    Platform whole = hybrid(new KubernetesSettings("t3.medium", 2, 0.7, false, null));
    assertThat(lines(whole, s, whole.alone()).get("eks.hybridNodes.vcpuHour"))
        .isCloseTo(2 * 730 * 0.020, within(1e-9));
  }

  /**
   * The tiers are the account's: 600 and 400 vCPUs all month are 730,000 vCPU-hours, 576,000 at
   * $0.020 and 154,000 at $0.014 = $13,676.00, which the two services share 60/40 ($8,205.60 and
   * $5,470.40), as they share the control plane.
   */
  @Test
  void theAccountsVcpuHoursShareTheTiers() {
    Platform p = hybrid(new KubernetesSettings("t3.medium", 2, 1.0, true, null));
    Service a = busy(600, 128);
    Service b = busy(400, 128);
    double[] ua = new double[p.dimensions()];
    double[] ub = new double[p.dimensions()];
    p.usage(a, a.traffic().requestsPerMonth(), ua, 0);
    p.usage(b, b.traffic().requestsPerMonth(), ub, 0);
    Map<String, Double> la = lines(p, a, ub);
    Map<String, Double> lb = lines(p, b, ua);
    assertThat(cents(la.get("eks.hybridNodes.vcpuHour"))).isEqualByComparingTo("8205.60");
    assertThat(cents(lb.get("eks.hybridNodes.vcpuHour"))).isEqualByComparingTo("5470.40");
    assertThat(la.get("eks.hybridNodes.vcpuHour") + lb.get("eks.hybridNodes.vcpuHour"))
        .isCloseTo(576_000 * 0.020 + 154_000 * 0.014, within(1e-6));
    assertThat(la.get("eks.controlPlane") + lb.get("eks.controlPlane")).isCloseTo(73, within(1e-9));
    assertThat(la.get("eks.controlPlane")).isCloseTo(0.6 * 73, within(1e-9));
  }

  /** A GPU on premises is the customer's hardware: its node is sized as any other's. */
  @Test
  void aGpuServiceIsSizedOnTheNodeShapeAndNoMachineIsPriced() {
    Service gpu = service(1e6, 100, 512, true, true);
    Map<String, Double> l = lines(hybrid(), gpu, hybrid().alone());
    assertThat(l.get("eks.hybridNodes.vcpuHour"))
        .isEqualTo(
            lines(hybrid(), service(1e6, 100, 512, false, true), hybrid().alone())
                .get("eks.hybridNodes.vcpuHour"));
    assertThat(l.keySet()).containsExactly("eks.hybridNodes.vcpuHour", "eks.controlPlane", "total");
  }

  /** explain says what is not priced. */
  @Test
  void explainSaysTheMachinesAreNotPriced() {
    Bill bill = Bill.withLines();
    hybrid().price(busy(3, 512), 3 * 2_628_000, hybrid().alone(), bill);
    assertThat(bill.cost(hybrid()).lines().get(0).formula())
        .contains("m5.large's shape, on premises")
        .contains(" vCPU x 730 h = ")
        .contains("the machines, their power and network are yours and not priced");
  }

  /**
   * Only a service that must run on premises: any other would always look cheapest on machines that
   * are not priced. And a service that must, may not run on EKS node groups.
   */
  @Test
  void hybridNodesTakeOnPremisesServicesOnlyAndNodeGroupsNone() {
    Platform eks =
        Platforms.AWS_EKS
            .factory()
            .create(
                new Platforms.Setting(
                    CATALOG, KubernetesSettings.defaults(), false, Location.ofFile("t")));
    Service cloud = service(1e6, 100, 512, false, false);
    Service onPremises = service(1e6, 100, 512, true, true);

    assertThat(hybrid().blockedBy(cloud))
        .containsExactly("runs on your own hardware: for services that must run on premises");
    assertThat(hybrid().blockedBy(onPremises)).isEmpty();
    assertThat(eks.blockedBy(cloud)).isEmpty();
    assertThat(eks.blockedBy(onPremises))
        .containsExactly(
            "must run on premises: EKS node groups run in AWS regions; EKS Hybrid Nodes joins your"
                + " own hardware");
  }

  /**
   * Through the engine: an on-premises service's Kubernetes platform is Hybrid Nodes by default; an
   * organization that allows only the earlier platforms still gets EKS node groups' price (the only
   * candidate, blocked, priced for comparison); a service in the cloud never gets Hybrid Nodes,
   * however cheap its unpriced machines look.
   */
  @Test
  void theEngineTakesHybridNodesExactlyForOnPremisesServices() throws Exception {
    String onPremises =
        "services:\n  - name: ledger\n    traffic: {pattern: steady,"
            + " requestsPerMonth: 20M}\n    runtime: java\n    onPremises: true\n";
    ObjectMapper json = new ObjectMapper();

    JsonNode s = assess(json, "", onPremises);
    assertThat(s.get("platform").asText()).isEqualTo("aws-eks-hybrid-nodes");
    assertThat(quote(s, "aws-eks").get("feasible").asBoolean()).isFalse();
    assertThat(s.get("monthlyCost").get("kubernetes").decimalValue())
        .isEqualByComparingTo(quote(s, "aws-eks-hybrid-nodes").get("monthlyCost").decimalValue());

    JsonNode before =
        assess(json, "  platforms: [aws-lambda, aws-eks, cloudflare-workers]\n", onPremises);
    assertThat(before.get("platform").asText()).isEqualTo("aws-eks");
    assertThat(before.get("monthlyCost").get("kubernetes").decimalValue())
        .isEqualByComparingTo(quote(s, "aws-eks").get("monthlyCost").decimalValue());

    JsonNode cloud =
        assess(
            json,
            "",
            onPremises.replace(
                "    onPremises: true\n", "    stateful: true\n    persistentConnections: true\n"));
    assertThat(cloud.get("platform").asText()).isEqualTo("aws-eks");
    JsonNode hybridQuote = quote(cloud, "aws-eks-hybrid-nodes");
    assertThat(hybridQuote.get("feasible").asBoolean()).isFalse();
    assertThat(hybridQuote.get("monthlyCost").decimalValue())
        .isLessThan(quote(cloud, "aws-eks").get("monthlyCost").decimalValue());
  }

  private JsonNode assess(ObjectMapper json, String organization, String services)
      throws Exception {
    Path p = dir.resolve("inventory.yaml");
    Files.writeString(p, "version: 1\norganization:\n  engineers: 4\n" + organization + services);
    CliRunner.Result r = CliRunner.run("assess", p.toString(), "--format", "json");
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
}
