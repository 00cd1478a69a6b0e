package dev.placementadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.engine.Assessor;
import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.Bands;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * With the default weights, every service's {@code kubernetesScore} equals the seed article's
 * {@code should_use_kubernetes(app)}, re-implemented here from the article's text and PRODUCT.md's
 * field mapping table, over a few hundred random inventories written as YAML.
 */
class SeedParityTest {
  private static final long SEED = 20260101L;
  private static final int INVENTORIES = 400;

  // ---------------------------------------------------------------- the seed, independently

  /** The attributes the seed's function reads, named as in the article. */
  record App(
      boolean hasStatefulServices,
      boolean needsPersistentConnections,
      boolean needsGpu,
      boolean hasLongRunningTasks,
      int microservicesCount,
      boolean needsCustomNetworking,
      boolean teamHasPlatformEng,
      boolean needsMultiCloud,
      boolean needsOnPremise,
      boolean hasStrictCompliance,
      BigDecimal requestsPerMonth,
      BigDecimal executionTimeAvgSeconds,
      boolean budgetPredictabilityRequired) {}

  /** {@code should_use_kubernetes(app)} from "Kubernetes vs Serverless in 2026", Factor 3. */
  static int shouldUseKubernetes(App app) {
    int score = 0;
    // Architecture
    if (app.hasStatefulServices()) score += 3;
    if (app.needsPersistentConnections()) score += 3;
    if (app.needsGpu()) score += 5;
    if (app.hasLongRunningTasks()) score += 2;
    if (app.microservicesCount() > 10) score += 2;
    if (app.needsCustomNetworking()) score += 3;
    // Operations
    if (app.teamHasPlatformEng()) score += 3;
    if (app.needsMultiCloud()) score += 4;
    if (app.needsOnPremise()) score += 5;
    if (app.hasStrictCompliance()) score += 2;
    // Economics
    if (app.requestsPerMonth().compareTo(BigDecimal.valueOf(50_000_000)) > 0) score += 3;
    if (app.executionTimeAvgSeconds().compareTo(BigDecimal.TEN) > 0) score += 2;
    if (app.budgetPredictabilityRequired()) score += 2;
    return score;
  }

  /** The seed's score interpretation: 0-8 serverless, 9-15 hybrid, 16+ Kubernetes. */
  static Placement seedBand(int score) {
    if (score <= 8) {
      return Placement.SERVERLESS;
    }
    return score <= 15 ? Placement.HYBRID : Placement.KUBERNETES;
  }

  // ---------------------------------------------------------------- random inventories

  private static final Set<String> STRICT = Set.of("soc2", "pci-dss", "hipaa", "fedramp");
  private static final List<List<String>> COMPLIANCE =
      List.of(
          List.of(),
          List.of(),
          List.of("none"),
          List.of("gdpr"),
          List.of("soc2"),
          List.of("pci-dss"),
          List.of("hipaa"),
          List.of("fedramp"),
          List.of("gdpr", "hipaa"),
          List.of("soc2", "gdpr"));
  private static final List<String> PATTERNS =
      List.of("steady", "spiky", "event-driven", "batch", "realtime", "unpredictable");
  private static final List<String> RUNTIMES =
      List.of("rust", "go", "typescript", "python", "java");
  private static final List<String> WORKLOADS = List.of("compute-bound", "io-bound", "mixed");

  /** A number as written in YAML and its exact value. */
  record Num(String text, BigDecimal value) {
    static Num of(String text, String exact) {
      return new Num(text, new BigDecimal(exact));
    }
  }

  private static final List<Num> REQUESTS =
      List.of(
          Num.of("0", "0"),
          Num.of("30", "30"),
          Num.of("40K", "40000"),
          Num.of("12M", "12000000"),
          Num.of("50000000", "50000000"),
          Num.of("50M", "50000000"),
          Num.of("50_000_000", "50000000"),
          Num.of("50000001", "50000001"),
          Num.of("50_000_001", "50000001"),
          Num.of("50.000001M", "50000001"),
          Num.of("5e7", "50000000"),
          Num.of("80M", "80000000"),
          Num.of("1.5B", "1500000000"));

