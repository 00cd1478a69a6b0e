package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.testing.CliRunner;
import org.junit.jupiter.api.Test;

/** The registry on the command line: platforms, pricing --platform, crossover --from/--to. */
class PlatformsCommandTest {
  private static final String[] CROSSOVER = {
    "crossover",
    "--duration-ms",
    "200",
    "--memory-mb",
    "256",
    "--api-gateway",
    "rest",
    "--instance-type",
    "t3.medium",
    "--nodes",
    "2"
  };

  private static String[] with(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void platformsListsTheRegistryWithTheCatalogsLimits() throws Exception {
    JsonNode json =
        new ObjectMapper().readTree(CliRunner.run("platforms", "--format", "json").out());
    String table = CliRunner.run("platforms").out();

    // The registry's order: version 1's three platforms first, then each provider's.
    assertThat(json.get("platforms").findValuesAsText("id"))
        .containsExactlyElementsOf(dev.placementadvisor.cost.Platforms.ids())
        .startsWith("aws-lambda", "aws-eks", "cloudflare-workers")
        .contains(
            "aws-fargate",
            "gcp-cloud-run",
            "gcp-gke-autopilot",
            "azure-functions",
            "azure-aks",
            "fastly-compute",
            "wasmcloud");
    assertThat(json.get("platforms").findValuesAsText("provider"))
        .contains("aws", "cloudflare", "gcp", "azure", "fastly", "fermyon", "wasmcloud");
    assertThat(json.get("platforms").get(0).get("placement").asText()).isEqualTo("serverless");
    assertThat(json.get("platforms").get(0).get("limits").asText())
        .startsWith("memory from 128 to 10,240 MB, a run up to 900 s");
    assertThat(table)
        .startsWith(
            "ID                      CLASS       NAME\n"
                + "aws-lambda              serverless  AWS Lambda\n");
  }

  @Test
  void pricingForOnePlatformShowsOnlyWhatItReads() {
    String workers = CliRunner.run("pricing", "--platform", "cloudflare-workers").out();
    String eks = CliRunner.run("pricing", "--platform", "aws-eks").out();
    CliRunner.Result typo = CliRunner.run("pricing", "--platform", "aws-lamda");

    assertThat(workers)
        .contains("edge.baseFee")
        .doesNotContain("lambda.requests")
        .doesNotContain("Instances")
        .doesNotContain("hidden tax");
    assertThat(eks)
        .contains("eks.controlPlane")
        .contains("t3.medium")
        .contains("hidden tax")
        .doesNotContain("edge.baseFee");
    assertThat(typo.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(typo.err())
        .startsWith(
            "advisor: unknown platform 'aws-lamda' (did you mean"
                + " 'aws-lambda'?); platforms: "
                + String.join(", ", dev.placementadvisor.cost.Platforms.ids())
                + "; data tiers:"
                + " aws-aurora-serverless-v2, aws-dynamodb, aws-elasticache-serverless,"
                + " cloudflare-durable-objects\n");
  }

  @Test
  void theDataTiersAreListedAfterThePlatformsAndPricedAlone() throws Exception {
    JsonNode json =
        new ObjectMapper().readTree(CliRunner.run("platforms", "--format", "json").out());
    String table = CliRunner.run("platforms").out();
    String aurora = CliRunner.run("pricing", "--platform", "aws-aurora-serverless-v2").out();

    assertThat(json.get("platforms").findValuesAsText("id"))
        .doesNotContain("aws-aurora-serverless-v2");
    assertThat(json.get("dataTiers").findValuesAsText("id"))
        .containsExactly(
            "aws-aurora-serverless-v2",
            "aws-dynamodb",
            "aws-elasticache-serverless",
            "cloudflare-durable-objects");
    assertThat(json.get("dataTiers").get(0).get("store").asText()).isEqualTo("relational");
    assertThat(json.get("dataTiers").findValuesAsText("store"))
        .containsExactly("relational", "key-value", "cache", "key-value");
    assertThat(table)
        .contains(
            "\nDATA TIER                   STORE       NAME\n"
                + "aws-aurora-serverless-v2    relational  Amazon Aurora Serverless v2\n"
                + "aws-dynamodb                key-value   Amazon DynamoDB (on-demand)\n");
    assertThat(aurora)
        .contains("aurora.serverlessV2.acuHour.standard")
        .contains("aurora.serverlessV2.requestsPerSecondPerAcu")
        .doesNotContain("lambda.requests")
        .doesNotContain("hidden tax");
  }

  @Test
  void crossoverTakesTheTwoPlatformsByIdWithTodaysDefaults() {
    CliRunner.Result plain = CliRunner.run(CROSSOVER);
    CliRunner.Result named =
        CliRunner.run(with(CROSSOVER, "--from", "aws-lambda", "--to", "AWS-EKS"));
    CliRunner.Result wrong = CliRunner.run(with(CROSSOVER, "--from", "aws-eks"));

    assertThat(named.out()).isEqualTo(plain.out()).contains("Crossover: 33,786,213 requests/month");
    assertThat(wrong.code()).isEqualTo(ExitCodes.USAGE);
    String serverless =
        dev.placementadvisor.cost.Platforms.ALL.stream()
            .filter(p -> p.placement() == dev.placementadvisor.inventory.Placement.SERVERLESS)
            .map(dev.placementadvisor.cost.Platforms.Info::id)
            .collect(java.util.stream.Collectors.joining(", "));
    assertThat(serverless).startsWith("aws-lambda, aws-fargate").contains("gcp-cloud-run");
    assertThat(wrong.err())
        .startsWith(
            "advisor: --from must be a serverless platform: " + serverless + ", got 'aws-eks'\n");
  }

  @Test
  void crossoverPricesThePlatformsItIsGiven() throws Exception {
    String[] gcp = {
      "crossover", "--duration-ms", "200", "--memory-mb", "256", "--api-gateway", "rest",
      "--instance-type", "e2-standard-2", "--nodes", "2", "--from", "gcp-cloud-run", "--to",
      "gcp-gke-standard", "--format", "json"
    };
    JsonNode google = new ObjectMapper().readTree(CliRunner.run(gcp).out());
    JsonNode aws =
        new ObjectMapper().readTree(CliRunner.run(with(CROSSOVER, "--format", "json")).out());

    assertThat(google.get("assumptions").get("from").asText()).isEqualTo("gcp-cloud-run");
    assertThat(google.get("assumptions").get("to").asText()).isEqualTo("gcp-gke-standard");
    assertThat(aws.get("assumptions").get("from").asText()).isEqualTo("aws-lambda");
    assertThat(google.get("rows").get(0).get("serverless").decimalValue())
        .isNotEqualByComparingTo(aws.get("rows").get(0).get("serverless").decimalValue());
    assertThat(google.get("crossover").get("requestsPerMonth").asLong())
        .isNotEqualTo(aws.get("crossover").get("requestsPerMonth").asLong());
  }

  /**
   * The title names the nodes the Kubernetes platform prices, not the command line's: GKE keeps its
   * own machine for an EC2 type, and Autopilot bills Pods, so it names no nodes at all.
   */
  @Test
  void crossoverTitleNamesTheNodesThePlatformPrices() {
    assertThat(CliRunner.run(CROSSOVER).out().lines().findFirst().orElseThrow())
        .endsWith(" vs EKS (2 x t3.medium minimum, control plane, ALB)");
    assertThat(
            CliRunner.run(with(CROSSOVER, "--to", "gcp-gke-standard"))
                .out()
                .lines()
                .findFirst()
                .orElseThrow())
        .endsWith(
            " vs Google Kubernetes Engine (Standard, zonal) (2 x e2-standard-2 minimum, cluster"
                + " management fee)");
    assertThat(
            CliRunner.run(with(CROSSOVER, "--to", "gcp-gke-autopilot"))
                .out()
                .lines()
                .findFirst()
                .orElseThrow())
        .endsWith(" vs Google Kubernetes Engine (Autopilot)");
    assertThat(CliRunner.run(with(CROSSOVER, "--to", "azure-aks", "--format", "markdown")).out())
        .contains("2 x Standard\\_D2s\\_v5 minimum, AKS Free tier")
        .doesNotContain("t3.medium minimum");
  }

  @Test
  void explainNamesThePlatformAndEachLinesCatalogPrice() {
    String out = CliRunner.run("explain", "samples/auth-wasm.yaml", "auth-wasm").out();

    assertThat(out)
        .contains("Monthly cost on serverless (aws-lambda): ")
        .contains("Lambda requests [lambda.requests]")
        .contains("Monthly cost on kubernetes (aws-eks): ")
        .contains("EKS control plane [eks.controlPlane]");
  }
}
