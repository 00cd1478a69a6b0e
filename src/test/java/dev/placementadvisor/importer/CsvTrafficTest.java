package dev.placementadvisor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.placementadvisor.input.InputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV of measured traffic: header, scaling to a month, and each bad cell located. */
class CsvTrafficTest {
  private static final CsvTraffic CSV = new CsvTraffic();
  private static final Path FILE = Path.of("traffic.csv");
  private static final String HEADER =
      "service,requests,avg_duration_ms,p95_duration_ms,max_memory_mb,peak_rps,period_days\n";

  @Test
  void requestsAreScaledFromTheirPeriodToAMonth() {
    List<Measured> m = CSV.read(FILE, HEADER + "api,700000,85,310,412,40,7\n");

    assertThat(m).hasSize(1);
    Measured api = m.get(0);
    assertThat(api.service()).isEqualTo("api");
    assertThat(api.source().toString()).isEqualTo("traffic.csv:2:1");
    assertThat(api.requestsPerMonth()).isEqualTo(700_000 * 30.4375 / 7);
    assertThat(api.avgDurationMs()).isEqualTo(85);
    assertThat(api.p95DurationMs()).isEqualTo(310);
    assertThat(api.maxMemoryMb()).isEqualTo(412);
    assertThat(api.peakRps()).isEqualTo(40);
    assertThat(api.notes())
        .containsExactly("requests measured over 7 days, scaled to a month of 30.4375 days");
  }

  @Test
  void columnsMayComeInAnyOrderAndEmptyCellsAreUnknown() {
    List<Measured> m = CSV.read(FILE, "requests,service\n\"1200\",\"api\"\n,worker\n");

    assertThat(m.get(0).requestsPerMonth()).isEqualTo(1200);
    assertThat(m.get(0).notes()).isEmpty();
    assertThat(m.get(1).requestsPerMonth()).isNull();
    assertThat(m.get(1).avgDurationMs()).isNull();
  }

  @Test
  void itAcceptsACsvByNameOrByItsHeader() {
    assertThat(CSV.accepts(Path.of("t.csv"), "anything")).isTrue();
    assertThat(CSV.accepts(Path.of("t.txt"), HEADER)).isTrue();
    assertThat(CSV.accepts(Path.of("t.json"), "{\"MetricDataResults\": []}")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "api,lots,1,,,,          | traffic.csv:2:5: 'requests' must be a number of 0 or more"
            + " (plain digits, such as 1200 or 85.5), got 'lots'",
        "api,1,-5,,,,            | traffic.csv:2:7: 'avg_duration_ms' must be a number above 0",
        "api,1,0,,,,             | traffic.csv:2:7: 'avg_duration_ms' must be a number above 0",
        "api,1,1,1,1,1,0         | traffic.csv:2:15: 'period_days' must be a number above 0",
        "api,1e999,1,,,,         | traffic.csv:2:5: 'requests' must be a number",
        "api,NaN,1,,,,           | traffic.csv:2:5: 'requests' must be a number",
        "api,1,1,1,1,1,4000      | traffic.csv:2:15: 'period_days' must be at most 3,653",
        "Bad Name,1,1,,,,        | traffic.csv:2:1: 'service' must be a service name",
        "api,\"1,1,,,,           | traffic.csv:2:5: a quoted cell that does not end on its line",
      })
  void aBadCellIsRefusedWithItsLineAndColumn(String row, String message) {
    assertThatThrownBy(() -> CSV.read(FILE, HEADER + row + "\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void theHeaderIsRequiredAndChecked() {
    assertThatThrownBy(() -> CSV.read(FILE, "api,1200\n"))
        .hasMessage(
            "traffic.csv:1:1: unknown column 'api' (the columns: service, requests,"
                + " avg_duration_ms, p95_duration_ms, max_memory_mb, peak_rps, period_days)");
    assertThatThrownBy(() -> CSV.read(FILE, "service,request\n"))
        .hasMessage("traffic.csv:1:9: unknown column 'request' (did you mean 'requests'?)");
    assertThatThrownBy(() -> CSV.read(FILE, "requests\n5\n"))
        .hasMessageStartingWith("traffic.csv:1:1: the header has no 'service' column");
    assertThatThrownBy(() -> CSV.read(FILE, "service,service\n"))
        .hasMessage("traffic.csv:1:9: the column 'service' twice");
    assertThatThrownBy(() -> CSV.read(FILE, ""))
        .hasMessageStartingWith("traffic.csv:1:1: an empty CSV");
  }

  @Test
  void aRowWithMoreCellsThanTheHeaderIsRefusedAtTheFirstExtraCell() {
    String text = ImportTesting.text("traffic/traffic-thousands-separator.csv");

    // Read by the header, "api,1,200" would be 1 request: the 200 is not dropped in silence.
    assertThatThrownBy(() -> CSV.read(FILE, text))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "traffic.csv:2:7: more cells than the header's 2 columns (write numbers without a"
                + " thousands separator: 1200, not 1,200)");
  }
}
