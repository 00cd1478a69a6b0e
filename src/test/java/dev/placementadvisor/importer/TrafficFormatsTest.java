package dev.placementadvisor.importer;

import static dev.placementadvisor.importer.ImportTesting.assertGolden;
import static dev.placementadvisor.importer.ImportTesting.measured;
import static dev.placementadvisor.importer.ImportTesting.renderMeasured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.placementadvisor.input.InputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CloudWatch, Prometheus and Infracost traffic files in, measured figures out. */
class TrafficFormatsTest {
  private static final double MONTH = 30.4375 * 86_400;
  private final CloudWatchMetrics cloudWatch = new CloudWatchMetrics();
  private final PrometheusRange prometheus = new PrometheusRange();
  private final InfracostUsage infracost = new InfracostUsage();

  @ParameterizedTest
  @CsvSource({
    "cloudwatch, traffic/metric-data.json",
    "cloudwatch, traffic/checkout.json",
    "cloudwatch, traffic/checkout-duration.json",
    "prometheus, traffic/prometheus.json",
    "infracost, traffic/infracost-usage.yml"
  })
  void readsFilesAsTheGoldenExpectationsSay(String format, String file) {
    TrafficFormat f =
        switch (format) {
          case "cloudwatch" -> cloudWatch;
          case "prometheus" -> prometheus;
          default -> infracost;
        };
    assertGolden(renderMeasured(measured(f, file)), "expected/" + file + ".expected");
  }

  @Test
  void metricDataSumsInvocationsOverTheMeasuredDaysAndWeighsDurations() {
    List<Measured> m = measured(cloudWatch, "traffic/metric-data.json");
    Measured orders = m.get(0);
    assertThat(orders.service()).isEqualTo("orders-api");
    // 270,000 requests in 3 days
    assertThat(orders.requestsPerMonth()).isCloseTo(270_000 * 30.4375 / 3, within(1e-6));
    // (110×90k + 150×120k + 80×60k) / 270k
    assertThat(orders.avgDurationMs()).isCloseTo(121.111111, within(1e-5));
    assertThat(orders.peakRps()).isCloseTo(120_000 / 86_400.0, within(1e-9));
    Measured worker = m.get(1);
    assertThat(worker.service()).isEqualTo("worker");
    assertThat(worker.p95DurationMs()).isEqualTo(3100.5);
    assertThat(worker.requestsPerMonth()).isCloseTo(1200 * 30.4375 / 2, within(1e-6));
  }

  @Test
  void statisticsTakeTheServiceFromTheFileNameAndTheMetricFromTheLabel() {
    Measured checkout = measured(cloudWatch, "traffic/checkout.json").get(0);
    assertThat(checkout.service()).isEqualTo("checkout");
    assertThat(checkout.requestsPerMonth()).isCloseTo(6120 * MONTH / (3 * 3600), within(1e-6));
    Measured duration = measured(cloudWatch, "traffic/checkout-duration.json").get(0);
    assertThat(duration.service()).isEqualTo("checkout");
    assertThat(duration.avgDurationMs()).isEqualTo(200.0);
    assertThat(duration.requestsPerMonth()).isNull();
  }

  @Test
  void partialDataIsSaid() {
    String text =
        "{\"MetricDataResults\": [{\"Label\": \"a-invocations\", \"StatusCode\":"
            + " \"PartialData\", \"Timestamps\": [\"2026-11-01T00:00:00Z\","
            + " \"2026-11-01T00:01:00Z\"], \"Values\": [6, 12]}]}";
    Measured a = cloudWatch.read(Path.of("m.json"), text).get(0);
    assertThat(a.requestsPerMonth()).isCloseTo(18 * MONTH / 120, within(1e-6));
    assertThat(a.peakRps()).isEqualTo(0.2);
    assertThat(a.notes()).first().asString().startsWith("CloudWatch answered with partial data");
  }

  @Test
  void aSingleTimestampCannotBeScaledToAMonth() {
    String text =
        "{\"MetricDataResults\": [{\"Id\": \"a_invocations\", \"Label\": \"x\","
            + " \"Timestamps\": [\"2026-11-01T00:00:00Z\"], \"Values\": [5.0]}]}";
    assertThatThrownBy(() -> cloudWatch.read(Path.of("m.json"), text))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("m.json:1:24: the invocations of a has 1 timestamp(s)");
  }

