package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.GcpPlatformsTest.build;
import static dev.placementadvisor.cost.GcpPlatformsTest.cents;
import static dev.placementadvisor.cost.GcpPlatformsTest.lines;
import static dev.placementadvisor.cost.GcpPlatformsTest.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.CatalogLoader;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Spin apps on Fermyon Cloud's Growth plan: $19.38 a month (estimated) for up to 1,000,000 request
 * executions; no price is published above the quota, so a service over it is blocked. Fermyon
 * publishes no worked example of a bill (none was found): a flat plan fee needs none.
 */
class FermyonSpinTest {
  private static Platform fermyon() {
    return build(Platforms.FERMYON_SPIN, false);
  }

  /** One service within the quota pays the plan's fee, whatever its volume or CPU time. */
  @Test
  void oneServicePaysThePlanFee() {
    Platform p = fermyon();
    assertThat(cents(lines(p, service(5e5, 50, 256, 40)).get("total")))
        .isEqualByComparingTo("19.38");
    assertThat(cents(lines(p, service(1e6, 2000, 1024, 1500)).get("fermyon.cloud.growth")))
        .isEqualByComparingTo("19.38");
    assertThat(cents(lines(p, service(0, 50, 256, 40)).get("total"))).isEqualByComparingTo("19.38");
  }

  /** Two services share the fee by requests: 300,000 and 100,000 pay 75% and 25% of $19.38. */
  @Test
  void servicesShareTheFeeByRequests() {
    Platform p = fermyon();
    Service a = service(3e5, 50, 256, 40);
    Service b = service(1e5, 50, 256, 40);
    double[] ua = new double[p.dimensions()];
    double[] ub = new double[p.dimensions()];
    p.usage(a, 3e5, ua, 0);
    p.usage(b, 1e5, ub, 0);
    Bill bill = Bill.totals();
    double costA = p.total(a, 3e5, ub, bill);
    double costB = p.total(b, 1e5, ua, bill);
    assertThat(costA).isCloseTo(14.535, Offset.offset(1e-9));
    assertThat(costA + costB).isCloseTo(19.38, Offset.offset(1e-9));
  }

  /**
   * Services that fit the quota one by one but exceed it together are priced at the one fee, and
   * the explanation says that no price is published above the quota.
   */
  @Test
  void anAccountOverTheQuotaSaysNoPriceIsPublished() {
    Platform p = fermyon();
    Service a = service(6e5, 50, 256, 40);
    double[] ua = new double[p.dimensions()];
    p.usage(a, 6e5, ua, 0);
    Bill bill = Bill.withLines();
    p.price(a, 6e5, ua, bill);
    assertThat(bill.total()).isCloseTo(19.38 / 2, Offset.offset(1e-9));
    assertThat(bill.lines().get(0).formula())
        .endsWith(
            "; the account's 1,200,000 requests exceed the quota, and no price is"
                + " published above it");
    Bill within = Bill.withLines();
    p.price(a, 6e5, p.alone(), within);
    assertThat(within.lines().get(0).formula()).doesNotContain("exceed");
  }

  @Test
  void aServiceOverTheQuotaIsBlockedWithTheQuotaInThePhrase() {
    Platform p = fermyon();
    assertThat(p.blockedBy(service(1e6, 50, 256, 40))).isEmpty();
    assertThat(p.blockedBy(service(1_000_001, 50, 256, 40)))
        .containsExactly(
            "1,000,001 requests a month exceed the Growth plan's quota of 1,000,000 request"
                + " executions (no price is published above it)");
    assertThat(Platforms.FERMYON_SPIN.limits(CatalogLoader.bundled()))
        .startsWith(
            "up to 1,000,000 requests a month (the Growth plan's quota; no price is"
                + " published above it)");
  }

  @Test
  void spinStopsAtItsHandlerTimeAndAtWhatARequestCannotHold() {
    Platform p = fermyon();
    assertThat(
            p.blockedBy(PlatformLimitsTest.service(16_384, 30, 1000, false, false, false, false)))
        .as("no memory limit is published")
        .isEmpty();
    assertThat(p.blockedBy(PlatformLimitsTest.service(128, 31, 10, true, true, true, true)))
        .containsExactly(
            "needs a GPU: Spin apps on Fermyon Cloud have none",
            "an execution of 31 s exceeds Fermyon Cloud's 30 s request handler duration",
            "holds persistent connections: a Spin HTTP component answers one request and ends",
            "keeps state in the process: Spin gives each request a fresh instance",
            "must run on premises: Fermyon Cloud runs only in Fermyon's cloud");
  }

  /** It fronts no cluster: its bill has no request layer. */
  @Test
  void itCannotFrontACluster() {
    Platform p = fermyon();
    Bill bill = Bill.withLines();
    p.price(service(5e5, 50, 256, 40), 5e5, p.alone(), bill);
    assertThat(p.requestLayer()).isNull();
    assertThat(bill.requestLayer()).isZero();
  }
}
