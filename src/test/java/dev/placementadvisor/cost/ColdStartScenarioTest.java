package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.ServiceRuntime;
import dev.placementadvisor.inventory.TrafficPattern;
import dev.placementadvisor.inventory.TrafficProfile;
import dev.placementadvisor.inventory.Workload;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's reviewer point: "cold-start-sensitive services never pay for provisioned concurrency".
 * A cold-start-sensitive Python API at 10M requests a month, 120 ms, 512 MB and a peak-to-average
 * of 5 pays on each function platform for what keeps it warm, worked out by hand; a Java one gets
 * SnapStart at $0 on Lambda; the edge adds nothing.
 *
 * <p>The peak concurrency: 10,000,000 x 0.12 s / 2,628,000 s = 0.4566 at average, x 5 = 2.28, so 3
 * environments (or instances) are kept warm.
 */
class ColdStartScenarioTest extends AbstractCostCliTest {
  private static final double MONTH_SECONDS = 730 * 3600.0;

  /** Each platform's lines of the first service: price id to amount, and "total". */
  private static Map<String, BigDecimal> lines(JsonNode service, String platform) {
    for (JsonNode q : service.path("platforms")) {
      if (q.path("id").asText().equals(platform)) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (JsonNode l : q.path("lines")) {
          m.put(l.path("price").asText(), l.path("monthlyCost").decimalValue());
        }
        m.put("total", q.path("monthlyCost").decimalValue());
        return m;
      }
    }
    throw new AssertionError("no quote for " + platform);
  }

  /**
   * Lambda: Provisioned Concurrency for 3 environments all month, 3 x 0.5 GB x 2,628,000 s x
   * $0.0000041667 = $16.43; the duration at the provisioned rate, 600,000 GB-s x $0.0000097222 =
   * $5.83; the requests without the free tier (it does not apply to a function with Provisioned
   * Concurrency), 10 x $0.20 = $2.00; the HTTP API $10.00: $34.26 in all.
   */
  @Test
  void aColdStartSensitivePythonApiPaysForProvisionedConcurrencyForItsPeak() {
    JsonNode s = firstService(fixture("coldstart-python-api.yaml"));
    Map<String, BigDecimal> lambda = lines(s, "aws-lambda");

    assertThat(lambda.get("lambda.provisioned.concurrency.x86_64"))
        .isEqualByComparingTo(cents(3 * 0.5 * MONTH_SECONDS * 0.0000041667))
        .isEqualByComparingTo("16.43");
    assertThat(lambda.get("lambda.provisioned.duration.x86_64"))
        .isEqualByComparingTo(cents(600_000 * 0.0000097222))
        .isEqualByComparingTo("5.83");
    assertThat(lambda.get("lambda.requests")).isEqualByComparingTo("2.00");
    assertThat(lambda.get("apigateway.http.requests")).isEqualByComparingTo("10.00");
    assertThat(lambda.get("total")).isEqualByComparingTo("34.26");
    assertThat(lambda).doesNotContainKeys("lambda.duration.x86_64", "lambda.snapstart.java");
  }

  /**
   * The mitigation on aws-lambda is the aws-lambda-provisioned option's formula: the same lines, to
   * the cent's fraction, for a cold-start-sensitive service (without a free tier, which neither
   * applies to it); arm64 and an idle function included.
   */
  @Test
  void theMitigationIsTheProvisionedOptionsFormula() {
    Platform lambda = GcpPlatformsTest.build(Platforms.AWS_LAMBDA, false);
    Platform provisioned = GcpPlatformsTest.build(Platforms.AWS_LAMBDA_PROVISIONED, false);
    for (Architecture arch : Architecture.values()) {
      for (double requests : new double[] {0, 1e7, 3e9}) {
        Service s = service(requests, ServiceRuntime.PYTHON, arch);
        assertThat(GcpPlatformsTest.lines(lambda, s))
            .isEqualTo(GcpPlatformsTest.lines(provisioned, s))
            .containsKey(
                arch == Architecture.ARM64
                    ? "lambda.provisioned.concurrency.arm64"
                    : "lambda.provisioned.concurrency.x86_64");
      }
    }
    // Step Functions' Lambda steps are kept warm the same: a workflow is no way around it.
    Platform steps = GcpPlatformsTest.build(Platforms.AWS_STEP_FUNCTIONS, false);
    assertThat(
            GcpPlatformsTest.lines(steps, service(1e7, ServiceRuntime.PYTHON, Architecture.X86_64)))
        .containsKey("lambda.provisioned.concurrency.x86_64")
        .doesNotContainKey("lambda.duration.x86_64");
  }

  /** A cold-start-sensitive spiky API: 120 ms, 512 MB, a peak-to-average of 5. */
  private static Service service(double requests, ServiceRuntime runtime, Architecture arch) {
    TrafficProfile t = new TrafficProfile(null, TrafficPattern.SPIKY, requests, 5, 0);
    return new Service(
        "s",
        Location.ofFile("s"),
        t,
        runtime,
        120,
        512,
        Workload.IO_BOUND,
        false,
        false,
        false,
        0.12,
        true,
        false,
        false,
        ApiGateway.HTTP,
        false,
        0,
        Set.of(),
        arch,
        12,
        true);
  }

  /**
   * Cloud Run keeps min-instances = 3 idle all month: 3 x 2,628,000 s x 1 vCPU x $0.0000025 =
   * $19.71 and 3 x 2,628,000 s x 0.5 GiB x $0.0000025 = $9.86. Flex Consumption keeps 3
   * always-ready instances (Python runs one execution an instance): 3 x 0.5 GB x 2,628,000 s x
   * $0.000004 = $15.77. Workers adds a $0 line: isolates start in under 5 ms.
   */
  @Test
  void cloudRunAndFlexConsumptionKeepInstancesWarmAndTheEdgeNeedsNone() {
    JsonNode s = firstService(fixture("coldstart-python-api.yaml"));

    Map<String, BigDecimal> run = lines(s, "gcp-cloud-run");
    assertThat(run.get("cloudrun.request.idleMinInstance.vcpuSecond"))
        .isEqualByComparingTo(cents(3 * MONTH_SECONDS * 1 * 0.0000025))
        .isEqualByComparingTo("19.71");
    assertThat(run.get("cloudrun.request.idleMinInstance.gibSecond")).isEqualByComparingTo("9.86");

    Map<String, BigDecimal> flex = lines(s, "azure-functions-flex");
    assertThat(flex.get("azurefunctions.flex.alwaysReady.baseline"))
        .isEqualByComparingTo(cents(3 * 0.5 * MONTH_SECONDS * 0.000004))
        .isEqualByComparingTo("15.77");

    Map<String, BigDecimal> edge = lines(s, "cloudflare-workers");
    assertThat(edge.get("edge.coldStartMs")).isEqualByComparingTo("0");
  }

  /**
   * A Java API: SnapStart at $0 (no charge for Java) and the on-demand duration, 600,000 GB-s x
   * $0.0000166667 = $10.00, with no Provisioned Concurrency; the requests 10 x $0.20 = $2.00.
   */
  @Test
  void aColdStartSensitiveJavaApiGetsSnapStartAtNoCharge() {
    JsonNode s = firstService(fixture("coldstart-java-api.yaml"));
    Map<String, BigDecimal> lambda = lines(s, "aws-lambda");

    assertThat(lambda.get("lambda.snapstart.java")).isEqualByComparingTo("0");
    assertThat(lambda.get("lambda.duration.x86_64")).isEqualByComparingTo("10.00");
    assertThat(lambda.get("lambda.requests")).isEqualByComparingTo("2.00");
    assertThat(lambda.get("total")).isEqualByComparingTo("22.00");
    assertThat(lambda)
        .doesNotContainKeys(
            "lambda.provisioned.concurrency.x86_64", "lambda.provisioned.duration.x86_64");
  }

  /** Explain shows the mitigation's arithmetic, and says why the edge needs none. */
  @Test
  void explainShowsTheMitigation() {
    String python =
        text("explain", fixture("coldstart-python-api.yaml").toString(), "checkout-api");
    assertThat(python)
        .contains(
            "cold-start sensitive, so kept warm: 3 environment(s) for the peak concurrency"
                + " (10,000,000 requests x 120 ms / 2,628,000 s x 5 peak-to-average, rounded up)")
        .contains("Workers isolates start in under 5 ms");
    String java = text("explain", fixture("coldstart-java-api.yaml").toString(), "quote-api");
    assertThat(java).contains("SnapStart resumes each new environment from a snapshot");
  }
}
