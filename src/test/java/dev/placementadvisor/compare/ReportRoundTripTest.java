package dev.placementadvisor.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.placementadvisor.engine.Pipeline;
import dev.placementadvisor.input.Format;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.testing.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everything the tool writes reads back: a JSON report written by the real command line ({@code
 * advisor assess FILE --format json -o OUT}, flip points on) is read by {@link ReportReader} into
 * the snapshot of the same assessment, and compares with it as unchanged. For every sample, an
 * inventory at every maximum the loader allows, the same with a price catalog at its limits
 * (amounts near the largest double), and a generated inventory of 10,000 services. The 100,000
 * service case is {@code LargeReportIT}.
 */
class ReportRoundTripTest {
  @TempDir Path dir;

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySample(Path sample) throws IOException {
    roundTrip(sample, null);
  }

  @Test
  void anInventoryAtEveryMaximum() throws IOException {
    Path inventory =
        Files.writeString(dir.resolve("extreme.yaml"), extreme(), StandardCharsets.UTF_8);
    Snapshot read = roundTrip(inventory, null);
    assertThat(read.services()).hasSize(EXTREME_SERVICES);
    assertThat(read.total()).as("beyond the old reader's bound of 1e18").isGreaterThan(1e18);
  }

  /**
   * A user's price catalog may set prices up to $1e9 and capacities down to almost nothing (the
   * node's memory at its most, so that a replica of the largest memory fits it).
   */
  @Test
  void anInventoryAtEveryMaximumWithACatalogAtItsLimits() throws IOException {
    Path catalog =
        Files.writeString(
            dir.resolve("catalog.yaml"),
            """
            instances:
              m5.large: {vcpu: 1.0e-250, memoryGib: 1000000, architecture: x86_64, hourly: 1000000000}
            prices:
              lambda.requests: {unit: per 1M requests, price: 1000000000}
              lambda.duration.x86_64: {unit: per GB-second, price: 1000000000}
              lambda.duration.arm64: {unit: per GB-second, price: 1000000000}
              edge.requests: {unit: per 1M requests, price: 1000000000}
              edge.cpuMs: {unit: per 1M CPU ms, price: 1000000000}
            """);
    Path inventory =
        Files.writeString(
            dir.resolve("extreme-priced.yaml"),
            extreme() + "pricing: {catalog: catalog.yaml}\n",
            StandardCharsets.UTF_8);
    assertThat(catalog).exists();
    Snapshot read = roundTrip(inventory, null);
    assertThat(read.total()).isGreaterThan(1e250);
  }

  @Test
  void aGeneratedInventoryOf10000Services() throws Exception {
    Path inventory = generate(10_000);
    Snapshot read = roundTrip(inventory, "off");
    assertThat(read.services()).hasSize(10_000);
  }

  /** The values of {@link #extreme()} are the loader's maxima: one step beyond each is refused. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "requestsPerMonth: 1000000000000000 | requestsPerMonth: 1000000000000001",
        "avgDurationMs: 2592000000 | avgDurationMs: 2592000001",
        "memoryMb: 1048576 | memoryMb: 1048577",
        "maxDurationSeconds: 2592000 | maxDurationSeconds: 2592001",
        "logsGbPerMonth: 1000000000 | logsGbPerMonth: 1000000001",
        "cpuMsPerRequest: 900000 | cpuMsPerRequest: 900001",
        "peakToAverage: 10000 | peakToAverage: 10001",
        "growthPerMonth: 1000% | growthPerMonth: 1001%",
        "engineers: 1000000 | engineers: 1000001",
        "platformEngineers: 1000000 | platformEngineers: 1000001",
        "minNodes: 10000 | minNodes: 10001",
        "storageGb: 131072 | storageGb: 131073",
        "maxAcu: 256 | maxAcu: 256.5",
        "autoPauseSeconds: 86400 | autoPauseSeconds: 86401",
        "ioPerRequest: 1000000 | ioPerRequest: 1000001",
        "requestsPerSecondPerAcu: 1000000000 | requestsPerSecondPerAcu: 1000000001",
        "name: x23456789- | (the longest service name, one character longer)",
      })
  void oneStepBeyondEachMaximumIsRefused(String at, String beyond) {
    assertThat(LONG_NAME).hasSize(100);
    String text = extreme();
    assertThat(text).contains(at);
    String over = text.replace(at, beyond);
    if (at.startsWith("name:")) {
      // the longest service name, made one character longer
      over = text.replace("name: " + LONG_NAME, "name: " + LONG_NAME + "x");
    }
    String overText = over;
    assertThatThrownBy(() -> InventoryLoader.parse(overText, "over.yaml"))
        .isInstanceOf(InputException.class);
    assertThat(InventoryLoader.parse(text, "extreme.yaml").services()).hasSize(EXTREME_SERVICES);
  }

  private static final int EXTREME_SERVICES = 12;

  /** A name of 100 characters, the longest. */
  private static final String LONG_NAME = "x23456789-".repeat(9) + "x234567890";

