package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * AWS Step Functions' formula: Express for runs that fit one, Standard beyond; the orchestration
 * lines, and the work priced by Lambda's own formula. AWS's published Express example is reproduced
 * to the cent.
 */
class AwsStepFunctionsTest {
  private static final PriceCatalog CATALOG = CatalogLoader.bundled();

  static Platform platform(PriceCatalog c, boolean freeTier) {
    return Platforms.AWS_STEP_FUNCTIONS
        .factory()
        .create(
            new Platforms.Setting(
                c, KubernetesSettings.defaults(), freeTier, Location.ofFile("t")));
  }

  static Platform lambda(boolean freeTier) {
    return Platforms.AWS_LAMBDA
        .factory()
        .create(
            new Platforms.Setting(
                CATALOG, KubernetesSettings.defaults(), freeTier, Location.ofFile("t")));
  }

  static Service workflow(
      double executions, double avgMs, int memoryMb, double maxSeconds, ApiGateway gateway) {
    TrafficProfile t = new TrafficProfile(null, TrafficPattern.BATCH, executions, 8, 0);
    return new Service(
        "w",
        Location.ofFile("w"),
        t,
        null,
        avgMs,
        memoryMb,
        Workload.IO_BOUND,
        false,
        false,
        false,
        maxSeconds,
        false,
        false,
        false,
        gateway,
        false,
        0,
        Set.of(),
        Architecture.X86_64,
        avgMs * 0.1,
        false);
  }

  /** The lines of {@code s} alone by catalog id, and the bill. */
  static Map<String, Double> lines(Platform p, Service s, Bill bill) {
    p.price(s, s.traffic().requestsPerMonth(), p.alone(), bill);
    Map<String, Double> out = new LinkedHashMap<>();
    for (CostLine l : bill.cost(p).lines()) {
      out.put(l.priceId(), l.amount());
    }
    return out;
  }

