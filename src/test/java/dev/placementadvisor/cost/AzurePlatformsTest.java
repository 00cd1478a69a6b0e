package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.ServiceRuntime;
import dev.placementadvisor.inventory.TrafficPattern;
import dev.placementadvisor.inventory.TrafficProfile;
import dev.placementadvisor.inventory.Workload;
import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.result.CostLine;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Azure's platforms, each priced alone in a subscription ({@link Platform#alone}) from the bundled
 * catalog: Microsoft's published Flex Consumption example reproduced to the cent, bills worked out
 * by hand from the catalog's prices and Microsoft's billing rules for the Consumption plan,
 * Container Apps and AKS, the free grants shared by usage, AKS's Free and Standard tiers, and each
 * platform's limits.
 */
class AzurePlatformsTest {
  private static final PriceCatalog CATALOG = CatalogLoader.bundled();

  /** The seconds of a 730-hour month. */
  private static final double MONTH = 730 * 3600.0;

  static Platform build(PriceCatalog c, Platforms.Info info, KubernetesSettings k, boolean free) {
    return info.factory().create(new Platforms.Setting(c, k, free, Location.ofFile("t")));
  }

  static Platform build(Platforms.Info info, boolean freeTier) {
    return build(CATALOG, info, KubernetesSettings.defaults(), freeTier);
  }

  /** A steady HTTP service. */
  static Service service(
      double requests, double durationMs, int memoryMb, Workload workload, ServiceRuntime runtime) {
    TrafficProfile t = new TrafficProfile(null, TrafficPattern.STEADY, requests, 1.5, 0);
    return new Service(
        "s",
        Location.ofFile("s"),
        t,
        runtime,
        durationMs,
        memoryMb,
        workload,
        false,
        false,
        false,
        durationMs / 1000,
        false,
        false,
        false,
        ApiGateway.NONE,
        false,
        0,
        Set.of(),
        Architecture.X86_64,
        durationMs / 2,
        true);
  }

  static Service service(double requests, double durationMs, int memoryMb) {
    return service(requests, durationMs, memoryMb, Workload.MIXED, ServiceRuntime.GO);
  }

  /** Each line's amount by catalog price id, and the total, of {@code s} alone on {@code p}. */
  static Map<String, Double> lines(Platform p, Service s) {
    Bill bill = Bill.withLines();
    p.price(s, s.traffic().requestsPerMonth(), p.alone(), bill);
    Map<String, Double> out = new LinkedHashMap<>();
    for (CostLine l : bill.cost(p).lines()) {
      assertThat(l.formula()).as(l.item()).isNotBlank();
      out.merge(l.priceId(), l.amount(), Double::sum);
    }
    out.put("total", bill.total());
    return out;
  }

  static BigDecimal cents(double usd) {
    return Format.cents(usd);
  }

  // ------------------------------------------------------- Functions, Flex Consumption

  /**
   * Microsoft's published Flex Consumption example, "Estimating consumption-based costs"
   * (https://learn.microsoft.com/en-us/azure/azure-functions/functions-consumption-costs, Flex
   * Consumption tab; docs source MicrosoftDocs/azure-docs,
   * articles/azure-functions/functions-consumption-costs.md, ms.date 02/10/2025; read 2026-12-03):
   * an app of HTTP triggers only, 40 constant requests a second, 10 concurrent requests, 2,048 MB
   * instances, no always-ready instances, no free grant, priced per hour at the rates it assumes,
   * $0.000026 per GB-s and $0.40 per million executions (the catalog's).
   *
   * <p>CPU-bound, HTTP concurrency 1: "the app scales to a steady state of roughly 10 instances",
   * 10 x 2 GB x 3600 s x $0.000026 = $1.872 an hour; executions 40 x 3600 = 0.144 million x $0.40 =
   * $0.0576; "the total hourly cost of running on-demand on 10 instances is $1.872 + $0.0576s =
   * $1.9296 USD". The example does not give the duration: 10 concurrent at 40 a second is 250 ms
   * each (concurrency = rate x duration), which the service says. The model prices the month, 730
   * such hours; what it leaves out (storage, networking, Application Insights) the example leaves
   * out too.
   */
  @Test
  void flexReproducesMicrosoftsCpuBoundExample() {
    Service s = service(40 * MONTH, 250, 2048, Workload.COMPUTE_BOUND, ServiceRuntime.DOTNET);
    Map<String, Double> month = lines(build(Platforms.AZURE_FUNCTIONS_FLEX, false), s);
    double time = month.get("azurefunctions.flex.onDemand.gbSecond") / 730;
    double executions = month.get("azurefunctions.flex.onDemand.executions") / 730;
    assertThat(time).isCloseTo(1.872, offset(1e-9));
    assertThat(executions).isCloseTo(0.0576, offset(1e-9));
    assertThat(month.get("total") / 730).isCloseTo(1.9296, offset(1e-9));
    assertThat(cents(month.get("total") / 730)).isEqualByComparingTo("1.93");
    assertThat(cents(month.get("total"))).isEqualByComparingTo("1408.61");
  }