  @Test
  void durationsThatAverageZeroAreRefusedInTheTrafficFileNotAtTheDeploymentFile() {
    String text = ImportTesting.text("traffic/cloudwatch-zero-duration.json");
    assertThatThrownBy(() -> cloudWatch.read(Path.of("m.json"), text))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "m.json:2:3: the durations of api average 0 ms: a measured average must be above 0"
                + " (leave the duration results out if no request was measured)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"MetricDataResults\": [{\"Id\": \"m1\", \"Label\": \"Invocations\"}]}",
        "{\"MetricDataResults\": [{\"Id\": \"a_duration\", \"Timestamps\": [1], \"Values\": []}]}",
        "{\"MetricDataResults\": [{\"Id\": \"a_duration\", \"Timestamps\": [\"yesterday\"],"
            + " \"Values\": [1]}]}",
        "{\"MetricDataResults\": [{\"Id\": \"a_duration\", \"Timestamps\":"
            + " [\"2026-11-01T00:00:00Z\"], \"Values\": [-1]}]}",
        "{\"MetricDataResults\": [{\"Label\": \"a b-duration\", \"Timestamps\": [], \"Values\":"
            + " []}]}",
      })
  void badMetricDataIsRefusedWithAPlace(String text) {
    assertThatThrownBy(() -> cloudWatch.read(Path.of("m.json"), text))
        .isInstanceOf(InputException.class)
        .hasMessageMatching("m\\.json:1:\\d+: .*");
  }

  @Test
  void prometheusAddsSeriesOfOneServiceAndSkipsNaN() {
    List<Measured> m = measured(prometheus, "traffic/prometheus.json");
    assertThat(m).extracting(Measured::service).containsExactly("catalog", "edge-router", "resize");
    assertThat(m.get(0).requestsPerMonth()).isCloseTo(16 * MONTH, within(1e-6));
    assertThat(m.get(0).peakRps()).isEqualTo(20.0);
    assertThat(m.get(0).notes()).contains("1 NaN samples (no data) skipped");
    assertThat(m.get(1).requestsPerMonth()).isCloseTo(170 * MONTH, within(1e-6));
    assertThat(m.get(1).peakRps()).isEqualTo(180.0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "\"+Inf\"; a rate must be a number of requests a second, 0 or more and finite, got '+Inf'",
        "\"-Inf\"; a rate must be a number of requests a second, 0 or more and finite, got '-Inf'",
        "\"-2\"; a rate must be a number of requests a second, 0 or more and finite, got '-2'",
        "\"lots\"; a rate must be a number of requests a second, 0 or more and finite, got 'lots'",
      })
  void infiniteNegativeOrNonNumericRatesAreRefused(String value, String message) {
    String text =
        "{\"status\": \"success\", \"data\": {\"resultType\": \"matrix\", \"result\":"
            + " [{\"metric\": {\"service\": \"a\"}, \"values\": [[1, \"1\"], [2, "
            + value
            + "]]}]}}";
    assertThatThrownBy(() -> prometheus.read(Path.of("p.json"), text))
        .isInstanceOf(InputException.class)
        .hasMessage("p.json:1:" + (text.indexOf(value) + 1) + ": " + message);
  }

  @Test
  void aVectorOrAFailedQueryIsRefused() {
    assertThatThrownBy(
            () ->
                prometheus.read(
                    Path.of("p.json"),
                    "{\"status\": \"success\", \"data\": {\"resultType\": \"vector\", \"result\":"
                        + " []}}"))
        .hasMessage(
            "p.json:1:46: resultType must be matrix (the answer of query_range), got"
                + " 'vector'");
    assertThatThrownBy(
            () -> prometheus.read(Path.of("p.json"), "{\"status\": \"error\", \"data\": {}}"))
        .hasMessage("p.json:1:12: the query did not succeed: status must be success");
  }

  @Test
  void infracostGivesTheResourceNameItsMonthlyFigures() {
    List<Measured> m = measured(infracost, "traffic/infracost-usage.yml");
    assertThat(m).extracting(Measured::service).containsExactly("orders", "monthly", "unused");
    assertThat(m.get(0).requestsPerMonth()).isEqualTo(12_000_000.0);
    assertThat(m.get(0).avgDurationMs()).isEqualTo(180.0);
    assertThat(m.get(2).requestsPerMonth()).isNull();
  }

  @Test
  void infracostRefusesWrongTypesAndTwoEntriesForOneService() {
    assertThatThrownBy(
            () ->
                infracost.read(
                    Path.of("u.yml"),
                    "version: 0.1\n"
                        + "resource_usage:\n"
                        + "  aws_lambda_function.a:\n"
                        + "    monthly_requests: lots\n"))
        .hasMessageStartingWith("u.yml:4:23: 'monthly_requests' must be a number");
    assertThatThrownBy(
            () ->
                infracost.read(
                    Path.of("u.yml"),
                    "version: 0.1\nresource_usage:\n  aws_lambda_function.a[0]: {}\n"
                        + "  aws_lambda_function.a[1]: {}\n"))
        .hasMessage(
            "u.yml:4:3: a second entry for the service 'a': give each function one" + " entry");
  }

  @Test
  void eachFormatAcceptsItsOwnFilesOnly() {
    String data = ImportTesting.text("traffic/metric-data.json");
    String prom = ImportTesting.text("traffic/prometheus.json");
    assertThat(cloudWatch.accepts(Path.of("m.json"), data)).isTrue();
    assertThat(cloudWatch.accepts(Path.of("p.json"), prom)).isFalse();
    assertThat(prometheus.accepts(Path.of("m.json"), data)).isFalse();
    assertThat(infracost.accepts(Path.of("m.json"), data)).isFalse();
  }
}
