package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.testing.CliRunner;
import dev.placementadvisor.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which platforms an inventory may use (organization.platforms, a service's platforms), how each
 * placement's platform is chosen, and what reports say about it.
 */
class PlatformChoiceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** A Wasm candidate on a small team: wasm-edge unless something keeps it off the edge. */
  private static final String EDGE_SERVICE =
      "  - name: resize\n"
          + "    traffic: {pattern: spiky, requestsPerMonth: 5M}\n"
          + "    runtime: rust\n"
          + "    workload: compute-bound\n"
          + "    coldStartSensitive: true\n"
          + "    avgDurationMs: 20\n";

  private Path inventory(String organization, String services) throws Exception {
    Path p = dir.resolve("inventory.yaml");
    Files.writeString(
        p, "version: 1\norganization:\n  engineers: 4\n" + organization + "services:\n" + services);
    return p;
  }

  private static JsonNode assess(Path inventory) throws Exception {
    CliRunner.Result r = CliRunner.run("assess", inventory.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    return JSON.readTree(r.out()).get("services").get(0);
  }

  private static List<String> ids(JsonNode service, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode q : service.get("platforms")) {
      if (field == null || q.get(field).asBoolean()) {
        out.add(q.get("id").asText());
      }
    }
    return out;
  }

  @Test
  void byDefaultEachPlacementIsPricedOnItsAwsOrCloudflarePlatform() throws Exception {
    JsonNode s = assess(inventory("", EDGE_SERVICE));

    assertThat(s.get("placement").asText()).isEqualTo("wasm-edge");
    assertThat(s.get("platform").asText()).isEqualTo("cloudflare-workers");
    assertThat(s.get("frontPlatform").isNull()).isTrue();
    assertThat(ids(s, "feasible"))
        .containsExactly(
            "aws-lambda", "aws-eks", "cloudflare-workers", "aws-fargate", "aws-step-functions");
    assertThat(s.get("platforms").get(2).get("monthlyCost").decimalValue())
        .isEqualByComparingTo(s.get("monthlyCost").get("wasm-edge").decimalValue());
  }

  @Test
  void anOrganizationWithoutCloudflareHasNoEdgeAndSaysWhy() throws Exception {
    JsonNode s = assess(inventory("  platforms: [aws]\n", EDGE_SERVICE));

    assertThat(s.get("placement").asText()).isEqualTo("serverless");
    assertThat(s.get("platform").asText()).isEqualTo("aws-lambda");
    assertThat(s.get("excluded").toString()).contains("wasm-edge");
    assertThat(s.get("reasons").toString())
        .contains("\"factor\":\"limit-no-platform\"")
        .contains("wasm-edge: no platform allowed (rules out wasm-edge)");
    // The edge is still priced, for comparison, and marked as not allowed.
    assertThat(ids(s, null))
        .containsExactly(
            "aws-lambda",
            "aws-eks",
            "cloudflare-workers",
            "aws-fargate",
            "aws-step-functions",
            "aws-eks-hybrid-nodes");
    assertThat(ids(s, "allowed"))
        .containsExactly(
            "aws-lambda", "aws-eks", "aws-fargate", "aws-step-functions", "aws-eks-hybrid-nodes");
  }

  @Test
  void aServiceKeptOffAwsServerlessIsFrontedAtTheEdgeInstead() throws Exception {
    String service =
        "  - name: api\n    traffic: {pattern: spiky, requestsPerMonth: 2M}\n"
            + "    platforms: [aws-eks, cloudflare]\n";
    JsonNode s = assess(inventory("", service));

    // Serverless is ruled out; hybrid would be the cluster with Workers in front, dearer in total
    // cost of ownership than the cluster alone, so the service stays on the cluster.
    assertThat(s.get("placement").asText()).isEqualTo("kubernetes");
    assertThat(s.get("platform").asText()).isEqualTo("aws-eks");
    assertThat(s.get("decision").toString())
        .contains("serverless is ruled out by a platform limit: hybrid")
        .contains("hybrid would cost");
    assertThat(s.get("excluded").toString()).contains("serverless").doesNotContain("hybrid");
    assertThat(s.get("reasons").toString()).contains("serverless: no platform allowed");
    assertThat(ids(s, "allowed")).containsExactly("aws-eks", "cloudflare-workers");
    assertThat(hybridLabel(dir.resolve("inventory.yaml"), "api"))
        .isEqualTo("(aws-eks plus the request layer on cloudflare-workers in front)");
  }

  @Test
  void aPlatformsLimitsBlockItAndTheReportSaysWhich() throws Exception {
    String service =
        "  - name: socket\n    traffic: {pattern: spiky, requestsPerMonth: 2M}\n"
            + "    persistentConnections: true\n";
    JsonNode s = assess(inventory("", service));

    JsonNode lambda = s.get("platforms").get(0);
    assertThat(lambda.get("allowed").asBoolean()).isTrue();
    assertThat(lambda.get("feasible").asBoolean()).isFalse();
    assertThat(lambda.get("blockedBy").get(0).asText())
        .isEqualTo(
            "holds persistent connections: a Lambda invocation ends with its response,"
                + " and only a WebSocket API in front (apiGateway: websocket) holds them");
    String explain =
        CliRunner.run("explain", dir.resolve("inventory.yaml").toString(), "socket").out();
    assertThat(explain)
        .contains("Monthly cost on serverless (aws-lambda): $")
        .contains(", blocked: holds persistent connections");
  }

  @Test
  void theTableShowsTheChosenPlatformAndAHybridsFront() throws Exception {
    String out = CliRunner.run("assess", "samples/saas.yaml").out();

    assertThat(out)
        .startsWith("SERVICE           PLACEMENT   PLATFORM ")
        .contains("edge-auth         wasm-edge   cloudflare-workers ")
        .contains("audit-trail       serverless  aws-lambda ")
        .contains("search-indexer    kubernetes  aws-eks ");
  }

  @Test
  void aHybridsServerlessFrontIsItsClustersProvidersWhateverIsCheaper() throws Exception {
    String yaml =
        Files.readString(Path.of("samples/saas.yaml"))
            .replace("organization:\n", "organization:\n  platforms: [aws, gcp, cloudflare]\n");
    Path inv = dir.resolve("mixed.yaml");
    Files.writeString(inv, yaml);
    CliRunner.Result r = CliRunner.run("assess", inv.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();

    int hybrids = 0;
    for (JsonNode s : JSON.readTree(r.out()).get("services")) {
      // Every service's hybrid is priced, chosen or not: its platforms are the cluster's and the
      // front's, joined with "+", in the hybrid's share of operations.
      String cluster =
          s.get("platforms").findParents("id").stream()
              .filter(
                  q ->
                      q.get("placement").asText().equals("kubernetes")
                          && q.get("allowed").asBoolean())
              .map(q -> q.get("id").asText())
              .findFirst()
              .orElseThrow();
      String label = hybridLabel(inv, s.get("name").asText());
      String front = label.substring(label.indexOf(" on ") + 4, label.indexOf(" in front"));
      assertThat(
              front.equals("cloudflare-workers")
                  || front.substring(0, 4).equals(label.substring(1, 5)))
          .as("%s fronted by %s (cluster %s)", label, front, cluster)
          .isTrue();
      hybrids++;
    }
    assertThat(hybrids).isPositive();
  }

  @Test
  void anAzureOrganizationIsPlacedOnAzureAndItsClustersFrontedByAzure() throws Exception {
    String yaml =
        Files.readString(Path.of("samples/saas.yaml"))
            .replace("organization:\n", "organization:\n  platforms: [azure]\n");
    Path inv = dir.resolve("azure.yaml");
    Files.writeString(inv, yaml);
    CliRunner.Result r = CliRunner.run("assess", inv.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();

    int hybrids = 0;
    for (JsonNode s : JSON.readTree(r.out()).get("services")) {
      assertThat(s.get("platform").asText()).as(s.get("name").asText()).startsWith("azure-");
      assertThat(ids(s, "allowed")).allMatch(id -> id.startsWith("azure-"));
      String label = hybridLabel(inv, s.get("name").asText());
      assertThat(label)
          .startsWith("(azure-aks plus the request layer on azure-")
          .doesNotContain("on azure-aks");
      hybrids++;
    }
    assertThat(hybrids).isPositive();
  }

  /**
   * What explain says a service's hybrid is, as "(CLUSTER plus the request layer on FRONT in
   * front)" whether its front serves the bursts or only the request layer.
   */
  private static String hybridLabel(Path inventory, String service) {
    String out = CliRunner.run("explain", inventory.toString(), service).out();
    int at = out.indexOf("Monthly cost as hybrid: ");
    String line = out.substring(at, out.indexOf('\n', at));
    java.util.regex.Matcher parts =
        java.util.regex.Pattern.compile(
                "\\(([a-z0-9-]+) for the base load, .*; ([a-z0-9-]+) in front: ")
            .matcher(line);
    if (parts.find()) {
      return "(" + parts.group(1) + " plus the request layer on " + parts.group(2) + " in front)";
    }
    return line.substring(line.indexOf('('));
  }

  @Test
  void anUnknownNameIsAnErrorAtItsPlaceWithTheNearestName() throws Exception {
    Path inv = inventory("  platforms: [aws, clodflare]\n", EDGE_SERVICE);

    CliRunner.Result r = CliRunner.run("assess", inv.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .isEqualTo(
            inv
                + ":4:20: unknown platform or provider 'clodflare' in organization.platforms (did"
                + " you mean 'cloudflare'?); providers: aws, cloudflare, gcp, azure, fastly,"
                + " fermyon, wasmcloud; platforms: advisor platforms lists them\n");
  }

  @Test
  void aListThatLeavesNoPlatformOrIsMalformedIsAnError() throws Exception {
    Path none = inventory("", EDGE_SERVICE + "    platforms: [-aws, -cloudflare]\n");
    CliRunner.Result r = CliRunner.run("assess", none.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .endsWith(":11:17: 'platforms' of service 'resize' leaves no platform to" + " run on\n");

    Path upper = inventory("  platforms: [AWS]\n", EDGE_SERVICE);
    r = CliRunner.run("assess", upper.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains(":4:15: invalid platform name 'AWS' in organization");

    Path twice = inventory("  platforms: [aws, aws]\n", EDGE_SERVICE);
    r = CliRunner.run("assess", twice.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains(":4:20: 'platforms' in organization names 'aws' twice");
  }

  @Test
  void aServicePinnedOutsideTheOrganizationIsPricedThere() throws Exception {
    String service = EDGE_SERVICE + "    platforms: [cloudflare-workers]\n";
    JsonNode s = assess(inventory("  platforms: [aws]\n", service));

    assertThat(s.get("placement").asText()).isEqualTo("wasm-edge");
    assertThat(s.get("platform").asText()).isEqualTo("cloudflare-workers");
    assertThat(ids(s, "allowed")).containsExactly("cloudflare-workers");
  }

  @Test
  void aBaselineWrittenBeforePlatformsStillGates() {
    String baseline = Fixtures.path("gate-baseline-before-platforms.json").toString();
    String inventory = Fixtures.path("gate-base.yaml").toString();

    CliRunner.Result same =
        CliRunner.run(
            "assess",
            inventory,
            "--baseline",
            baseline,
            "--max-increase",
            "0%",
            "--fail-on-placement-change");
    CliRunner.Result worse =
        CliRunner.run(
            "assess",
            Fixtures.path("gate-regression.yaml").toString(),
            "--baseline",
            baseline,
            "--max-increase",
            "10%");

    assertThat(same.code()).as(same.err()).isEqualTo(ExitCodes.OK);
    assertThat(same.out()).contains("No service changed.");
    assertThat(worse.code()).as(worse.err()).isEqualTo(ExitCodes.GATE_FAILED);
  }

  /**
   * Each platform's line items in the JSON are explain's lines, item by item and cent by cent, and
   * they add up to the platform's monthly cost: one formula, rendered twice.
   */
  @Test
  void theJsonCarriesEachPlatformsLinesAsExplainPrintsThem() throws Exception {
    Path saas = Path.of("samples/saas.yaml");
    JsonNode report =
        JSON.readTree(CliRunner.run("assess", saas.toString(), "--format", "json").out());
    int checked = 0;
    for (JsonNode service : report.get("services")) {
      String explain =
          CliRunner.run("explain", saas.toString(), service.get("name").asText()).out();
      for (JsonNode platform : service.get("platforms")) {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        JsonNode lines = platform.get("lines");
        assertThat(lines.size()).as(platform.get("id").asText()).isPositive();
        for (JsonNode line : lines) {
          sum = sum.add(line.get("monthlyCost").decimalValue());
          String shown =
              "$"
                  + String.format(
                      java.util.Locale.ROOT, "%,.2f", line.get("monthlyCost").decimalValue())
                  + "  "
                  + line.get("item").asText()
                  + (line.get("price").isNull() ? "" : " [" + line.get("price").asText() + "]");
          assertThat(explain).as(service.get("name").asText()).contains(shown);
          checked++;
        }
        assertThat(sum.subtract(platform.get("monthlyCost").decimalValue()).abs())
            .as("%s on %s", service.get("name").asText(), platform.get("id").asText())
            .isLessThanOrEqualTo(
                new java.math.BigDecimal("0.01")
                    .multiply(java.math.BigDecimal.valueOf(lines.size())));
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  /**
   * Workers' isolate limit (128 MB) keeps a 256 MB Wasm candidate off Cloudflare, but not off the
   * edge when the organization runs wasmCloud, whose hosts give a component a node's memory: the
   * limit says so, and the edge placement is on wasmCloud.
   */
  @Test
  void aWorkersLimitLeavesTheEdgeOpenWhereAnotherEdgePlatformTakesTheService() throws Exception {
    String service =
        "  - name: big\n    traffic: {pattern: spiky, requestsPerMonth: 2M}\n"
            + "    runtime: rust\n    workload: compute-bound\n    coldStartSensitive: true\n"
            + "    avgDurationMs: 20\n    memoryMb: 256\n";
    JsonNode open = assess(inventory("  platforms: [aws, cloudflare, wasmcloud]\n", service));
    JsonNode closed = assess(inventory("", service));

    assertThat(closed.get("excluded").toString()).contains("wasm-edge");
    assertThat(closed.get("reasons").toString()).contains("(rules out wasm-edge)");
    assertThat(open.get("excluded").toString()).doesNotContain("wasm-edge");
    assertThat(open.get("reasons").toString())
        .contains("\"factor\":\"limit-edge\"")
        .contains("(wasm-edge stays open: wasmcloud fits)");
    assertThat(open.get("monthlyCost").get("wasm-edge").decimalValue())
        .isEqualByComparingTo(
            open.get("platforms").findParents("id").stream()
                .filter(q -> q.get("id").asText().equals("wasmcloud"))
                .findFirst()
                .orElseThrow()
                .get("monthlyCost")
                .decimalValue());
    // The audit sends a Wasm candidate to the edge only while the edge costs at most 1.5x the
    // cheapest feasible placement: wasmCloud's nodes cost far more than Lambda for this service.
    assertThat(open.get("placement").asText()).isNotEqualTo("wasm-edge");
    assertThat(open.get("decision").toString())
        .contains("a Wasm candidate, but the edge costs")
        .contains("more than 1.5x");
    assertThat(closed.get("placement").asText()).isNotEqualTo("wasm-edge");
  }

  /**
   * KEDA is an option of EKS: left out by the provider's name, priced where named, and then the
   * Kubernetes platform of a queue consumer beside a busy API, whose cluster it shares by its work.
   * A nightly batch job already runs as Kubernetes Jobs on EKS, priced by its work too.
   */
  @Test
  void kedaIsPricedWhereNamedAndCarriesABatchJobsKubernetesCost() throws Exception {
    String services =
        "  - name: api\n    traffic: {pattern: steady, requestsPerMonth: 500M}\n"
            + "    avgDurationMs: 40\n"
            + "  - name: consumer\n    traffic: {pattern: event-driven, requestsPerMonth: 30K}\n"
            + "    avgDurationMs: 2000\n    memoryMb: 2048\n"
            + "  - name: nightly\n    traffic: {pattern: batch, requestsPerMonth: 30K}\n"
            + "    avgDurationMs: 2000\n    memoryMb: 2048\n";
    JsonNode plain = assessAll(inventory("", services)).get(1);
    List<JsonNode> all = new java.util.ArrayList<>();
    assessAll(inventory("  platforms: [aws, cloudflare, aws-eks-keda]\n", services))
        .forEach(all::add);
    JsonNode named = all.get(1);

    assertThat(ids(plain, null)).doesNotContain("aws-eks-keda");
    assertThat(ids(named, "feasible")).contains("aws-eks", "aws-eks-keda");
    java.math.BigDecimal keda = quoteCost(named, "aws-eks-keda");
    assertThat(keda).isLessThan(quoteCost(named, "aws-eks"));
    assertThat(named.get("monthlyCost").get("kubernetes").decimalValue())
        .isEqualByComparingTo(keda);
    assertThat(plain.get("monthlyCost").get("kubernetes").decimalValue())
        .isEqualByComparingTo(quoteCost(plain, "aws-eks"));
    // The same work as a nightly job is Kubernetes Jobs on EKS: not two replicas all month.
    assertThat(quoteCost(all.get(2), "aws-eks"))
        .isLessThan(quoteCost(named, "aws-eks").divide(java.math.BigDecimal.TEN));
  }

  private static JsonNode assessAll(Path inventory) throws Exception {
    CliRunner.Result r = CliRunner.run("assess", inventory.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    return JSON.readTree(r.out()).get("services");
  }

  private static java.math.BigDecimal quoteCost(JsonNode service, String id) {
    for (JsonNode q : service.get("platforms")) {
      if (q.get("id").asText().equals(id)) {
        return q.get("monthlyCost").decimalValue();
      }
    }
    throw new AssertionError("no quote for " + id);
  }
}