  /**
   * The same example, I/O-bound: "assume you can process all 10 concurrent requests on the same
   * instance", one instance all hour, 2 GB x 3600 s = 7200 GB-s = $0.1872, plus the same $0.0576:
   * "$0.1872 + $0.0576 = $0.245 USD" (published rounded to three places; $0.2448 exactly). The
   * model's default HTTP concurrency of a 2,048-MB instance, 16, holds the 10.
   */
  @Test
  void flexReproducesMicrosoftsIoBoundExample() {
    Service s = service(40 * MONTH, 250, 2048, Workload.IO_BOUND, ServiceRuntime.DOTNET);
    Map<String, Double> month = lines(build(Platforms.AZURE_FUNCTIONS_FLEX, false), s);
    assertThat(month.get("azurefunctions.flex.onDemand.gbSecond") / 730)
        .isCloseTo(0.1872, offset(1e-9));
    assertThat(month.get("total") / 730).isCloseTo(0.2448, offset(1e-9));
    assertThat(new BigDecimal(month.get("total") / 730).setScale(3, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("0.245");
    assertThat(cents(month.get("total"))).isEqualByComparingTo("178.70");
  }

  /**
   * The same published example (both cases above) through a one-service inventory and {@code
   * advisor assess --format json}, so that the inventory's fields (runtime, workload, memory) pick
   * the instance and its concurrency as the example does, and the report prints the month of 730
   * example hours to the cent
   * (https://learn.microsoft.com/en-us/azure/azure-functions/functions-consumption-costs, Flex
   * Consumption tab). 105,120,000 executions = 40 a second x 2,628,000 s; 250 ms each.
   *
   * <p>CPU-bound: 10 instances x 2 GB x 2,628,000 s x $0.000026 = $1,366.56; 105.12M x $0.40 per
   * million = $42.048; $1,408.608, printed $1,408.61 (730 x the published $1.9296). I/O-bound: one
   * instance, $136.656 + $42.048 = $178.704, printed $178.70 (730 x the published $0.2448).
   */
  @Test
  void flexPublishedExampleThroughAnInventory() {
    String[][] cases = {
      {"cost-azure-functions-flex-cpu-bound.yaml", "1366.56", "42.05", "1408.61"},
      {"cost-azure-functions-flex-io-bound.yaml", "136.66", "42.05", "178.70"}
    };
    for (String[] c : cases) {
      com.fasterxml.jackson.databind.JsonNode svc =
          AbstractCostCliTest.firstService(AbstractCostCliTest.fixture(c[0]));
      assertThat(svc.path("platform").asText()).as(c[0]).isEqualTo("azure-functions-flex");
      com.fasterxml.jackson.databind.JsonNode flex = null;
      for (com.fasterxml.jackson.databind.JsonNode p : svc.path("platforms")) {
        if ("azure-functions-flex".equals(p.path("id").asText())) {
          flex = p;
        }
      }
      assertThat(flex).as(c[0]).isNotNull();
      Map<String, BigDecimal> printed = new LinkedHashMap<>();
      for (com.fasterxml.jackson.databind.JsonNode l : flex.path("lines")) {
        printed.put(l.path("price").asText(), AbstractCostCliTest.money(l, "monthlyCost"));
      }
      assertThat(printed.get("azurefunctions.flex.onDemand.gbSecond"))
          .as(c[0])
          .isEqualByComparingTo(c[1]);
      assertThat(printed.get("azurefunctions.flex.onDemand.executions"))
          .as(c[0])
          .isEqualByComparingTo(c[2]);
      assertThat(AbstractCostCliTest.money(flex, "monthlyCost"))
          .as(c[0])
          .isEqualByComparingTo(c[3]);
      assertThat(AbstractCostCliTest.cost(svc, "serverless")).as(c[0]).isEqualByComparingTo(c[3]);
    }
  }

  /**
   * Executions far apart are each an activity period of their own, billed at least 1,000 ms, then
   * in 100-ms steps: 1,000 executions of 50 ms at 256 MB on a 512-MB instance are 1,000 s x 0.5 GB
   * = 500 GB-s; of 1,001 ms, 1,100 s.
   */
  @Test
  void flexBillsEachLoneExecutionAtLeastASecond() {
    Platform flex = build(Platforms.AZURE_FUNCTIONS_FLEX, false);
    assertThat(lines(flex, service(1000, 50, 256)).get("azurefunctions.flex.onDemand.gbSecond"))
        .isCloseTo(500 * 0.000026, offset(1e-12));
    assertThat(lines(flex, service(1000, 1001, 256)).get("azurefunctions.flex.onDemand.gbSecond"))
        .isCloseTo(550 * 0.000026, offset(1e-12));
    // Enough executions to keep one instance active all month cost that month, however short.
    assertThat(lines(flex, service(1e7, 50, 256)).get("azurefunctions.flex.onDemand.gbSecond"))
        .isCloseTo(MONTH * 0.5 * 0.000026, offset(1e-9));
  }

  /**
   * The instance is the smallest of 512, 2,048 and 4,096 MB that holds the service; its HTTP
   * concurrency 16 at 2,048 MB, in proportion to memory (4, 32), one for compute-bound work and for
   * Python.
   */
  @Test
  void flexPicksTheInstanceAndItsConcurrency() {
    AzureFunctionsFlex flex = (AzureFunctionsFlex) build(Platforms.AZURE_FUNCTIONS_FLEX, false);
    assertThat(flex.instanceMemoryMb(service(1, 1, 128))).isEqualTo(512);
    assertThat(flex.instanceMemoryMb(service(1, 1, 512))).isEqualTo(512);
    assertThat(flex.instanceMemoryMb(service(1, 1, 513))).isEqualTo(2048);
    assertThat(flex.instanceMemoryMb(service(1, 1, 2049))).isEqualTo(4096);
    assertThat(flex.concurrency(service(1, 1, 256))).isEqualTo(4);
    assertThat(flex.concurrency(service(1, 1, 1024))).isEqualTo(16);
    assertThat(flex.concurrency(service(1, 1, 4096))).isEqualTo(32);
    assertThat(flex.concurrency(service(1, 1, 4096, Workload.COMPUTE_BOUND, ServiceRuntime.GO)))
        .isEqualTo(1);
    assertThat(flex.concurrency(service(1, 1, 4096, Workload.IO_BOUND, ServiceRuntime.PYTHON)))
        .isEqualTo(1);
  }

  /** The free grant: 250,000 executions and 100,000 GB-s a month, on demand. */
  @Test
  void flexFreeGrant() {
    Service s = service(1e6, 2000, 2048, Workload.COMPUTE_BOUND, ServiceRuntime.JAVA);
    // 1M x 2 s x 2 GB = 4,000,000 GB-s (below a month's instance, so each execution alone).
    Map<String, Double> free = lines(build(Platforms.AZURE_FUNCTIONS_FLEX, true), s);
    assertThat(free.get("azurefunctions.flex.onDemand.gbSecond"))
        .isCloseTo(3_900_000 * 0.000026, offset(1e-9));
    assertThat(free.get("azurefunctions.flex.onDemand.executions"))
        .isCloseTo(0.75 * 0.40, offset(1e-12));
    assertThat(cents(free.get("total"))).isEqualByComparingTo("101.70");
  }

  @Test
  void flexLimits() {
    Platform flex = build(Platforms.AZURE_FUNCTIONS_FLEX, false);
    assertThat(
            flex.blockedBy(PlatformLimitsTest.service(4096, 3600, 10, false, false, false, false)))
        .isEmpty();
    assertThat(
            flex.blockedBy(PlatformLimitsTest.service(4097, 3601, 10, false, false, false, false)))
        .containsExactly(
            "an execution of 3,601 s exceeds the 3,600 s an execution is given when a Flex"
                + " Consumption instance scales in",
            "4,097 MB exceeds Flex Consumption's largest instance, 4,096 MB");
    assertThat(flex.blockedBy(PlatformLimitsTest.service(128, 1, 10, true, true, true, true)))
        .containsExactly(
            "needs a GPU: the Functions Flex Consumption plan has none",
            "holds persistent connections: a function execution ends with its response",
            "keeps state in the process: Functions instances are recycled at will",
            "must run on premises: the Functions Flex Consumption plan runs only in Azure regions");
  }

  // ------------------------------------------------------------ Functions, Consumption

  /**
   * A1, NOT a published example: the Azure pricing page's example could not be read (its stored
   * copies render no rates and no example), so this is the arithmetic worked by hand from the
   * page's rules and the catalog's East US rates. 3,000,000 executions of 1 s at 512 MB with the
   * free grant: 3,000,000 s x 0.5 GB = 1,500,000 GB-s - 400,000 = 1,100,000 x $0.000016 = $17.60;
   * (3M - 1M) x $0.20 per million = $0.40; $18.00.
   */
  @Test
  void consumptionHandWorkedExampleWithTheFreeGrant() {
    Map<String, Double> l = lines(build(Platforms.AZURE_FUNCTIONS, true), service(3e6, 1000, 512));
    assertThat(cents(l.get("azurefunctions.consumption.gbSecond"))).isEqualByComparingTo("17.60");
    assertThat(cents(l.get("azurefunctions.consumption.executions"))).isEqualByComparingTo("0.40");
    assertThat(cents(l.get("total"))).isEqualByComparingTo("18.00");
    // Without the grant: 1,500,000 x $0.000016 + 3 x $0.20.
    assertThat(
            cents(
                lines(build(Platforms.AZURE_FUNCTIONS, false), service(3e6, 1000, 512))
                    .get("total")))
        .isEqualByComparingTo("24.60");
  }

  /**
   * Memory is rounded up to 128 MB (160 MB is billed as 256 MB, Microsoft's own example), at most
   * 1,536 MB; time to the millisecond, at least 100 ms.
   */
  @Test
  void consumptionRoundsMemoryAndTime() {
    AzureFunctions f = (AzureFunctions) build(Platforms.AZURE_FUNCTIONS, false);
    assertThat(f.billedMemoryMb(service(1, 1, 160))).isEqualTo(256);
    assertThat(f.billedMemoryMb(service(1, 1, 64))).isEqualTo(128);
    assertThat(f.billedMemoryMb(service(1, 1, 1536))).isEqualTo(1536);
    assertThat(f.billedMemoryMb(service(1, 1, 4096))).isEqualTo(1536);
    assertThat(f.billedMs(service(1, 20, 128))).isEqualTo(100);
    assertThat(f.billedMs(service(1, 100.4, 128))).isEqualTo(101);
    // 1M executions of 20 ms at 160 MB: 1M x 0.1 s x 0.25 GB = 25,000 GB-s.
    assertThat(lines(f, service(1e6, 20, 160)).get("azurefunctions.consumption.gbSecond"))
        .isCloseTo(25_000 * 0.000016, offset(1e-12));
  }

  @Test
  void consumptionLimits() {
    Platform f = build(Platforms.AZURE_FUNCTIONS, false);
    assertThat(f.blockedBy(PlatformLimitsTest.service(1536, 600, 10, false, false, false, false)))
        .isEmpty();
    assertThat(f.blockedBy(PlatformLimitsTest.service(1537, 601, 10, false, false, false, false)))
        .containsExactly(
            "an execution of 601 s exceeds the Functions Consumption plan's 600 s",
            "1,537 MB exceeds the Functions Consumption plan's 1,536 MB");
    assertThat(f.blockedBy(PlatformLimitsTest.service(128, 1, 10, true, true, true, true)))
        .containsExactly(
            "needs a GPU: the Functions Consumption plan has none",
            "holds persistent connections: a function execution ends with its response",
            "keeps state in the process: Functions instances are recycled at will",
            "must run on premises: the Functions Consumption plan runs only in Azure regions");
  }

  /**
   * Two function apps in one subscription share its free grant by usage, and their shares add up to
   * the subscription's bill.
   */
  @Test
  void functionsShareTheSubscriptionsFreeGrant() {
    Platform f = build(Platforms.AZURE_FUNCTIONS, true);
    Service a = service(3e6, 300, 1024);
    Service b = service(1e6, 50, 200);
    double[] ua = new double[f.dimensions()];
    double[] ub = new double[f.dimensions()];
    f.usage(a, 3e6, ua, 0);
    f.usage(b, 1e6, ub, 0);
    Bill bill = Bill.totals();
    double both = f.total(a, 3e6, ub, bill) + f.total(b, 1e6, ua, bill);
    // By hand: 3e6 x 0.3 s x 1 GB + 1e6 x 0.1 s x 0.25 GB = 925,000 GB-s - 400,000; 4M - 1M.
    double byHand = 525_000 * 0.000016 + 3 * 0.20;
    assertThat(both).isCloseTo(byHand, offset(1e-9));
  }

  // ------------------------------------------------------------------ Container Apps

  /**
   * By hand, no free grant: 1,000 requests of 100 ms at 512 MB, far apart. A replica of 0.25 vCPU
   * and 0.5 GiB runs each request plus the 300-s cool-down: 1,000 x 300.1 s = 300,100 replica-s,
   * 75,025 vCPU-s x $0.000024 = $1.8006, 150,050 GiB-s x $0.000003 = $0.45015, 1,000 requests x
   * $0.40 per million = $0.0004: $2.25. With the free grants, nothing.
   */
  @Test
  void containerAppsKeepsAReplicaForTheCooldown() {
    Service s = service(1000, 100, 512);
    Map<String, Double> l = lines(build(Platforms.AZURE_CONTAINER_APPS, false), s);
    assertThat(l.get("containerapps.vcpuSecond.active")).isCloseTo(1.8006, offset(1e-9));
    assertThat(l.get("containerapps.gibSecond.active")).isCloseTo(0.45015, offset(1e-9));
    assertThat(cents(l.get("total"))).isEqualByComparingTo("2.25");
    assertThat(lines(build(Platforms.AZURE_CONTAINER_APPS, true), s).get("total")).isZero();
  }

  /**
   * 100M requests of 200 ms at 1,024 MB (0.5 vCPU, 1 GiB): 100M x 0.2 s / 10 a replica = 2,000,000
   * replica-s, less than the month, so one replica all month, 2,628,000 s: 1,314,000 vCPU-s and
   * 2,628,000 GiB-s. With the free grants: (1,314,000 - 180,000) x $0.000024 = $27.216, (2,628,000
   * - 360,000) x $0.000003 = $6.804, (100M - 2M) x $0.40 per million = $39.20: $73.22. Ten times
   * the requests keep 20,000,000 replica-s busy.
   */
  @Test
  void containerAppsPacksRequestsOnReplicas() {
    Map<String, Double> l =
        lines(build(Platforms.AZURE_CONTAINER_APPS, true), service(1e8, 200, 1024));
    assertThat(l.get("containerapps.vcpuSecond.active")).isCloseTo(27.216, offset(1e-9));
    assertThat(l.get("containerapps.gibSecond.active")).isCloseTo(6.804, offset(1e-9));
    assertThat(l.get("containerapps.requests")).isCloseTo(39.20, offset(1e-9));
    assertThat(cents(l.get("total"))).isEqualByComparingTo("73.22");
    Map<String, Double> busy =
        lines(build(Platforms.AZURE_CONTAINER_APPS, false), service(1e9, 200, 1024));
    assertThat(busy.get("containerapps.vcpuSecond.active"))
        .isCloseTo(20_000_000 * 0.5 * 0.000024, offset(1e-9));
  }

  /** The smallest allowed allocation whose memory holds the service: 0.25 vCPU per 0.5 GiB. */
  @Test
  void containerAppsSizesTheReplicaFromMemory() {
    AzureContainerApps aca = (AzureContainerApps) build(Platforms.AZURE_CONTAINER_APPS, false);
    assertThat(aca.vcpu(service(1, 1, 128))).isEqualTo(0.25);
    assertThat(aca.gib(service(1, 1, 512))).isEqualTo(0.5);
    assertThat(aca.vcpu(service(1, 1, 600))).isEqualTo(0.5);
    assertThat(aca.gib(service(1, 1, 8192))).isEqualTo(8);
    assertThat(aca.vcpu(service(1, 1, 20_000))).isEqualTo(4);
  }

  @Test
  void containerAppsLimits() {
    Platform aca = build(Platforms.AZURE_CONTAINER_APPS, false);
    assertThat(aca.blockedBy(PlatformLimitsTest.service(8192, 240, 10, false, true, false, false)))
        .as("a WebSocket within the timeout")
        .isEmpty();
    assertThat(aca.blockedBy(PlatformLimitsTest.service(8193, 241, 10, false, false, false, false)))
        .containsExactly(
            "an execution of 241 s exceeds Container Apps ingress's 240 s request" + " timeout",
            "8,193 MB exceeds a Container Apps Consumption replica's 8 GiB");
    assertThat(aca.blockedBy(PlatformLimitsTest.service(128, 1, 10, true, false, true, true)))
        .containsExactly(
            "needs a GPU: Container Apps' serverless GPUs are not priced",
            "keeps state in the process: Container Apps replicas are stopped at will",
            "must run on premises: Container Apps on the Consumption plan runs only in Azure"
                + " regions");
  }

  // ---------------------------------------------------------------------------- AKS

  /**
   * The minimal cluster on the Free tier (the default): 2 x Standard_D2s_v5 x $0.096 x 730 h =
   * $140.16, and the tier's $0. On the Standard tier (aks.standardTier 1 in a catalog of one's
   * own): $0.10 x 730 h = $73.00 more, $213.16.
   */
  @Test
  void aksFreeTierByDefaultAndTheStandardTierByCatalog(@TempDir Path dir) throws IOException {
    Service s = service(1e6, 200, 256);
    Map<String, Double> free = lines(build(Platforms.AZURE_AKS, false), s);
    assertThat(free.get("Standard_D2s_v5")).isCloseTo(140.16, offset(1e-9));
    assertThat(free.get("aks.tier.free")).isZero();
    assertThat(free).doesNotContainKey("aks.tier.standard");
    assertThat(cents(free.get("total"))).isEqualByComparingTo("140.16");

    PriceCatalog standard = override(dir, "aks.standardTier: {value: 1, unit: tier}");
    Map<String, Double> paid =
        lines(build(standard, Platforms.AZURE_AKS, KubernetesSettings.defaults(), false), s);
    assertThat(paid.get("aks.tier.standard")).isCloseTo(73.0, offset(1e-9));
    assertThat(paid).doesNotContainKey("aks.tier.free");
    assertThat(cents(paid.get("total"))).isEqualByComparingTo("213.16");

    PriceCatalog wrong = override(dir, "aks.standardTier: {value: 2, unit: tier}");
    assertThatThrownBy(
            () -> build(wrong, Platforms.AZURE_AKS, KubernetesSettings.defaults(), false))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'aks.standardTier' must be 0 (the AKS Free tier) or 1");
  }

  /** Two services share the Standard tier's fee by the nodes' cost weight, as EKS's. */
  @Test
  void aksSharesTheStandardTierByWeight(@TempDir Path dir) throws IOException {
    PriceCatalog standard = override(dir, "aks.standardTier: {value: 1, unit: tier}");
    Platform aks = build(standard, Platforms.AZURE_AKS, KubernetesSettings.defaults(), false);
    Service a = service(3e8, 200, 2048);
    Service b = service(1e6, 50, 256);
    double[] ua = new double[aks.dimensions()];
    double[] ub = new double[aks.dimensions()];
    aks.usage(a, 3e8, ua, 0);
    aks.usage(b, 1e6, ub, 0);
    Bill bill = Bill.withLines();
    double fees = 0;
    for (Object[] pair : new Object[][] {{a, 3e8, ub}, {b, 1e6, ua}}) {
      aks.price((Service) pair[0], (double) pair[1], (double[]) pair[2], bill.reset());
      for (CostLine l : bill.cost(aks).lines()) {
        if ("aks.tier.standard".equals(l.priceId())) {
          fees += l.amount();
        }
      }
    }
    assertThat(fees).isCloseTo(73.0, offset(1e-9));
  }

  /**
   * An Azure machine named for the cluster sizes AKS; an EC2 or Compute Engine type leaves AKS on
   * Standard_D2s_v5, and an Azure machine leaves EKS and GKE on theirs.
   */
  @Test
  void anAzureMachineNamedForTheClusterSizesAksOnly() {
    Service s = service(1e6, 200, 256);
    KubernetesSettings azure = new KubernetesSettings("Standard_D4s_v5", 1, 0.7, true, null);
    assertThat(lines(build(CATALOG, Platforms.AZURE_AKS, azure, false), s))
        .containsKey("Standard_D4s_v5")
        .doesNotContainKey("Standard_D2s_v5");
    assertThat(lines(build(CATALOG, Platforms.AWS_EKS, azure, false), s)).containsKey("m5.large");
    assertThat(lines(build(CATALOG, Platforms.GCP_GKE_STANDARD, azure, false), s))
        .containsKey("e2-standard-2");
    for (String other : List.of("m5.large", "n2-standard-4")) {
      KubernetesSettings k = new KubernetesSettings(other, 1, 0.7, true, null);
      assertThat(lines(build(CATALOG, Platforms.AZURE_AKS, k, false), s))
          .containsKey("Standard_D2s_v5");
    }
  }

  @Test
  void aksNeedsAPricedGpuAndAzure() {
    Platform aks = build(Platforms.AZURE_AKS, false);
    assertThat(aks.blockedBy(PlatformLimitsTest.service(128, 1, 10, true, true, true, true)))
        .containsExactly(
            "needs a GPU: no Azure GPU machine is in the pricing catalog",
            "must run on premises: these AKS nodes are Azure virtual machines");
    assertThat(
            aks.blockedBy(PlatformLimitsTest.service(200_000, 1e6, 1e6, false, true, true, false)))
        .containsExactly(
            "memoryMb 200,000 does not fit the largest node, Standard_D4s_v5 (16 GiB)");
  }

  // ----------------------------------------------------------------------- all four

  /** Each platform's lines name only catalog entries it lists (or its Azure node types). */
  @Test
  void linesNameTheirPlatformsEntries() {
    for (Platforms.Info info :
        List.of(
            Platforms.AZURE_FUNCTIONS,
            Platforms.AZURE_FUNCTIONS_FLEX,
            Platforms.AZURE_CONTAINER_APPS,
            Platforms.AZURE_AKS)) {
      assertThat(info.provider()).isEqualTo("azure");
      for (String id : lines(build(info, true), service(1e7, 200, 512)).keySet()) {
        if (!id.equals("total")) {
          assertThat(
                  info.prices().contains(id)
                      || info.usesInstances()
                          && CATALOG.instances().get(id).provider().equals("azure"))
              .as("%s reads %s", info.id(), id)
              .isTrue();
        }
      }
      for (String id : info.prices()) {
        assertThat(CATALOG.prices().containsKey(id) || CATALOG.quantities().containsKey(id))
            .as("%s lists %s", info.id(), id)
            .isTrue();
      }
    }
  }

  /** The serverless platforms front a cluster with their requests; AKS fronts nothing. */
  @Test
  void theServerlessPlatformsKeepTheirRequestsInFront() {
    Service s = service(1e7, 200, 512);
    for (Platforms.Info info :
        List.of(
            Platforms.AZURE_FUNCTIONS,
            Platforms.AZURE_FUNCTIONS_FLEX,
            Platforms.AZURE_CONTAINER_APPS)) {
      Platform p = build(info, false);
      Bill bill = Bill.withLines();
      p.price(s, 1e7, p.alone(), bill);
      double requestLines = bill.cost(p).lines().get(0).amount();
      assertThat(p.requestLayer()).as(info.id()).isNotNull();
      assertThat(bill.requestLayer()).as(info.id()).isEqualTo(requestLines).isPositive();
      assertThat(bill.requestLayer()).as(info.id()).isLessThan(bill.total());
    }
    assertThat(build(Platforms.AZURE_AKS, false).requestLayer()).isNull();
  }

  /** A catalog of the bundled entries and one quantity of one's own. */
  private static PriceCatalog override(Path dir, String quantity) throws IOException {
    Path file = dir.resolve("prices.yaml");
    Files.writeString(file, "quantities:\n  " + quantity + "\n");
    return CatalogLoader.applyFile(CATALOG, file, "prices.yaml");
  }
}
