package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.placementadvisor.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer's sizing points, with the reviewer's numbers: Kubernetes sized on the monthly
 * average (a peak-to-average of 20 cost what 1.5 did), a nightly job priced as two always-on
 * replicas, a replica larger than the node priced on it anyway, and GPUs counted one per busy core.
 * Each amount is worked out by hand here from docs/cost-model.md, "Peaks, autoscaling and jobs" and
 * "Node types and GPUs", on the default node type m5.large (2 vCPU, 8 GiB, $0.096).
 */
class SizingScenarioTest extends AbstractCostCliTest {
  private static final double HOURS = 730;
  private static final double SECONDS = HOURS * 3600;
  private static final double M5 = 0.096;

  @TempDir Path dir;

  /** A platform's quote of the {@code index}-th service of a report. */
  private static JsonNode quote(JsonNode report, int index, String platform) {
    for (JsonNode q : report.path("services").path(index).path("platforms")) {
      if (q.path("id").asText().equals(platform)) {
        return q;
      }
    }
    throw new AssertionError("no quote for " + platform);
  }

  /** The amount of a quote's line whose item starts with {@code item}. */
  private static double line(JsonNode quote, String item) {
    double sum = 0;
    boolean found = false;
    for (JsonNode l : quote.path("lines")) {
      if (l.path("item").asText().startsWith(item)) {
        sum += l.path("monthlyCost").asDouble();
        found = true;
      }
    }
    assertThat(found).as("a line %s in %s", item, quote).isTrue();
    return sum;
  }

  /**
   * 100M requests a month of 100 ms of CPU: 3.8052 cores on average. At 1.5x for 8 h a day the peak
   * is 5.7078 cores (4.0770 nodes at 70%) for a third of the month and the off-peak 2.8539 (2.0385
   * nodes): 2.7180 nodes on average, the average's. At 20x the peak can hold the month's work for
   * 1/20 of it: 76.10 cores (54.36 nodes) for 5% of the month, nothing off-peak but two replicas of
   * 512 MB (0.1786 nodes), under the two-node minimum: 2 nodes plus the peak above the room the
   * minimum leaves, 2 + (2.8876 - 0.1786 - 1.8214 x 5%) = 4.6180 nodes.
   */
  @Test
  void aPeakOfTwentyCostsMoreThanOneAndAHalfForTheSameMonthlyRequests() {
    JsonNode low = quote(assess(fixture("peaks-ratio-1.5.yaml")), 0, "aws-eks");
    JsonNode high = quote(assess(fixture("peaks-ratio-20.yaml")), 0, "aws-eks");
    double cores = 100e6 / SECONDS * 0.1;

    double lowPeak = cores * 1.5 / 0.7 / 2;
    double lowOff = cores * (1 - 1.5 / 3) / (2.0 / 3) / 0.7 / 2;
    double lowNodes = lowPeak / 3 + lowOff * 2 / 3;
    assertThat(lowNodes).isCloseTo(cores / 0.7 / 2, within(1e-9));
    assertThat(line(low, "Nodes")).isCloseTo(lowNodes * M5 * HOURS, within(0.005));

    double highPeak = cores * 20 / 0.7 / 2;
    double highOff = 2 * 0.5 / 0.7 / 8;
    double highMean = 0.05 * highPeak + 0.95 * highOff;
    double highNodes = 2 + (highMean - highOff - (2 - highOff) * 0.05);
    assertThat(highNodes).isCloseTo(4.6180, within(1e-4));
    assertThat(line(high, "Nodes")).isCloseTo(highNodes * M5 * HOURS, within(0.005));

    assertThat(line(high, "Nodes")).isGreaterThan(1.5 * line(low, "Nodes"));
    assertThat(high.path("monthlyCost").decimalValue())
        .isGreaterThan(low.path("monthlyCost").decimalValue().add(new BigDecimal("100")));
  }

