package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.DataStore;
import dev.placementadvisor.inventory.PlatformChoice;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.TrafficPattern;
import dev.placementadvisor.inventory.TrafficProfile;
import dev.placementadvisor.inventory.Workload;
import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.result.CostLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Aurora Serverless v2's formula, checked against the arithmetic by hand (AWS publishes no worked
 * example that a stored copy of its pages showed): capacity while active, scaling to zero when a
 * database of least capacity 0 is idle, storage and I/O; and that it grows with the volume and its
 * lines add up.
 */
class AwsAuroraServerlessV2Test {
  private static final PriceCatalog CATALOG = CatalogLoader.bundled();
  private static final double HOURS = 730;
  private static final double SECONDS = HOURS * 3600;

  static DataTier aurora() {
    return DataTiers.AWS_AURORA_SERVERLESS_V2.factory().create(CATALOG);
  }

  static DataStore relational(Double storageGb, double minAcu, double maxAcu) {
    return new DataStore(
        DataStore.Type.RELATIONAL,
        storageGb,
        minAcu,
        maxAcu,
        null,
        DataStore.StorageType.STANDARD,
        null,
        null);
  }

  static Service service(TrafficPattern pattern, double requests, double peak, DataStore store) {
    TrafficProfile t = new TrafficProfile(null, pattern, requests, peak, 0);
    return new Service(
        "db",
        Location.ofFile("db"),
        t,
        null,
        50,
        256,
        Workload.IO_BOUND,
        true,
        false,
        false,
        1,
        false,
        false,
        false,
        ApiGateway.NONE,
        false,
        0,
        Set.of(),
        Architecture.X86_64,
        5,
        true,
        PlatformChoice.NONE,
        store,
        null,
        null,
        null,
        null);
  }

  /** The service's store priced, line amounts by catalog id, and the total. */
  static Map<String, Double> lines(Service s) {
    Bill bill = Bill.withLines();
    aurora().price(s, s.traffic().requestsPerMonth(), bill);
    Map<String, Double> out = new LinkedHashMap<>();
    for (CostLine l : bill.lines()) {
      out.put(l.priceId(), l.amount());
    }
    out.put("total", bill.total());
    return out;
  }

  @Test
  void aSteadyServiceKeepsItsDatabaseActiveAllMonthAtTheLeastActiveCapacity() {
    // 12M requests a month: 4.57 a second, never 300 s without one; the load needs 0.0457 ACU.
    Service s =
        service(TrafficPattern.STEADY, 12_000_000, 1.5, DataStore.of(DataStore.Type.RELATIONAL));

    Map<String, Double> l = lines(s);

    // 730 h x 0.5 ACU = 365 ACU-hours x $0.12
    assertThat(l.get("aurora.serverlessV2.acuHour.standard")).isCloseTo(43.80, within(1e-9));
    // 10 GB assumed x $0.10
    assertThat(l.get("aurora.storage.standard")).isCloseTo(1.00, within(1e-12));
    // 12M requests x 1 I/O assumed / 1M x $0.20
    assertThat(l.get("aurora.io.standard")).isCloseTo(2.40, within(1e-12));
    assertThat(l.get("total")).isCloseTo(47.20, within(1e-9));
  }

  @Test
  void aLeastCapacityAboveZeroNeverPauses() {
    Service s = service(TrafficPattern.STEADY, 1_000, 1.5, relational(20.0, 2, 8));

    Map<String, Double> l = lines(s);

    // 730 h x 2 ACU = 1,460 ACU-hours x $0.12, though 1,000 requests alone would let it pause
    assertThat(l.get("aurora.serverlessV2.acuHour.standard")).isCloseTo(175.20, within(1e-9));
    assertThat(l.get("aurora.storage.standard")).isCloseTo(2.00, within(1e-12));
    assertThat(l.get("aurora.io.standard")).isCloseTo(0.0002, within(1e-12));
  }

