package dev.placementadvisor.inventory;

import static dev.placementadvisor.testing.BadInput.assertLocated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.placementadvisor.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers with K/M/B suffixes and underscores, percentages, and the forms that are rejected. */
class NumberFormsTest {
  private static Inventory inventory;

  @TempDir Path tmp;

  @BeforeAll
  static void load() {
    inventory = InventoryLoader.load(Fixtures.path("numbers-suffixes.yaml"));
  }

  private static TrafficProfile traffic(String service) {
    return inventory.service(service).traffic();
  }

  @Test
  void suffixesMultiplyByThousandMillionAndBillion() {
    assertThat(traffic("mega").requestsPerMonth()).isEqualTo(12_000_000d);
    assertThat(traffic("kilo").requestsPerMonth()).isEqualTo(250_000d);
    assertThat(traffic("giga").requestsPerMonth()).isEqualTo(1_500_000_000d);
  }

  @Test
  void underscoresQuotesLowerCaseAndExponentsAreNumbersToo() {
    assertThat(traffic("plain").requestsPerMonth()).isEqualTo(12_000_000d);
    assertThat(traffic("quoted").requestsPerMonth()).isEqualTo(12_000_000d);
    assertThat(traffic("lower").requestsPerMonth()).isEqualTo(12_000_000d);
    assertThat(traffic("exponent").requestsPerMonth()).isEqualTo(50_000_000d);
  }

  @Test
  void wholeNumbersMayUseASuffixWhenTheResultIsWhole() {
    assertThat(inventory.organization().engineers()).isEqualTo(1500);
    assertThat(inventory.service("mega").memoryMb()).isEqualTo(2000);
    assertThat(inventory.service("kilo").avgDurationMs()).isEqualTo(1500d);
  }

  @Test
  void percentagesAreFractions() {
    assertThat(traffic("mega").growthPerMonth()).isCloseTo(0.08, within(1e-12));
    assertThat(traffic("kilo").growthPerMonth()).isCloseTo(-0.05, within(1e-12));
    assertThat(traffic("giga").growthPerMonth()).isZero();
    assertThat(traffic("plain").growthPerMonth()).isCloseTo(0.005, within(1e-12));
    assertThat(inventory.organization().kubernetes().targetUtilization())
        .isCloseTo(0.725, within(1e-12));
  }

  private String requests(String value) throws IOException {
    Path file = tmp.resolve("numbers.yaml");
    Files.writeString(
        file,
        "version: 1\nservices:\n  - name: auth\n    traffic: {requestsPerMonth: " + value + "}\n");
    return file.toString();
  }

  @ParameterizedTest(name = "requestsPerMonth: {0}")
  @ValueSource(strings = {"12X", "1.5.5M", "--3", "12MM", "1__000", "0x10", "12 M"})
  void malformedNumbersAreRejectedAtTheValue(String value) throws IOException {
    String message = assertLocated(tmp, requests(value), 4, 33);

    assertThat(message).startsWith("'requestsPerMonth' must be a number").contains(value);
  }

  @ParameterizedTest(name = "requestsPerMonth: {0}")
  @ValueSource(strings = {".nan", ".NaN", ".inf", "-.inf"})
  void notANumberAndInfinityAreRejected(String value) throws IOException {
    String message = assertLocated(tmp, requests(value), 4, 33);

    assertThat(message).startsWith("'requestsPerMonth' must be a number");
  }

  @ParameterizedTest(name = "requestsPerMonth: {0}")
  @ValueSource(strings = {"1e400", "1.5e400M", "\"1e400\""})
  void hugeExponentsAreOutOfRange(String value) throws IOException {
    String message = assertLocated(tmp, requests(value), 4, 33);

    assertThat(message).startsWith("'requestsPerMonth'").contains("out of range");
  }

  @Test
  void aBareNumberIsNotAPercentage() throws IOException {
    Path file = tmp.resolve("percent.yaml");
    Files.writeString(
        file,
        "version: 1\n"
            + "services:\n"
            + "  - name: auth\n"
            + "    traffic: {requestsPerMonth: 1M, growthPerMonth: 8}\n");

    String message = assertLocated(tmp, file.toString(), 4, 53);

    assertThat(message).contains("'growthPerMonth'").contains("percentage such as 8%");
  }

  @Test
  void aFractionIsNotAWholeNumber() throws IOException {
    Path file = tmp.resolve("whole.yaml");
    Files.writeString(
        file,
        "version: 1\nservices:\n  - name: auth\n    traffic: {requestsPerMonth: 1M}\n"
            + "    memoryMb: 1.5\n");

    String message = assertLocated(tmp, file.toString(), 5, 15);

    assertThat(message).contains("'memoryMb'").contains("whole number");
  }

  @Test
  void anUnderflowingDurationIsNotAcceptedAsZero() throws IOException {
    Path file = tmp.resolve("tiny.yaml");
    Files.writeString(
        file,
        "version: 1\nservices:\n  - name: auth\n    traffic: {requestsPerMonth: 1M}\n"
            + "    avgDurationMs: 1e-400\n");

    String message = assertLocated(tmp, file.toString(), 5, 20);

    assertThat(message).contains("'avgDurationMs'");
  }
}