  /**
   * An inventory at every maximum the loader allows (InventoryLoader's MAX_ constants and limits):
   * 1e15 requests a month, 30-day executions, 1 TiB of memory, 1e9 GB of logs, the largest peak and
   * growth, a million engineers, 10,000 nodes at 1% utilization, every flag and regime,
   * 100-character names, the largest relational data stores, and a long organization name; with a
   * few services at the minimums beside them.
   */
  static String extreme() {
    // (A long organization name, not the longest: that limit is the inventory's to change.)
    StringBuilder b = new StringBuilder("version: 1\norganization:\n  name: ");
    b.append("O".repeat(1000)).append('\n');
    b.append(
        """
          engineers: 1000000
          platformEngineers: 1000000
          compliance: [soc2, pci-dss, hipaa, fedramp, gdpr]
          multiCloud: true
          onPremises: true
          budgetPredictability: true
          region: us-east-1
          kubernetes: {instanceType: m5.large, minNodes: 10000, targetUtilization: 1%, autoscaling: false}
        profiles:
          peak: {pattern: unpredictable, requestsPerMonth: 1000000000000000, peakToAverage: 10000, growthPerMonth: 1000%}
        services:
        """);
    String[] runtimes = {"assemblyscript", "rust", "java", "python"};
    String[] gateways = {"rest", "http", "none"};
    for (int i = 0; i < 9; i++) {
      String name = i == 0 ? LONG_NAME : LONG_NAME.substring(0, 98) + "-" + i;
      b.append("  - name: ")
          .append(name)
          .append('\n')
          .append(
              i % 2 == 0
                  ? "    traffic: peak\n"
                  : "    traffic: {pattern: spiky, requestsPerMonth: 1000000000000000,"
                      + " peakToAverage: 10000, growthPerMonth: 1000%}\n")
          .append("    runtime: ")
          .append(runtimes[i % runtimes.length])
          .append('\n')
          .append("    avgDurationMs: 2592000000\n")
          .append("    memoryMb: 1048576\n")
          .append("    workload: compute-bound\n")
          .append("    stateful: ")
          .append(i % 3 == 0)
          .append('\n')
          .append("    persistentConnections: ")
          .append(i % 3 == 1)
          .append('\n')
          .append("    gpu: ")
          .append(i % 4 == 2)
          .append('\n')
          .append("    maxDurationSeconds: 2592000\n")
          .append("    coldStartSensitive: true\n")
          .append("    customNetworking: ")
          .append(i % 2 == 1)
          .append('\n')
          .append("    onPremises: ")
          .append(i % 5 == 4)
          .append('\n')
          .append("    apiGateway: ")
          .append(gateways[i % gateways.length])
          .append('\n')
          .append("    vpcEgress: true\n")
          .append("    logsGbPerMonth: 1000000000\n")
          .append("    compliance: [soc2, pci-dss, hipaa, fedramp, gdpr]\n")
          .append("    architecture: ")
          .append(i % 2 == 0 ? "arm64" : "x86_64")
          .append('\n')
          .append("    cpuMsPerRequest: 900000\n")
          .append(
              i % 2 == 0
                  ? "    dataStore: {type: relational, storageGb: 131072, minAcu: 256, maxAcu: 256,"
                      + " storageType: io-optimized, requestsPerSecondPerAcu: 1000000000}\n"
                  : "    dataStore: {type: relational, storageGb: 131072, maxAcu: 256,"
                      + " autoPauseSeconds: 86400, ioPerRequest: 1000000}\n");
    }
    b.append(
        """
          - name: zero
            traffic: {requestsPerMonth: 0}
          - name: tiny
            traffic: {pattern: event-driven, requestsPerMonth: 1, growthPerMonth: -99%}
            avgDurationMs: 0.001
            memoryMb: 1
            cpuMsPerRequest: 0.001
          - name: 0.9_Z-z
            traffic: {pattern: batch, requestsPerMonth: 1000000000000000}
            runtime: tinygo
        """);
    return b.toString();
  }

  /** Writes an inventory's report through the command line, reads it back, and checks it. */
  private Snapshot roundTrip(Path inventory, String flipPoints) throws IOException {
    Path report = dir.resolve(inventory.getFileName() + ".json");
    List<String> args =
        new ArrayList<>(
            List.of("assess", inventory.toString(), "--format", "json", "-o", report.toString()));
    args.add("--flip-points=" + (flipPoints == null ? "on" : flipPoints));
    CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();

    Snapshot read = ReportReader.read(report);
    Snapshot fresh = Snapshot.of(Pipeline.assess(inventory, null));
    assertThat(read.inventory()).isEqualTo(fresh.inventory());
    assertThat(read.services()).hasSameSizeAs(fresh.services());
    for (int i = 0; i < fresh.services().size(); i++) {
      Snapshot.Entry was = read.services().get(i);
      Snapshot.Entry now = fresh.services().get(i);
      assertThat(was.name()).isEqualTo(now.name());
      assertThat(was.placement()).isEqualTo(now.placement());
      assertThat(Format.cents(was.monthlyCost()))
          .as(now.name())
          .isEqualTo(Format.cents(now.monthlyCost()));
      assertThat(was.line()).isEqualTo(now.line());
      assertThat(was.column()).isEqualTo(now.column());
    }
    assertThat(Format.cents(read.total())).isEqualTo(Format.cents(fresh.total()));
    Comparison c = ReportDiff.compare(read, fresh, GateOptions.none());
    assertThat(c.changes()).allMatch(s -> s.kind() == ServiceChange.Kind.UNCHANGED);
    return read;
  }

  /** An inventory from the benchmark's generator, run as the benchmark runs it. */
  private Path generate(int services) throws Exception {
    Path out = dir.resolve("generated-" + services + ".yaml");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "bench/GenerateInventory.java",
                Integer.toString(services),
                out.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("generate.log").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("generate.log"))).isZero();
    return out;
  }
}
