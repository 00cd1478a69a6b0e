package dev.placementadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.inventory.DataStore;
import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.scoring.WeightsLoader;
import dev.placementadvisor.testing.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service's data store is priced on its data tier after its placement is decided: it changes no
 * placement and no compute cost, adds its cost to the service's recommended cost and to every
 * total, shows in the JSON report, explain and the table, and reads back as a baseline.
 */
class DataTierAssessmentTest {
  private static final Path SAMPLE = Path.of("samples", "shop-data.yaml");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** {@code inv} with every service's data store taken away. */
  private static Inventory withoutStores(Inventory inv) {
    List<Service> bare = new ArrayList<>();
    for (Service s : inv.services()) {
      bare.add(
          new Service(
              s.name(),
              s.location(),
              s.traffic(),
              s.runtime(),
              s.avgDurationMs(),
              s.memoryMb(),
              s.workload(),
              s.stateful(),
              s.persistentConnections(),
              s.gpu(),
              s.maxDurationSeconds(),
              s.coldStartSensitive(),
              s.customNetworking(),
              s.onPremises(),
              s.apiGateway(),
              s.vpcEgress(),
              s.logsGbPerMonth(),
              s.compliance(),
              s.architecture(),
              s.cpuMsPerRequest(),
              s.cpuMsPerRequestGiven(),
              s.platforms(),
              DataStore.NONE,
              null,
              null,
              null,
              null));
    }
    return new Inventory(
        inv.file(),
        inv.displayName(),
        inv.version(),
        inv.organization(),
        inv.profiles(),
        bare,
        inv.pricing(),
        inv.weights(),
        inv.blocks());
  }

  /** The sample's text with every dataStore entry taken out (it is the last key of a service). */
  private static String textWithoutStores() throws IOException {
    StringBuilder b = new StringBuilder();
    boolean inStore = false;
    for (String line : Files.readAllLines(SAMPLE, StandardCharsets.UTF_8)) {
      if (line.startsWith("    dataStore:")) {
        inStore = true;
        continue;
      }
      if (inStore && line.startsWith("      ")) {
        continue;
      }
      inStore = false;
      b.append(line).append('\n');
    }
    assertThat(b.toString()).doesNotContain("dataStore");
    return b.toString();
  }