  @Test
  void aBatchServicesDatabaseScalesToZeroBetweenRuns() {
    // 300,000 requests at the peak rate, 8x the average: the runs take 1/8 of the month, at
    // 0.913 requests a second, so the database is active 91.25 h and paused the rest.
    Service s = service(TrafficPattern.BATCH, 300_000, 8, relational(20.0, 0, 4));
    AwsAuroraServerlessV2.Capacity c = ((AwsAuroraServerlessV2) aurora()).capacity(s, 300_000);

    Map<String, Double> l = lines(s);

    assertThat(c.rate()).isCloseTo(300_000 / SECONDS * 8, within(1e-12));
    assertThat(c.activeHours()).isCloseTo(91.25, within(1e-9));
    assertThat(c.acu()).isEqualTo(0.5);
    // 91.25 h x 0.5 ACU = 45.625 ACU-hours x $0.12 = $5.475 (a steady one: $43.80)
    assertThat(l.get("aurora.serverlessV2.acuHour.standard")).isCloseTo(5.475, within(1e-9));
    assertThat(l.get("aurora.storage.standard")).isCloseTo(2.00, within(1e-12));
    assertThat(l.get("aurora.io.standard")).isCloseTo(0.06, within(1e-12));
    assertThat(l.get("total")).isCloseTo(7.535, within(1e-9));
  }

  @Test
  void aRarelyUsedDatabaseIsActiveOnlyWhileARequestCameWithinThePauseDelay() {
    // 1,000 requests a month at random: the database runs when one came in the last 300 s.
    Service s = service(TrafficPattern.STEADY, 1_000, 1.5, DataStore.of(DataStore.Type.RELATIONAL));
    double active = HOURS * (1 - Math.exp(-1_000 / SECONDS * 300));

    Map<String, Double> l = lines(s);

    assertThat(active).isCloseTo(78.75, within(0.01));
    assertThat(l.get("aurora.serverlessV2.acuHour.standard"))
        .isCloseTo(active * 0.5 * 0.12, within(1e-9));
  }

  @Test
  void aLongerPauseDelayKeepsItActiveLonger() {
    DataStore day =
        new DataStore(
            DataStore.Type.RELATIONAL,
            null,
            0,
            256,
            86_400,
            DataStore.StorageType.STANDARD,
            null,
            null);
    Service s = service(TrafficPattern.STEADY, 1_000, 1.5, day);

    double active = HOURS * (1 - Math.exp(-1_000 / SECONDS * 86_400));

    assertThat(lines(s).get("aurora.serverlessV2.acuHour.standard"))
        .isCloseTo(active * 0.5 * 0.12, within(1e-9));
  }

  @Test
  void withoutRequestsItIsPausedAllMonthAndOnlyStorageIsBilled() {
    Service s = service(TrafficPattern.STEADY, 0, 1.5, DataStore.of(DataStore.Type.RELATIONAL));

    Map<String, Double> l = lines(s);

    assertThat(l.get("aurora.serverlessV2.acuHour.standard")).isZero();
    assertThat(l.get("aurora.io.standard")).isZero();
    assertThat(l.get("total")).isCloseTo(1.00, within(1e-12));
  }

  @Test
  void capacityFollowsTheLoadUpToTheMost() {
    // 2,628,000,000 requests a month: 1,000 a second, 10 ACU at 100 requests a second an ACU.
    Service free = service(TrafficPattern.STEADY, 2_628_000_000d, 1.5, relational(null, 0, 256));
    Service capped = service(TrafficPattern.STEADY, 2_628_000_000d, 1.5, relational(null, 0, 4));
    DataStore lighter =
        new DataStore(
            DataStore.Type.RELATIONAL,
            null,
            0,
            256,
            null,
            DataStore.StorageType.STANDARD,
            null,
            500.0);
    Service light = service(TrafficPattern.STEADY, 2_628_000_000d, 1.5, lighter);

    // 10 ACU x 730 h = 7,300 ACU-hours x $0.12; capped: 4 x 730 = 2,920; at 500 a second: 2 ACU
    assertThat(lines(free).get("aurora.serverlessV2.acuHour.standard"))
        .isCloseTo(876.00, within(1e-6));
    assertThat(lines(capped).get("aurora.serverlessV2.acuHour.standard"))
        .isCloseTo(350.40, within(1e-6));
    assertThat(lines(light).get("aurora.serverlessV2.acuHour.standard"))
        .isCloseTo(175.20, within(1e-6));
  }