  /**
   * Without autoscaling the cluster is sized for the peak all month, as before: at 20x, 54.36 nodes
   * of vCPU, 55 whole nodes, far more than the autoscaled 4.6180.
   */
  @Test
  void withoutAutoscalingThePeakRunsAllMonth() {
    String yaml =
        """
        version: 1
        organization:
          kubernetes: {autoscaling: false}
        services:
          - name: api
            traffic: {pattern: steady, requestsPerMonth: 100M, peakToAverage: 20}
            avgDurationMs: 100
            cpuMsPerRequest: 100
            memoryMb: 512
        """;
    JsonNode fixed = quote(assess(write(dir, "fixed.yaml", yaml)), 0, "aws-eks");
    assertThat(line(fixed, "Nodes")).isCloseTo(55 * M5 * HOURS, within(0.005));
  }

  /**
   * The nightly job: 30 runs of 20 minutes at 2 cores busy (2.857 vCPU at 70%) and 4 GiB a pod,
   * 1.37% of the month. Beside a busy API, on EKS it pays its pods' share of the nodes while it
   * runs, 1.4286 nodes x 1.37%, not two replicas of 4 GiB all month (1.4286 nodes, $100.11); on
   * Fargate, three 1-vCPU, 4-GB tasks for each run's 1,200 s, with no load balancer.
   */
  @Test
  void aNightlyJobIsPricedAsItsRunsNotAsTwoAlwaysOnReplicas() {
    JsonNode report = assess(fixture("jobs-nightly.yaml"));
    double share = 30 * 1200 / SECONDS;
    double runNodes = Math.max(2 / 0.7 / 2, 2 * 4 / 0.7 / 8);
    double alwaysOn = 2 * 4 / 0.7 / 8 * M5 * HOURS;
    assertThat(alwaysOn).isCloseTo(100.11, within(0.005));

    JsonNode eks = quote(report, 1, "aws-eks");
    assertThat(line(eks, "Nodes")).isCloseTo(share * runNodes * M5 * HOURS, within(0.005));
    assertThat(line(eks, "Nodes")).isLessThan(alwaysOn / 50);

    JsonNode fargate = quote(report, 1, "aws-fargate");
    assertThat(line(fargate, "Fargate vCPU")).isCloseTo(3 * share * 0.04048 * HOURS, within(0.005));
    assertThat(line(fargate, "Fargate memory"))
        .isCloseTo(3 * 4 * share * 0.004445 * HOURS, within(0.005));
    for (JsonNode l : fargate.path("lines")) {
      assertThat(l.path("item").asText()).doesNotStartWith("Load balancer");
    }
    // A run of 20 minutes does not fit Lambda's 15: the job is not priced there as a fit.
    assertThat(quote(report, 1, "aws-lambda").path("feasible").asBoolean()).isFalse();
    assertThat(
            report.path("services").path(1).path("monthlyCost").path("recommended").decimalValue())
        .isLessThan(new BigDecimal("5"));
  }

  /** Fargate bills a task at least a minute: 30 runs of 10 s cost 30 task-minutes. */
  @Test
  void aShortFargateRunIsBilledAMinute() {
    String yaml =
        """
        version: 1
        services:
          - name: tick
            traffic: {requestsPerMonth: 30}
            schedule: 30
            avgDurationMs: 10000
            cpuMsPerRequest: 1000
            memoryMb: 512
        """;
    JsonNode fargate = quote(assess(write(dir, "tick.yaml", yaml)), 0, "aws-fargate");
    // One 0.25-vCPU, 0.5-GB task a run, 60 s billed of its 10.
    assertThat(line(fargate, "Fargate vCPU"))
        .isCloseTo(30 * 60 / SECONDS * 0.25 * 0.04048 * HOURS, within(1e-2));
    assertThat(line(fargate, "Fargate vCPU")).isPositive();
  }

  /**
   * A replica of 12 GiB does not fit m5.large (8 GiB): it gets r5.large (16 GiB, $0.126), the
   * cheapest EC2 type it fits that costs at least m5.large, one a replica; 100,000 MB fits no EC2
   * type of the catalog, and EKS says so naming the field and the largest node.
   */
  @Test
  void aReplicaLargerThanTheNodeGetsANodeItFitsOrRulesTheClusterOut() {
    JsonNode report = assess(fixture("nodes-large-replica.yaml"));
    JsonNode big = quote(report, 0, "aws-eks");
    assertThat(big.path("feasible").asBoolean()).isTrue();
    boolean onR5 = false;
    for (JsonNode l : big.path("lines")) {
      onR5 |=
          l.path("item").asText().equals("Nodes (r5.large)")
              && l.path("price").asText().equals("r5.large");
    }
    assertThat(onR5).as("a Nodes (r5.large) line in %s", big).isTrue();

    JsonNode huge = quote(report, 1, "aws-eks");
    assertThat(huge.path("feasible").asBoolean()).isFalse();
    assertThat(huge.path("blockedBy").toString())
        .contains("memoryMb 100,000 does not fit the largest node, m5.4xlarge (64 GiB)");
  }

