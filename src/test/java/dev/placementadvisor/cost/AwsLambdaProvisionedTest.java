package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.GcpPlatformsTest.build;
import static dev.placementadvisor.cost.GcpPlatformsTest.cents;
import static dev.placementadvisor.cost.GcpPlatformsTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.TrafficPattern;
import dev.placementadvisor.inventory.TrafficProfile;
import dev.placementadvisor.inventory.Workload;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Lambda with Provisioned Concurrency, worked out by hand from the catalog's (estimated) rates: the
 * environments for the peak concurrency all month, the duration at the provisioned rate, and
 * Lambda's own request line, with no free tier. AWS publishes no example that these rates can be
 * checked against to the cent (the pricing page's rate table is rendered by script).
 */
class AwsLambdaProvisionedTest {
  private static final double MONTH_SECONDS = 730 * 3600.0;

  static Service service(
      double requests, double durationMs, int memoryMb, double peak, Architecture arch) {
    TrafficProfile t = new TrafficProfile(null, TrafficPattern.SPIKY, requests, peak, 0);
    return new Service(
        "s",
        Location.ofFile("s"),
        t,
        null,
        durationMs,
        memoryMb,
        Workload.MIXED,
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
        arch,
        durationMs,
        true);
  }

  /**
   * 10M requests x 100 ms at 1,024 MB: an average concurrency of 10M x 0.1 s / 2,628,000 s = 0.38,
   * times a peak-to-average of 5 = 1.90, so 2 environments: 2 x 1 GB x 2,628,000 s x $0.0000041667
   * = $21.90; duration 1,000,000 GB-s x $0.0000097222 = $9.72; requests 10 x $0.20 = $2.00 (the
   * free tier does not apply, though the inventory asks for it).
   */
  @Test
  void environmentsForThePeakAllMonthAndTheCheaperDuration() {
    Platform p = build(Platforms.AWS_LAMBDA_PROVISIONED, true);
    Map<String, Double> l = lines(p, service(1e7, 100, 1024, 5, Architecture.X86_64));

    assertThat(cents(l.get("lambda.provisioned.concurrency.x86_64")))
        .isEqualByComparingTo(cents(2 * 1.0 * MONTH_SECONDS * 0.0000041667))
        .isEqualByComparingTo("21.90");
    assertThat(cents(l.get("lambda.provisioned.duration.x86_64"))).isEqualByComparingTo("9.72");
    assertThat(cents(l.get("lambda.requests"))).isEqualByComparingTo("2.00");
    assertThat(cents(l.get("total"))).isEqualByComparingTo("33.62");
    assertThat(l).doesNotContainKey("lambda.duration.x86_64");
  }

  /** An idle function still pays for one warm environment; arm64 at its own rates. */
  @Test
  void anIdleFunctionPaysForOneEnvironment() {
    Platform p = build(Platforms.AWS_LAMBDA_PROVISIONED, false);
    Map<String, Double> l = lines(p, service(0, 100, 512, 5, Architecture.ARM64));

    assertThat(cents(l.get("lambda.provisioned.concurrency.arm64")))
        .isEqualByComparingTo(cents(0.5 * MONTH_SECONDS * 0.0000033334))
        .isEqualByComparingTo("4.38");
    assertThat(l.get("lambda.provisioned.duration.arm64")).isZero();
    assertThat(cents(l.get("total"))).isEqualByComparingTo("4.38");
  }

  /** The same service costs more warm than on demand, and has Lambda's limits. */
  @Test
  void itCostsMoreThanOnDemandLambdaAndHasItsLimits() {
    Service s = service(1e7, 100, 1024, 5, Architecture.X86_64);
    Platform warm = build(Platforms.AWS_LAMBDA_PROVISIONED, false);
    Platform cold = build(Platforms.AWS_LAMBDA, false);

    assertThat(lines(warm, s).get("total")).isGreaterThan(lines(cold, s).get("total"));
    assertThat(lines(cold, s).get("lambda.requests"))
        .isEqualTo(lines(warm, s).get("lambda.requests"));
    assertThat(warm.blockedBy(s)).isEmpty();
    assertThat(Platforms.AWS_LAMBDA_PROVISIONED.perRequest()).isFalse();
  }
}
