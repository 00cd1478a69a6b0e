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
 * Lambda with Provisioned Concurrency, worked out by hand from the catalog's rates: the
 * environments for the peak concurrency all month, the duration at the provisioned rate, and
 * Lambda's own request line, with no free tier. The pricing page's rate table is rendered by
 * script, but its two Provisioned Concurrency examples (https://aws.amazon.com/lambda/pricing/)
 * state the x86 rates, $0.0000041667 and $0.0000097222 per GB-s, the catalog's. Both examples keep
 * the environments for part of the month (8 and 24 hours), which an inventory cannot say (the model
 * keeps them all month), so neither total is reproduced; Example 2's duration and request lines
 * are, to the cent. No published example uses the arm64 rates.
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

  /**
   * P2, the Lambda pricing page's Provisioned Concurrency Example 2, "Routing customers to the most
   * relevant support solution content during Cyber Monday"
   * (https://aws.amazon.com/lambda/pricing/): two million requests during the 24 hours of the sale,
   * 280 ms, 4,096 MB, x86, Provisioned Concurrency of seven. Published: provisioned 7 x 4 GB x
   * 86,400 s = 2,419,200 GB-s x $0.0000041667 = $10.08; duration 2M x 0.28 s x 4 GB = 2,240,000
   * GB-s x $0.0000097222 = $21.78; requests 2M x $0.20/M = $0.40 (no free tier with Provisioned
   * Concurrency); $32.26.
   *
   * <p>A peak-to-average of 32 gives the seven environments: ceil(2M x 0.28 s / 2,628,000 s x 32) =
   * ceil(6.82) = 7. The duration and request lines are the page's to the cent. The provisioned line
   * is not: the model keeps the environments all month (730 h, 2,628,000 s), and an inventory has
   * no field for the hours they are enabled, so it prints 7 x 4 GB x 2,628,000 s x $0.0000041667 =
   * $306.60, the page's 24 hours times 730 / 24, and $328.78 in all.
   */
  @Test
  void p2CyberMondayExampleMatchesLineByLineButTheHoursEnabled() {
    Platform p = build(Platforms.AWS_LAMBDA_PROVISIONED, false);
    Map<String, Double> l = lines(p, service(2e6, 280, 4096, 32, Architecture.X86_64));

    assertThat(cents(l.get("lambda.provisioned.duration.x86_64"))).isEqualByComparingTo("21.78");
    assertThat(cents(l.get("lambda.requests"))).isEqualByComparingTo("0.40");
    // The page's provisioned line at the catalog's rate, for the 24 hours it was enabled.
    assertThat(cents(7 * 4.0 * 86_400 * 0.0000041667)).isEqualByComparingTo("10.08");
    assertThat(cents(l.get("lambda.provisioned.concurrency.x86_64")))
        .isEqualByComparingTo(cents(7 * 4.0 * MONTH_SECONDS * 0.0000041667))
        .isEqualByComparingTo("306.60");
    assertThat(cents(l.get("total"))).isEqualByComparingTo("328.78");
  }
}