  static BigDecimal cents(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * S1, the Step Functions pricing page's Express example (read through a markdown mirror of
   * https://aws.amazon.com/step-functions/pricing/): "100 million workflows each month", "average
   * duration of the workflows is 10 seconds", 64 MB billed. Requests: 100M x $1.00 per million =
   * $100.00. Duration: 100M x 10 s x 64 MB / 1024 = 62,500,000 GB-s = 17,361.11 GB-hours; $0.06 x
   * 1,000 + $0.03 x 4,000 + $0.01642 x 12,361.11 = $60.00 + $120.00 + $202.97 = $382.97. The
   * example prices the orchestration only: what its workflows call (here, Lambda) is billed
   * besides, and the model adds it as Lambda's own lines.
   */
  @Test
  void s1ExpressExampleIsReproducedToTheCent() {
    Platform p = platform(CATALOG, false);
    Service s = workflow(100_000_000, 10_000, 128, 60, ApiGateway.NONE);
    Bill bill = Bill.withLines();
    Map<String, Double> l = lines(p, s, bill);
    double requests = l.get("stepfunctions.express.requests");
    double duration = l.get("stepfunctions.express.duration");
    assertThat(cents(requests)).isEqualByComparingTo("100.00");
    assertThat(cents(duration)).isEqualByComparingTo("382.97");
    // Unrounded: 17,361.111 GB-h = $382.969444; lines rounded then summed, and the sum rounded
    // once, both give the published $482.97.
    assertThat(duration).isCloseTo(60 + 120 + 0.01642 * (62_500_000 / 3600.0 - 5000), within(1e-9));
    assertThat(cents(requests).add(cents(duration))).isEqualByComparingTo("482.97");
    assertThat(cents(requests + duration)).isEqualByComparingTo("482.97");
    // The rest of the bill is the work, priced exactly as AWS Lambda prices the same service.
    double work = lambda(false).total(s, 1e8, lambda(false).alone(), Bill.totals());
    assertThat(bill.total()).isCloseTo(requests + duration + work, within(1e-9));
    assertThat(l).containsKeys("lambda.requests", "lambda.duration.x86_64");
  }

  /** S2: 50 MB + a definition and payload of 12.85 MB = 62.85 MB, billed as one 64-MB chunk. */
  @Test
  void s2MemoryIsBilledIn64MbChunks() {
    Service s = workflow(1_000_000, 1_000, 128, 60, ApiGateway.NONE);
    // 1M x 1 s x 64 MB / 1024 / 3600 = 17.3611 GB-h x $0.06
    double at64 =
        lines(platform(CATALOG, false), s, Bill.withLines()).get("stepfunctions.express.duration");
    assertThat(at64).isCloseTo(1e6 * 64 / 1024.0 / 3600 * 0.06, within(1e-12));
    assertThat(
            lines(
                    platform(withQuantity("stepfunctions.express.baseMemoryMb", 62.85), false),
                    s,
                    Bill.withLines())
                .get("stepfunctions.express.duration"))
        .isEqualTo(at64);
    assertThat(
            lines(
                    platform(withQuantity("stepfunctions.express.baseMemoryMb", 65), false),
                    s,
                    Bill.withLines())
                .get("stepfunctions.express.duration"))
        .isCloseTo(2 * at64, within(1e-12));
  }

  @Test
  void expressDurationIsRoundedUpToOneHundredMilliseconds() {
    Platform p = platform(CATALOG, false);
    double at120 =
        lines(p, workflow(1e6, 120, 128, 5, ApiGateway.NONE), Bill.withLines())
            .get("stepfunctions.express.duration");
    double at200 =
        lines(p, workflow(1e6, 200, 128, 5, ApiGateway.NONE), Bill.withLines())
            .get("stepfunctions.express.duration");
    assertThat(at120).isEqualTo(at200);
    assertThat(
            lines(p, workflow(1e6, 100, 128, 5, ApiGateway.NONE), Bill.withLines())
                .get("stepfunctions.express.duration"))
        .isCloseTo(at200 / 2, within(1e-12));
  }

  /**
   * A two-hour job a thousand times a month runs as a Standard workflow: 1,000 x 5 transitions =
   * 5,000 x $0.025 per 1,000 = $0.125, or (5,000 - 4,000 free) = $0.025 with the free tier; the
   * work is 1,000 x 7,200 s x 4 GB = 28.8M GB-s of Lambda duration.
   */
  @Test
  void aRunLongerThanExpressAllowsIsAStandardWorkflow() {
    Service job = workflow(1_000, 7_200_000, 4096, 7_200, ApiGateway.NONE);
    Map<String, Double> paid = lines(platform(CATALOG, false), job, Bill.withLines());
    assertThat(paid.get("stepfunctions.standard.transitions")).isCloseTo(0.125, within(1e-12));
    assertThat(paid)
        .doesNotContainKeys("stepfunctions.express.requests", "stepfunctions.express.duration");
    assertThat(paid.get("lambda.duration.x86_64"))
        .isCloseTo(28_800_000 * 0.0000166667, within(1e-9));
    Map<String, Double> free = lines(platform(CATALOG, true), job, Bill.withLines());
    assertThat(free.get("stepfunctions.standard.transitions")).isCloseTo(0.025, within(1e-12));
    // The boundary: a longest run of 300 s is Express, 301 s Standard.
    assertThat(
            lines(
                platform(CATALOG, false),
                workflow(1e3, 1000, 128, 300, ApiGateway.NONE),
                Bill.withLines()))
        .containsKey("stepfunctions.express.requests");
    assertThat(
            lines(
                platform(CATALOG, false),
                workflow(1e3, 1000, 128, 301, ApiGateway.NONE),
                Bill.withLines()))
        .containsKey("stepfunctions.standard.transitions");
  }

  @Test
  void theTransitionsPerExecutionAreTheCatalogsAssumption() {
    Service job = workflow(100_000, 1_000_000, 1024, 1_800, ApiGateway.NONE);
    double five =
        lines(platform(CATALOG, false), job, Bill.withLines())
            .get("stepfunctions.standard.transitions");
    double twelve =
        lines(
                platform(withQuantity("stepfunctions.standard.transitionsPerExecution", 12), false),
                job,
                Bill.withLines())
            .get("stepfunctions.standard.transitions");
    assertThat(five).isCloseTo(100_000 * 5 / 1000.0 * 0.025, within(1e-12));
    assertThat(twelve).isCloseTo(five * 12 / 5, within(1e-12));
  }

  /**
   * A workflow behind API Gateway pays the gateway's line, as a Lambda would; it is not a request
   * layer a hybrid could keep, so the bill's request layer stays zero.
   */
  @Test
  void theGatewayIsPricedButStepFunctionsFrontsNoCluster() {
    Platform p = platform(CATALOG, false);
    Bill bill = Bill.withLines();
    Map<String, Double> l = lines(p, workflow(5e6, 150, 256, 10, ApiGateway.REST), bill);
    assertThat(l.get("apigateway.rest.requests")).isCloseTo(17.50, within(1e-9));
    assertThat(bill.requestLayer()).isZero();
    assertThat(p.requestLayer()).isNull();
  }

  /** Two Express services share the GB-hour tiers in proportion to their GB-hours. */
  @Test
  void expressTiersAreTheAccounts() {
    Platform p = platform(CATALOG, false);
    Service a = workflow(60_000_000, 10_000, 128, 60, ApiGateway.NONE);
    Service b = workflow(40_000_000, 10_000, 128, 60, ApiGateway.NONE);
    double[] u = new double[2 * p.dimensions()];
    p.usage(a, 6e7, u, 0);
    p.usage(b, 4e7, u, p.dimensions());
    double[] total = Usage.none(p.dimensions());
    Usage.add(total, u, 0);
    Usage.add(total, u, p.dimensions());
    double sum = 0;
    for (int i = 0; i < 2; i++) {
      Service s = i == 0 ? a : b;
      Bill bill = Bill.withLines();
      p.price(
          s, s.traffic().requestsPerMonth(), Usage.othersThan(total, u, i * p.dimensions()), bill);
      for (CostLine l : bill.cost(p).lines()) {
        if ("stepfunctions.express.duration".equals(l.priceId())) {
          sum += l.amount();
        }
      }
    }
    // Together they are the published example's 100M executions: $382.97.
    assertThat(cents(sum)).isEqualByComparingTo("382.97");
  }

  @Test
  void aWorkflowRunsUpToAYearButItsStepsAreLambdas() {
    Platform p = platform(CATALOG, false);
    assertThat(
            p.blockedBy(
                PlatformLimitsTest.service(10_240, 31_536_000, 10, false, false, false, false)))
        .isEmpty();
    assertThat(
            p.blockedBy(PlatformLimitsTest.service(10_241, 31_536_001, 10, true, true, true, true)))
        .containsExactly(
            "needs a GPU: the workflow's Lambda steps have none",
            "an execution of 31,536,001 s exceeds a Standard workflow's 31,536,000 s",
            "10,241 MB exceeds the 10,240 MB of a Lambda step",
            "holds persistent connections: a workflow runs steps, it holds no client's connection",
            "keeps state in the process: the workflow's Lambda environments are discarded at will",
            "must run on premises: Step Functions runs only in AWS regions");
    // What Lambda alone cannot run for its 900 s limit, a workflow can.
    Service longJob = PlatformLimitsTest.service(1024, 7_200, 10, false, false, false, false);
    assertThat(lambda(false).blockedBy(longJob)).isNotEmpty();
    assertThat(p.blockedBy(longJob)).isEmpty();
  }

  /** The bundled catalog with one quantity replaced. */
  static PriceCatalog withQuantity(String id, double value) {
    Map<String, PriceCatalog.Quantity> q = new HashMap<>(CATALOG.quantities());
    PriceCatalog.Quantity old = q.get(id);
    q.put(
        id,
        new PriceCatalog.Quantity(
            id, value, old.unit(), old.source(), old.checked(), old.confidence()));
    return new PriceCatalog(
        CATALOG.origin(),
        CATALOG.effectiveDate(),
        CATALOG.currency(),
        CATALOG.region(),
        CATALOG.hoursPerMonth(),
        CATALOG.prices(),
        q,
        CATALOG.instances(),
        CATALOG.kubernetesTax());
  }
}
