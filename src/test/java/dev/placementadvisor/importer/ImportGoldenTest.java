package dev.placementadvisor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.testing.CliRunner;
import dev.placementadvisor.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * advisor import on real public files (src/test/resources/import/vendor, origins in its README.md):
 * the inventory written matches its golden file, loads, and assesses with the same services.
 */
class ImportGoldenTest {
  static final Path DIR = Path.of("src", "test", "resources", "import");
  static final Path VENDOR = DIR.resolve("vendor");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "microservices-demo/kubernetes-manifests.yaml, microservices-demo-imported.yaml, 12",
    "example-voting-app/docker-compose.yml, voting-app-compose-imported.yaml, 6",
    "example-voting-app/docker-stack.yml, voting-app-stack-imported.yaml, 5",
    "example-voting-app/k8s-specifications, voting-app-k8s-imported.yaml, 5"
  })
  void writesTheGoldenInventoryThatAssessesWithTheSameServices(
      String input, String golden, int services) throws IOException {
    CliRunner.Result r = CliRunner.run("import", VENDOR.resolve(input).toString());

    assertThat(r.code()).as(r.err()).isZero();
    Golden.assertMatches(DIR.resolve(golden), r.out(), Golden.updating());
    assertThat(r.err()).contains(services + " services need traffic");
    assertThat(InventoryLoader.parse(r.out(), golden).services()).hasSize(services);
    assertRoundTrip(r.out(), services);
    // A Service in a file of its own still finds its Deployment.
    assertThat(r.err()).doesNotContain("whose workload");
  }

  @Test
  void measuredTrafficFillsThePlaceholders() throws IOException {
    CliRunner.Result r =
        CliRunner.run(
            "import",
            VENDOR.resolve("microservices-demo").toString(),
            "--traffic",
            DIR.resolve("microservices-demo-traffic.csv").toString());

    assertThat(r.code()).as(r.err()).isZero();
    Golden.assertMatches(
        DIR.resolve("microservices-demo-measured.yaml"), r.out(), Golden.updating());
    assertThat(r.err())
        .contains("measured service 'wishlistservice' is in no deployment file imported")
        .contains("9 services need traffic");
    assertRoundTrip(r.out(), 12);
  }

  @Test
  void assessImportGivesTheReportOfImportThenAssess() throws IOException {
    String manifests = VENDOR.resolve("microservices-demo/kubernetes-manifests.yaml").toString();
    Path inventory = tmp.resolve("inventory.yaml");
    assertThat(CliRunner.run("import", manifests, "-o", inventory.toString()).code()).isZero();

    CliRunner.Result twoSteps = CliRunner.run("assess", inventory.toString(), "-f", "json");
    CliRunner.Result oneStep = CliRunner.run("assess", "--import", manifests, "-f", "json");

    assertThat(oneStep.code()).as(oneStep.err()).isZero();
    assertThat(names(oneStep.out())).isEqualTo(names(twoSteps.out()));
    assertThat(JSON.readTree(oneStep.out()).get("services"))
        .isEqualTo(JSON.readTree(twoSteps.out()).get("services"));
  }

  @Test
  void assessImportOverAnInventoryKeepsItsEditsAndLeavesTheFileAlone() throws IOException {
    Path edited = Files.copy(DIR.resolve("voting-app-edited.yaml"), tmp.resolve("inv.yaml"));
    String before = Files.readString(edited);

    CliRunner.Result r =
        CliRunner.run(
            "assess",
            edited.toString(),
            "--import",
            DIR.resolve("docker-stack-changed.yml").toString(),
            "-f",
            "json");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(edited)).isEqualTo(before);
    assertThat(names(r.out())).containsExactly("redis", "db", "vote", "result", "worker", "poller");
    assertThat(JSON.readTree(r.out()).get("organization").asText()).isEqualTo("Voting Co");
    assertThat(r.err()).contains("vote: memoryMb 128 → 256");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "assess --traffic t.csv x.yaml | advisor: --traffic needs --import PATH",
        "assess                        | advisor: missing the inventory FILE (or --import PATH...)",
        "assess a.yaml b.yaml --import k8s | advisor: with --import, give at most one inventory"
            + " FILE: the one the import updates",
        "assess missing.yaml --import "
            + "src/test/resources/import/every-kind-manifests.yaml"
            + " | missing.yaml: no such file",
        "assess src --import src/test/resources/import/every-kind-manifests.yaml"
            + " | src: with --import, the inventory to update must be a regular file",
      })
  void assessImportRefusesWhatItCannotGoWith(String args, String line) {
    CliRunner.Result r = CliRunner.run(args.split(" "));

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().findFirst().orElseThrow()).isEqualTo(line);
  }

  /**
   * Every other format's files, real and written for the tests, round trip: import writes an
   * inventory that assess takes as it is, with the services the import counted, on the platform a
   * pinned service is pinned to.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "vendor/sam-lambda-sqs/template.yaml, 1",
    "vendor/sam-http-api/template.yml, 1",
    "sam/shop.yaml, 5",
    "sam/legacy.json, 1",
    "vendor/serverless-go-rest/serverless.yml, 5",
    "serverless/serverless.yml, 5",
    "terraform/plan.json, 5",
    "vendor/wrangler-do-bound/wrangler.toml, 1",
    "wrangler/toml/wrangler.toml, 1",
    "wrangler/jsonc/wrangler.jsonc, 1"
  })
  void everyFormatRoundTripsThroughAssess(String input, int services) throws IOException {
    CliRunner.Result r = CliRunner.run("import", DIR.resolve(input).toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertRoundTrip(r.out(), services);
    if (input.contains("wrangler")) {
      CliRunner.Result assess =
          CliRunner.run("assess", tmp.resolve("round-trip.yaml").toString(), "-f", "json");
      for (JsonNode s : JSON.readTree(assess.out()).get("services")) {
        assertThat(s.get("platform").asText()).isEqualTo("cloudflare-workers");
      }
    }
  }

  /** explain names the deployment file an imported service came from, in text and markdown. */
  @Test
  void explainNamesTheDeploymentFileOfAnImportedService() throws IOException {
    String manifests = VENDOR.resolve("microservices-demo/kubernetes-manifests.yaml").toString();
    Path inventory = tmp.resolve("inventory.yaml");
    assertThat(CliRunner.run("import", manifests, "-o", inventory.toString()).code()).isZero();

    CliRunner.Result text = CliRunner.run("explain", inventory.toString(), "cartservice");
    CliRunner.Result markdown =
        CliRunner.run("explain", inventory.toString(), "cartservice", "-f", "markdown");

    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out().lines().skip(1).findFirst().orElseThrow())
        .matches(
            "  defined at .*inventory\\.yaml:\\d+:\\d+ \\(imported from "
                + java.util.regex.Pattern.quote(manifests)
                + ":\\d+\\)");
    assertThat(markdown.out()).contains(" (imported from `" + manifests + ":");
    // A service written by hand names no deployment file.
    assertThat(CliRunner.run("explain", "samples/startup.yaml", "partner-api").out())
        .doesNotContain("imported from");
  }

  /** With measured traffic for every service, nothing is left to fill in by hand. */
  @Test
  void aServerlessFileWithMeasuredTrafficNeedsNoHandEdits() throws IOException {
    CliRunner.Result r =
        CliRunner.run(
            "import",
            VENDOR.resolve("serverless-go-rest/serverless.yml").toString(),
            "--traffic",
            DIR.resolve("serverless-go-rest-traffic.csv").toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("every service has measured traffic");
    assertThat(r.out()).doesNotContain("traffic: imported-default").doesNotContain("# TODO");
    assertRoundTrip(r.out(), 5);
  }

  /** Assesses the inventory: exit 0, one row a service. */
  private void assertRoundTrip(String inventory, int services) throws IOException {
    Path file = Files.writeString(tmp.resolve("round-trip.yaml"), inventory);
    CliRunner.Result assess = CliRunner.run("assess", file.toString(), "-f", "json");
    assertThat(assess.code()).as(assess.err()).isZero();
    assertThat(names(assess.out()))
        .containsExactlyElementsOf(
            InventoryLoader.parse(inventory, "x").services().stream().map(s -> s.name()).toList())
        .hasSize(services);
  }

  private static List<String> names(String json) throws IOException {
    List<String> names = new ArrayList<>();
    for (JsonNode s : JSON.readTree(json).get("services")) {
      names.add(s.get("name").asText());
    }
    return names;
  }
}