  private static final List<Num> AVG_MS =
      List.of(
          Num.of("1", "1"),
          Num.of("15", "15"),
          Num.of("100", "100"),
          Num.of("9999", "9999"),
          Num.of("10000", "10000"),
          Num.of("10K", "10000"),
          Num.of("10001", "10001"),
          Num.of("10000.5", "10000.5"),
          Num.of("60000", "60000"),
          Num.of("899999", "899999"),
          Num.of("900000", "900000"),
          Num.of("900001", "900001"),
          Num.of("1.2M", "1200000"));

  private static final List<Num> MAX_SECONDS =
      List.of(
          Num.of("1", "1"),
          Num.of("30", "30"),
          Num.of("899", "899"),
          Num.of("900", "900"),
          Num.of("900.5", "900.5"),
          Num.of("901", "901"),
          Num.of("3600", "3600"),
          Num.of("7200", "7200"));

  private record Generated(String yaml, List<String> names, List<App> apps) {}

  private static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  private static String flow(List<String> items) {
    return "[" + String.join(", ", items) + "]";
  }

  private static boolean strict(List<String> a, List<String> b) {
    return a.stream().anyMatch(STRICT::contains) || b.stream().anyMatch(STRICT::contains);
  }

  private static Generated generate(Random r) {
    int platformEngineers = pick(r, List.of(0, 0, 1, 2, 8));
    boolean multiCloud = r.nextInt(4) == 0;
    boolean orgOnPremises = r.nextInt(6) == 0;
    boolean budget = r.nextInt(4) == 0;
    List<String> orgCompliance = pick(r, COMPLIANCE);
    int count = 1 + r.nextInt(15);
    Num shared = pick(r, REQUESTS);

    StringBuilder y = new StringBuilder();
    y.append("version: 1\norganization:\n");
    if (r.nextBoolean()) {
      y.append("  engineers: ").append(pick(r, List.of(1, 3, 5, 12, 40, 200))).append('\n');
    }
    y.append("  platformEngineers: ").append(platformEngineers).append('\n');
    y.append("  compliance: ").append(flow(orgCompliance)).append('\n');
    y.append("  multiCloud: ").append(multiCloud).append('\n');
    y.append("  onPremises: ").append(orgOnPremises).append('\n');
    y.append("  budgetPredictability: ").append(budget).append('\n');
    y.append("profiles:\n  shared: {pattern: ")
        .append(pick(r, PATTERNS))
        .append(", requestsPerMonth: ")
        .append(shared.text())
        .append("}\nservices:\n");

    List<String> names = new ArrayList<>();
    List<App> apps = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String name = "svc-" + i;
      boolean stateful = r.nextInt(4) == 0;
      boolean connections = r.nextInt(5) == 0;
      boolean gpu = r.nextInt(8) == 0;
      boolean networking = r.nextInt(5) == 0;
      boolean onPremises = r.nextInt(8) == 0;
      List<String> compliance = pick(r, COMPLIANCE);
      if (orgCompliance.equals(List.of("none")) && compliance.equals(List.of("none"))) {
        compliance = List.of();
      }
      Num requests = r.nextInt(3) == 0 ? shared : pick(r, REQUESTS);
      Num avg = pick(r, AVG_MS);
      BigDecimal avgSeconds = avg.value().movePointLeft(3);
      Num max = null;
      if (r.nextBoolean()) {
        List<Num> fits =
            MAX_SECONDS.stream().filter(m -> m.value().compareTo(avgSeconds) >= 0).toList();
        if (!fits.isEmpty()) {
          max = pick(r, fits);
        }
      }
      BigDecimal longest = max == null ? avgSeconds : max.value();

      y.append("  - name: ").append(name).append('\n');
      if (requests == shared) {
        y.append("    traffic: shared\n");
      } else {
        y.append("    traffic:\n      pattern: ")
            .append(pick(r, PATTERNS))
            .append("\n      requestsPerMonth: ")
            .append(requests.text())
            .append('\n');
      }
      y.append("    runtime: ").append(pick(r, RUNTIMES)).append('\n');
      y.append("    workload: ").append(pick(r, WORKLOADS)).append('\n');
      y.append("    avgDurationMs: ").append(avg.text()).append('\n');
      if (max != null) {
        y.append("    maxDurationSeconds: ").append(max.text()).append('\n');
      }
      y.append("    memoryMb: ").append(pick(r, List.of(128, 256, 1024, 20480))).append('\n');
      y.append("    coldStartSensitive: ").append(r.nextBoolean()).append('\n');
      // Write false flags sometimes, leave them out other times: both mean false.
      appendFlag(y, r, "stateful", stateful);
      appendFlag(y, r, "persistentConnections", connections);
      appendFlag(y, r, "gpu", gpu);
      appendFlag(y, r, "customNetworking", networking);
      appendFlag(y, r, "onPremises", onPremises);
      if (!compliance.isEmpty() || r.nextBoolean()) {
        y.append("    compliance: ").append(flow(compliance)).append('\n');
      }

      names.add(name);
      apps.add(
          new App(
              stateful,
              connections,
              gpu,
              longest.compareTo(BigDecimal.valueOf(900)) > 0, // ">15 min"
              count,
              networking,
              platformEngineers >= 1,
              multiCloud,
              orgOnPremises || onPremises,
              strict(orgCompliance, compliance),
              requests.value(),
              avgSeconds,
              budget));
    }
    return new Generated(y.toString(), names, apps);
  }

  private static void appendFlag(StringBuilder y, Random r, String key, boolean value) {
    if (value || r.nextBoolean()) {
      y.append("    ").append(key).append(": ").append(value).append('\n');
    }
  }

  // ---------------------------------------------------------------- the tests

  @Test
  void kubernetesScoreEqualsTheSeedFunctionOnRandomInventories() {
    Random random = new Random(SEED);
    Assessor assessor = new Assessor(WeightsLoader.defaults());
    int services = 0;
    int[] bandsSeen = new int[Placement.values().length];
    boolean sawLarge = false;
    for (int n = 0; n < INVENTORIES; n++) {
      Generated g = generate(random);
      Inventory inventory = InventoryLoader.parse(g.yaml(), "gen.yaml");
      Report report = assessor.assess(inventory);
      assertThat(report.services()).hasSize(g.names().size());
      for (int i = 0; i < g.names().size(); i++) {
        ServiceAssessment s = report.service(g.names().get(i));
        int expected = shouldUseKubernetes(g.apps().get(i));
        assertThat(s.kubernetesScore())
            .as(
                "inventory %d, %s (%s); reasons %s%n%s",
                n, s.name(), g.apps().get(i), s.reasons(), g.yaml())
            .isEqualTo(expected);
        bandsSeen[seedBand(expected).ordinal()]++;
        services++;
      }
      sawLarge |= g.names().size() > 10;
    }
    assertThat(services).isGreaterThan(INVENTORIES);
    assertThat(sawLarge).as("some inventories have more than 10 services").isTrue();
    assertThat(bandsSeen[Placement.SERVERLESS.ordinal()]).isPositive();
    assertThat(bandsSeen[Placement.HYBRID.ordinal()]).isPositive();
    assertThat(bandsSeen[Placement.KUBERNETES.ordinal()]).isPositive();
  }

  @Test
  void boundariesAreStrictlyGreaterThan() {
    String yaml =
        """
        version: 1
        services:
          - {name: r-50m, traffic: {requestsPerMonth: 50M}}
          - {name: r-50m-1, traffic: {requestsPerMonth: 50_000_001}}
          - {name: t-10000, traffic: {requestsPerMonth: 1}, avgDurationMs: 10000}
          - {name: t-10001, traffic: {requestsPerMonth: 1}, avgDurationMs: 10001}
          - {name: d-900, traffic: {requestsPerMonth: 1}, maxDurationSeconds: 900}
          - {name: d-901, traffic: {requestsPerMonth: 1}, maxDurationSeconds: 901}
          - {name: d-default-900, traffic: {requestsPerMonth: 1}, avgDurationMs: 900000}
          - {name: d-default-900.001, traffic: {requestsPerMonth: 1}, avgDurationMs: 900001}
        """;
    Report report =
        new Assessor(WeightsLoader.defaults()).assess(InventoryLoader.parse(yaml, "b.yaml"));

    assertThat(report.service("r-50m").kubernetesScore()).isZero();
    assertThat(report.service("r-50m-1").kubernetesScore()).isEqualTo(3);
    assertThat(report.service("t-10000").kubernetesScore()).isZero();
    assertThat(report.service("t-10001").kubernetesScore()).isEqualTo(2);
    assertThat(report.service("d-900").kubernetesScore()).isZero();
    assertThat(report.service("d-901").kubernetesScore()).isEqualTo(2);
    // avgDurationMs 900000 is over 10 s (+2) and its default longest run is exactly 900 s.
    assertThat(report.service("d-default-900").kubernetesScore()).isEqualTo(2);
    assertThat(report.service("d-default-900.001").kubernetesScore()).isEqualTo(4);
  }

  @Test
  void everyFactorAtOnceGivesTheSeedMaximum() {
    StringBuilder yaml =
        new StringBuilder(
            """
            version: 1
            organization:
              platformEngineers: 1
              multiCloud: true
              onPremises: true
              budgetPredictability: true
              compliance: [hipaa]
            services:
              - name: everything
                traffic: {requestsPerMonth: 60M}
                stateful: true
                persistentConnections: true
                gpu: true
                customNetworking: true
                avgDurationMs: 20000
                maxDurationSeconds: 3600
            """);
    for (int i = 0; i < 10; i++) {
      yaml.append("  - {name: filler-").append(i).append(", traffic: {requestsPerMonth: 1}}\n");
    }
    App all =
        new App(
            true,
            true,
            true,
            true,
            11,
            true,
            true,
            true,
            true,
            true,
            BigDecimal.valueOf(60_000_000),
            BigDecimal.valueOf(20),
            true);

    ServiceAssessment s =
        new Assessor(WeightsLoader.defaults())
            .assess(InventoryLoader.parse(yaml.toString(), "all.yaml"))
            .service("everything");

    assertThat(shouldUseKubernetes(all)).isEqualTo(39);
    assertThat(s.kubernetesScore()).isEqualTo(39);
  }

  @Test
  void defaultBandsAreTheSeedBands() {
    Bands bands = WeightsLoader.defaults().bands();

    for (int score = 0; score <= 60; score++) {
      assertThat(bands.of(score)).as("score %d", score).isEqualTo(seedBand(score));
    }
    assertThat(bands.of(8)).isEqualTo(Placement.SERVERLESS);
    assertThat(bands.of(9)).isEqualTo(Placement.HYBRID);
    assertThat(bands.of(15)).isEqualTo(Placement.HYBRID);
    assertThat(bands.of(16)).isEqualTo(Placement.KUBERNETES);
    assertThat(bands.range(Placement.HYBRID)).isEqualTo("9–15");
    assertThat(bands.range(Placement.KUBERNETES)).isEqualTo("16+");
  }

  @Test
  void generationIsDeterministic() {
    Generated a = generate(new Random(SEED));
    Generated b = generate(new Random(SEED));

    assertThat(a.yaml()).isEqualTo(b.yaml());
  }
}