  /**
   * GPU nodes follow the GPUs' throughput: at 50 requests per GPU-second the peak (57.08 requests a
   * second) needs 1.14 GPUs, so two replicas of one g4dn.xlarge ($0.526) all month; without a
   * throughput, one GPU per busy core: 6 at the peak for a third of the month, 3 off-peak, 4 on
   * average. Two GPUs a replica fit no GPU node of the catalog.
   */
  @Test
  void gpusAreSizedByThroughputNotOneABusyCore() {
    JsonNode report = assess(fixture("gpu-throughput.yaml"));
    assertThat(line(quote(report, 0, "aws-eks"), "GPU nodes"))
        .isCloseTo(2 * 0.526 * HOURS, within(0.005));
    assertThat(line(quote(report, 1, "aws-eks"), "GPU nodes"))
        .isCloseTo(4 * 0.526 * HOURS, within(0.005));
    JsonNode two = quote(report, 2, "aws-eks");
    assertThat(two.path("feasible").asBoolean()).isFalse();
    assertThat(two.path("blockedBy").toString())
        .contains("gpusPerReplica 2 exceeds the largest GPU node's 1 GPU(s) (g4dn.xlarge)");
  }

  /** With a catalog that has a 4-GPU machine, two GPUs a replica run two replicas a machine. */
  @Test
  void twoGpusAReplicaShareAFourGpuMachine() {
    write(
        dir,
        "gpus.yaml",
        """
        instances:
          g4dn.12xlarge: {vcpu: 48, memoryGib: 192, architecture: x86_64, gpu: 4, hourly: 4}
        """);
    String yaml =
        """
        version: 1
        services:
          - name: embed
            traffic: {pattern: steady, requestsPerMonth: 100M}
            avgDurationMs: 100
            cpuMsPerRequest: 100
            memoryMb: 8192
            gpu: true
            gpusPerReplica: 2
            requestsPerGpuSecond: 50
        pricing: {catalog: gpus.yaml}
        """;
    JsonNode eks = quote(assess(write(dir, "two.yaml", yaml)), 0, "aws-eks");
    assertThat(eks.path("feasible").asBoolean()).isTrue();
    // Two replicas of 2 GPUs = 4 GPUs = one 4-GPU machine all month.
    assertThat(line(eks, "GPU nodes (g4dn.12xlarge)")).isCloseTo(1 * 4 * HOURS, within(0.005));
  }

  /** The new fields are checked like any other: a bad value is exit 2 at its line and column. */
  @Test
  void badSizingFieldsAreExitTwoAtTheirPlace() {
    assertBad("schedule: 0", "'schedule' must be greater than 0");
    assertBad("gpusPerReplica: 2", "'gpusPerReplica' needs 'gpu: true'");
    assertBad("gpu: true\n    gpusPerReplica: 0", "'gpusPerReplica' must be");
    assertBad("gpu: true\n    requestsPerGpuSecond: -1", "'requestsPerGpuSecond' must be");
    String profile =
        """
        version: 1
        services:
          - name: a
            traffic: {requestsPerMonth: 1M, peakHoursPerDay: 25}
        """;
    Path p = write(dir, "hours.yaml", profile);
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true),
            "validate",
            p.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains(p + ":4:").contains("'peakHoursPerDay' must be");
  }

  private void assertBad(String field, String message) {
    Path p =
        write(
            dir,
            "bad.yaml",
            "version: 1\nservices:\n  - name: a\n"
                + "    traffic: {requestsPerMonth: 1M}\n    "
                + field
                + "\n");
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true),
            "validate",
            p.toString());
    assertThat(code).as(err.toString()).isEqualTo(2);
    assertThat(err.toString()).contains(p + ":").contains(message);
  }
}