  private static JsonNode service(JsonNode report, String name) {
    for (JsonNode s : report.path("services")) {
      if (s.path("name").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no service " + name);
  }

  @Test
  void theDataTierChangesNoPlacementAndNoComputeCostAndIsAddedToEveryTotal() {
    Inventory with = InventoryLoader.load(SAMPLE);
    Assessor assessor = new Assessor(WeightsLoader.defaults());
    Report stores = assessor.assess(with);
    Report none = assessor.assess(withoutStores(with));

    for (int i = 0; i < stores.services().size(); i++) {
      ServiceAssessment s = stores.services().get(i);
      ServiceAssessment bare = none.services().get(i);
      assertThat(s.placement()).as(s.name()).isEqualTo(bare.placement());
      assertThat(s.costs()).as(s.name()).isEqualTo(bare.costs());
      assertThat(s.reasons()).as(s.name()).isEqualTo(bare.reasons());
      assertThat(s.sensitivity()).as(s.name()).isEqualTo(bare.sensitivity());
      assertThat(bare.dataTier()).isNull();
      assertThat(s.recommendedCost())
          .as(s.name())
          .isCloseTo(bare.recommendedCost() + s.dataTierCost(), within(1e-9));
    }
    assertThat(stores.dataTierTotal()).isGreaterThan(300);
    assertThat(stores.recommendedTotal())
        .isCloseTo(none.recommendedTotal() + stores.dataTierTotal(), within(1e-9));
    for (Placement p : Placement.values()) {
      assertThat(stores.platformTotal(p))
          .as("everything on %s", p)
          .isCloseTo(none.platformTotal(p) + stores.dataTierTotal(), within(1e-9));
    }
  }

  @Test
  void theJsonReportGivesEachStoresDataTierLikeAPlatformsBill() throws IOException {
    CliRunner.Result r = CliRunner.run("assess", SAMPLE.toString(), "--format", "json");
    JsonNode report = JSON.readTree(r.out());

    JsonNode orders = service(report, "orders-api").path("dataTier");
    assertThat(orders.path("store").asText()).isEqualTo("relational");
    assertThat(orders.path("platform").asText()).isEqualTo("aws-aurora-serverless-v2");
    assertThat(orders.path("monthlyCost").decimalValue()).isEqualByComparingTo("47.20");
    assertThat(orders.path("lines").findValuesAsText("price"))
        .containsExactly(
            "aurora.serverlessV2.acuHour.standard",
            "aurora.storage.standard",
            "aurora.io.standard");
    assertThat(orders.path("notPriced").isNull()).isTrue();

    // 12M requests x 1 read x $0.125/M + 12M x 1 write x $0.625/M + 1 GB x $0.25 = $9.25
    JsonNode sessions = service(report, "sessions").path("dataTier");
    assertThat(sessions.path("store").asText()).isEqualTo("key-value");
    assertThat(sessions.path("platform").asText()).isEqualTo("aws-dynamodb");
    assertThat(sessions.path("monthlyCost").decimalValue()).isEqualByComparingTo("9.25");
    assertThat(sessions.path("lines").findValuesAsText("price"))
        .containsExactly(
            "dynamodb.onDemand.readRequestUnits",
            "dynamodb.onDemand.writeRequestUnits",
            "dynamodb.storage.standard");
    assertThat(sessions.path("notPriced").isNull()).isTrue();

    assertThat(service(report, "thumbnails").has("dataTier")).isFalse();
    double sum = 0;
    for (JsonNode s : report.path("services")) {
      sum += s.path("dataTier").path("monthlyCost").asDouble(0);
    }
    assertThat(report.at("/totals/dataTier/monthlyCost").asDouble()).isCloseTo(sum, within(0.03));
  }

  @Test
  void aRelationalStoreIsNotPricedWhereTheOrganizationAllowsNoAwsPlatform() {
    String yaml =
        """
        version: 1
        organization: {platforms: [gcp, cloudflare]}
        services:
          - name: orders
            traffic: {requestsPerMonth: 12M}
            dataStore: relational
        """;
    Report r =
        new Assessor(WeightsLoader.defaults()).assess(InventoryLoader.parse(yaml, "gcp.yaml"));
    ServiceAssessment s = r.services().get(0);

    assertThat(s.dataTier().priced()).isFalse();
    assertThat(s.dataTier().notPriced())
        .isEqualTo(
            "aws-aurora-serverless-v2 is aws's, and the organization's platforms allow no"
                + " aws platform");
    assertThat(s.dataTierCost()).isZero();
    assertThat(r.hasDataTier()).isTrue();
  }

  @Test
  void dataStoreNoneGivesTheReportOfAnInventoryWithoutOne() throws IOException {
    String plain =
        """
        version: 1
        services:
          - name: orders
            traffic: {pattern: steady, requestsPerMonth: 12M}
            runtime: go
            # (its store)
          - name: export
            traffic: {pattern: batch, requestsPerMonth: 300K}
            # (its store)
        """;
    // The same lines, so that every location is the same.
    String none =
        plain
            .replaceFirst("# \\(its store\\)", "dataStore: none")
            .replaceFirst("# \\(its store\\)", "dataStore: {type: none}");
    Path a = Files.createDirectories(dir.resolve("a")).resolve("inventory.yaml");
    Path b = Files.createDirectories(dir.resolve("b")).resolve("inventory.yaml");
    Files.writeString(a, plain, StandardCharsets.UTF_8);
    Files.writeString(b, none, StandardCharsets.UTF_8);

    for (String format : List.of("table", "json", "markdown")) {
      String withoutIt = CliRunner.run("assess", a.toString(), "--format", format).out();
      String withIt = CliRunner.run("assess", b.toString(), "--format", format).out();
      assertThat(withIt.replace(b.toString(), a.toString())).as(format).isEqualTo(withoutIt);
      assertThat(withIt)
          .doesNotContain("dataTier")
          .doesNotContain("Data tier")
          .doesNotContain("aurora");
    }
  }

  @Test
  void explainPrintsTheDataTiersLinesWithTheirArithmetic() {
    String text = CliRunner.run("explain", SAMPLE.toString(), "ledger-export").out();
    String markdown =
        CliRunner.run("explain", SAMPLE.toString(), "ledger-export", "--format", "markdown").out();
    String sessions = CliRunner.run("explain", SAMPLE.toString(), "sessions").out();

    assertThat(text)
        .contains(
            "\nData tier (relational) on aws-aurora-serverless-v2: $7.53, the same on every"
                + " placement\n")
        .contains(
            "         $5.48  Aurora capacity (ACU-hours) [aurora.serverlessV2.acuHour.standard]\n"
                + "                active 730 h x 1/8 (batch: requests come at the peak rate, 8 x"
                + " the average)")
        .contains(
            "         $2.00  Aurora storage [aurora.storage.standard]\n"
                + "                20 GB (dataStore.storageGb) x $0.1 per GB-month\n")
        .contains("its data tier included)");
    assertThat(markdown)
        .contains(
            "#### Data tier (relational) on aws-aurora-serverless-v2: \\$7.53, the same on"
                + " every placement")
        .contains(
            "| Aurora storage | `aurora.storage.standard` | $2.00 | 20 GB (dataStore.storageGb)"
                + " x \\$0.1 per GB-month |");
    assertThat(sessions)
        .contains("\nData tier (key-value) on aws-dynamodb: $9.25, the same on every placement\n")
        .contains(
            "         $7.50  DynamoDB writes (write request units)"
                + " [dynamodb.onDemand.writeRequestUnits]\n")
        .contains("its data tier included");
  }

  @Test
  void theTableSaysWhatTheDataTierAddsToEveryAmount() {
    String table = CliRunner.run("assess", SAMPLE.toString()).out();

    assertThat(table)
        .contains(
            "\nData tier, in every amount above: $378.68 a month (aws-aurora-serverless-v2"
                + " for 4 services, aws-dynamodb for 1 service)\n");
  }

  @Test
  void aReportWithADataTierIsABaselineAndAReportWithoutOneStillCompares() throws IOException {
    Path bare = dir.resolve("shop-data.yaml");
    Files.writeString(bare, textWithoutStores(), StandardCharsets.UTF_8);
    Path older = dir.resolve("older.json");
    Path current = dir.resolve("current.json");
    assertThat(
            CliRunner.run("assess", bare.toString(), "--format", "json", "-o", older.toString())
                .code())
        .isZero();
    assertThat(
            CliRunner.run("assess", SAMPLE.toString(), "--format", "json", "-o", current.toString())
                .code())
        .isZero();

    CliRunner.Result same =
        CliRunner.run(
            "assess", SAMPLE.toString(), "--baseline", current.toString(), "--max-increase", "1%");
    CliRunner.Result grown =
        CliRunner.run(
            "assess", SAMPLE.toString(), "--baseline", older.toString(), "--max-increase", "10%");
    CliRunner.Result diff = CliRunner.run("diff", older.toString(), current.toString());

    assertThat(same.code()).as(same.err()).isZero();
    assertThat(grown.code()).as(grown.err()).isEqualTo(1);
    assertThat(grown.out() + grown.err()).contains("orders-api");
    assertThat(diff.code()).as(diff.err()).isZero();
    assertThat(diff.out()).contains("orders-api").contains("reporting");
  }
}