  @Test
  void ioOptimizedBillsNoIoAtItsOwnRates() {
    DataStore optimized =
        new DataStore(
            DataStore.Type.RELATIONAL,
            100.0,
            0,
            256,
            null,
            DataStore.StorageType.IO_OPTIMIZED,
            5.0,
            null);
    Service s = service(TrafficPattern.STEADY, 12_000_000, 1.5, optimized);

    Map<String, Double> l = lines(s);

    // 365 ACU-hours x $0.16; 100 GB x $0.225; no I/O line
    assertThat(l)
        .containsOnlyKeys(
            "aurora.serverlessV2.acuHour.ioOptimized", "aurora.storage.ioOptimized", "total");
    assertThat(l.get("aurora.serverlessV2.acuHour.ioOptimized")).isCloseTo(58.40, within(1e-9));
    assertThat(l.get("aurora.storage.ioOptimized")).isCloseTo(22.50, within(1e-12));
  }

  @Test
  void explainShowsEveryAssumptionByName() {
    Service s = service(TrafficPattern.BATCH, 300_000, 8, DataStore.of(DataStore.Type.RELATIONAL));
    Bill bill = Bill.withLines();
    aurora().price(s, 300_000, bill);
    List<CostLine> lines = bill.lines();

    assertThat(lines)
        .extracting(CostLine::item)
        .containsExactly("Aurora capacity (ACU-hours)", "Aurora storage", "Aurora I/O requests");
    assertThat(lines.get(0).formula())
        .isEqualTo(
            "active 730 h x 1/8 (batch: requests come at the peak rate, 8 x the average) x (1 -"
                + " e^-(0.9132 requests/s x 300 s without one before it pauses (AWS's default:"
                + " aurora.serverlessV2.autoPauseSeconds))) = 91.25 h; the load 0.9132 requests/s"
                + " while active / 100 a second an ACU (assumed:"
                + " aurora.serverlessV2.requestsPerSecondPerAcu) = 0.0091 ACU, raised to the least"
                + " while active, 0.5 (aurora.serverlessV2.minActiveAcu); 0.5 ACU x 91.25 h ="
                + " 45.625 ACU-hours x $0.12 per ACU-hour");
    assertThat(lines.get(1).formula())
        .isEqualTo("10 GB (assumed: aurora.storage.assumedGb) x $0.1 per GB-month");
    assertThat(lines.get(2).formula())
        .isEqualTo(
            "300,000 requests x 1 I/O (assumed: aurora.io.perRequest) = 300,000 I/Os x"
                + " $0.2 per 1M I/O requests");
  }

  @Test
  void itGrowsWithTheVolumeAndItsLinesAddUp() {
    Random r = new Random(7);
    DataTier aurora = aurora();
    for (int i = 0; i < 500; i++) {
      TrafficPattern pattern = TrafficPattern.values()[r.nextInt(TrafficPattern.values().length)];
      double min = r.nextBoolean() ? 0 : r.nextInt(8) * 0.5;
      double max = Math.max(0.5, min + r.nextInt(16) * 0.5);
      DataStore store =
          new DataStore(
              DataStore.Type.RELATIONAL,
              r.nextBoolean() ? null : r.nextDouble() * 500,
              min,
              max,
              min == 0 && r.nextBoolean() ? 300 + r.nextInt(86_100) : null,
              r.nextBoolean() ? DataStore.StorageType.STANDARD : DataStore.StorageType.IO_OPTIMIZED,
              r.nextBoolean() ? null : r.nextDouble() * 10,
              r.nextBoolean() ? null : 1 + r.nextDouble() * 1000);
      Service s = service(pattern, 0, 1 + r.nextDouble() * 20, store);
      double previous = -1;
      for (double v = 0; v < 1e12; v = v == 0 ? 1 : v * (1.5 + r.nextDouble() * 4)) {
        Bill bill = Bill.withLines();
        aurora.price(s, v, bill);
        double sum = bill.lines().stream().mapToDouble(CostLine::amount).sum();
        assertThat(sum).as("lines of %s at %s", store, v).isCloseTo(bill.total(), within(1e-9));
        assertThat(bill.total())
            .as("%s at %s", store, v)
            .isGreaterThanOrEqualTo(previous - Math.abs(previous) * 1e-12);
        previous = bill.total();
      }
    }
  }
}
