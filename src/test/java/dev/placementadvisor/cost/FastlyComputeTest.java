package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.GcpPlatformsTest.build;
import static dev.placementadvisor.cost.GcpPlatformsTest.cents;
import static dev.placementadvisor.cost.GcpPlatformsTest.lines;
import static dev.placementadvisor.cost.GcpPlatformsTest.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.inventory.Service;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Fastly Compute priced alone in an account from the bundled catalog and checked against bills
 * worked out by hand: $0.50 per 1M requests and $0.05 per 1M vCPU-ms (estimated), 10M requests and
 * 100M vCPU-ms free a month with the free tier, and the $50 monthly minimum that usage counts
 * towards. Fastly publishes no worked example of a Compute bill (none was found); its only
 * published bill, for delivery, shows how the minimum works and is reproduced below with the same
 * usage amount on Compute's meters.
 */
class FastlyComputeTest {
  private static Platform fastly(boolean freeTier) {
    return build(Platforms.FASTLY_COMPUTE, freeTier);
  }

  /**
   * Fastly's "About the charges on your bill": usage of "$8.70 for the month ... falls below the
   * $50 monthly minimum (you'll see this appear as a 'commit shortfall' on your bill), we would
   * charge you $50 for that month, not $8.70". The page's $8.70 is delivery (10 GB and 10M
   * requests); here the same $8.70 is Compute usage, 17.4M requests with no CPU time: the account
   * is billed the minimum, nothing on top.
   */
  @Test
  void publishedMinimumExampleBillsFiftyDollarsNotTheUsage() {
    Map<String, Double> l = lines(fastly(false), service(17.4e6, 10, 128, 0));
    assertThat(cents(l.get("fastly.monthlyMinimum"))).isEqualByComparingTo("50.00");
    assertThat(l.get("fastly.compute.requests")).isZero();
    assertThat(cents(l.get("total"))).isEqualByComparingTo("50.00");
  }

  /**
   * 100M requests at 10 ms of CPU, no free tier: 100 x $0.50 = $50 of requests and 1,000M vCPU-ms x
   * $0.05 per 1M = $50 of CPU, $100 of usage, above the $50 minimum: the bill is $100, shown as the
   * minimum plus half of each usage line.
   */
  @Test
  void usageAboveTheMinimumIsBilledInFull() {
    Map<String, Double> l = lines(fastly(false), service(1e8, 20, 128, 10));
    assertThat(cents(l.get("fastly.monthlyMinimum"))).isEqualByComparingTo("50.00");
    assertThat(cents(l.get("fastly.compute.requests"))).isEqualByComparingTo("25.00");
    assertThat(cents(l.get("fastly.compute.vcpuMs"))).isEqualByComparingTo("25.00");
    assertThat(cents(l.get("total"))).isEqualByComparingTo("100.00");
  }

  /**
   * The same service with the free tier: (100M - 10M) x $0.50 per 1M = $45 and (1,000M - 100M)
   * vCPU-ms x $0.05 per 1M = $45, $90 in all.
   */
  @Test
  void theFreeAllowancesComeOffBeforeTheMinimum() {
    Map<String, Double> l = lines(fastly(true), service(1e8, 20, 128, 10));
    assertThat(cents(l.get("total"))).isEqualByComparingTo("90.00");
    assertThat(cents(l.get("fastly.compute.requests"))).isEqualByComparingTo("20.00");
    assertThat(cents(l.get("fastly.compute.vcpuMs"))).isEqualByComparingTo("20.00");
  }

  /**
   * Within the allowances (8M requests x 5 ms = 40M vCPU-ms) a service pays only the minimum; so
   * does a service with no traffic at all.
   */
  @Test
  void withinTheAllowancesOnlyTheMinimumIsPaid() {
    assertThat(cents(lines(fastly(true), service(8e6, 10, 128, 5)).get("total")))
        .isEqualByComparingTo("50.00");
    assertThat(cents(lines(fastly(false), service(0, 10, 128, 5)).get("total")))
        .isEqualByComparingTo("50.00");
  }

  /** vCPU time is billed, not wall time: a slow, idle request costs what a fast one does. */
  @Test
  void wallTimeIsFree() {
    Platform p = fastly(false);
    assertThat(lines(p, service(2e8, 5000, 128, 2)).get("total"))
        .isEqualTo(lines(p, service(2e8, 5, 128, 2)).get("total"));
  }

  /**
   * Two services share the minimum by requests and the usage beyond it by their usage charges: A
   * 60M requests x 10 ms, B 40M x 1 ms, no free tier. Account: 100M requests = $50, 640M vCPU-ms =
   * $32, $82 of usage, $32 beyond the minimum. A: $30 of the minimum + ($30 + $30) x 32/82; B: $20
   * + ($20 + $2) x 32/82. Together $82, the account's bill.
   */
  @Test
  void twoServicesShareTheMinimumAndTheirSharesAddUpToTheBill() {
    Platform p = fastly(false);
    Service a = service(6e7, 20, 128, 10);
    Service b = service(4e7, 2, 128, 1);
    double[] ua = new double[p.dimensions()];
    double[] ub = new double[p.dimensions()];
    p.usage(a, 6e7, ua, 0);
    p.usage(b, 4e7, ub, 0);
    Bill bill = Bill.totals();
    double costA = p.total(a, 6e7, ub, bill);
    double costB = p.total(b, 4e7, ua, bill);

    assertThat(costA).isCloseTo(30 + 60 * 32 / 82.0, Offset.offset(1e-9));
    assertThat(costB).isCloseTo(20 + 22 * 32 / 82.0, Offset.offset(1e-9));
    assertThat(costA + costB).isCloseTo(82, Offset.offset(1e-9));
  }

  /** Below the minimum two services pay it by requests: 3M and 1M requests, $37.50 and $12.50. */
  @Test
  void belowTheMinimumTheServicesPayItByRequests() {
    Platform p = fastly(false);
    Service a = service(3e6, 20, 128, 10);
    Service b = service(1e6, 20, 128, 10);
    double[] ub = new double[p.dimensions()];
    p.usage(b, 1e6, ub, 0);
    assertThat(p.total(a, 3e6, ub, Bill.totals())).isCloseTo(37.5, Offset.offset(1e-9));
  }

  /** In front of a cluster it keeps the minimum and the requests; CPU time is the cluster's. */
  @Test
  void theRequestLayerIsTheMinimumAndTheRequests() {
    Platform p = fastly(false);
    Bill bill = Bill.withLines();
    p.price(service(1e8, 20, 128, 10), 1e8, p.alone(), bill);
    assertThat(p.requestLayer()).containsExactly(true, true, false);
    assertThat(cents(bill.requestLayer())).isEqualByComparingTo("75.00");
  }

  @Test
  void computeStopsAtItsHeapCpuAndRunTimeAndAtWhatAnInstanceCannotHold() {
    Platform p = fastly(false);
    assertThat(p.blockedBy(PlatformLimitsTest.service(128, 120, 50, false, false, false, false)))
        .isEmpty();
    assertThat(p.blockedBy(PlatformLimitsTest.service(129, 121, 50.5, false, false, false, false)))
        .containsExactly(
            "129 MB exceeds Fastly Compute's 128 MB heap",
            "50.5 ms of CPU a request exceeds Fastly Compute's 50 ms",
            "an execution of 121 s exceeds Fastly Compute's 120 s");
    assertThat(p.blockedBy(PlatformLimitsTest.service(128, 1, 10, true, true, true, true)))
        .containsExactly(
            "needs a GPU: Fastly Compute has none",
            "holds persistent connections: Compute hands WebSockets to an origin or to Fanout"
                + " (not priced)",
            "keeps state in the process: each request gets a fresh Wasm instance",
            "must run on premises: Fastly Compute runs only on Fastly's network");
  }
}
