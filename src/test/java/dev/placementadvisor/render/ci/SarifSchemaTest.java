package dev.placementadvisor.render.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.render.ComparisonFixtures;
import dev.placementadvisor.testing.Baselines;
import dev.placementadvisor.testing.CliRunner;
import dev.placementadvisor.testing.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format sarif} conforms to the OASIS SARIF 2.1.0 JSON schema (a draft-04 schema, kept
 * under src/test/resources/schemas with formats asserted, so URIs must be URIs), and holds to what
 * code scanning relies on: rule indexes, levels, regions and stable fingerprints.
 */
class SarifSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema schema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSchema() throws IOException {
    JsonNode node = JSON.readTree(Path.of("src/test/resources/schemas/sarif-2.1.0.json").toFile());
    assertThat(node.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-04/schema#");
    assertThat(node.path("id").asText()).endsWith("/sarif-schema-2.1.0.json");
    schema =
        SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_4,
                b ->
                    b.schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
            .getSchema(node);
  }

  private static JsonNode valid(String sarif) throws IOException {
    JsonNode log = JSON.readTree(sarif);
    assertThat(schema.validate(log)).as("SARIF schema errors in%n%s", sarif).isEmpty();
    return log;
  }

  private static String render(Comparison c) throws IOException {
    StringWriter out = new StringWriter();
    new SarifRenderer().render(c, out);
    return out.toString();
  }

  @Test
  void theSchemaRejectsWhatItShould() throws IOException {
    // A guard against a schema that accepts anything: these break it in three ways.
    JsonNode bad =
        JSON.readTree(
            "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\","
                + "\"informationUri\":\"not a uri\"}},\"results\":[{\"level\":\"fatal\","
                + "\"message\":{\"text\":\"m\"}}]}],\"extra\":1}");
    assertThat(schema.validate(bad)).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void theRegressionThroughTheCommandLineIsValidSarif() throws IOException {
    Path baseline = Baselines.base(dir);
    String inventory = Fixtures.path("gate-regression.yaml").toString();
    CliRunner.Result r =
        CliRunner.run(
            "assess",
            inventory,
            "--baseline",
            baseline.toString(),
            "--format",
            "sarif",
            "--max-increase",
            "10%",
            "--budget",
            "100",
            "--fail-on-placement-change",
            "--max-service-increase",
            "50%");
    assertThat(r.err().lines()).isNotEmpty().allMatch(l -> l.startsWith("advisor: gate "));
    assertThat(r.code()).isEqualTo(1);
    JsonNode log = valid(r.out());

    assertThat(log.path("$schema").asText())
        .isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    JsonNode run = log.path("runs").path(0);
    JsonNode driver = run.path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("advisor");
    assertThat(driver.path("semanticVersion").asText()).isEqualTo(SarifRenderer.DEV_VERSION);
    List<String> ruleIds = new ArrayList<>();
    driver.path("rules").forEach(rule -> ruleIds.add(rule.path("id").asText()));
    assertThat(ruleIds)
        .containsExactly(
            "advisor/cost-increase",
            "advisor/service-cost-increase",
            "advisor/budget",
            "advisor/placement-change",
            "advisor/service-added",
            "advisor/service-removed");
    driver
        .path("rules")
        .forEach(
            rule -> {
              assertThat(rule.has("helpUri")).as("no published help page to link to").isFalse();
              assertThat(rule.path("help").path("text").asText()).contains("docs/ci.md");
              assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
              assertThat(rule.path("fullDescription").path("text").asText()).isNotBlank();
            });

    List<String> seen = new ArrayList<>();
    Set<String> fingerprints = new HashSet<>();
    for (JsonNode result : run.path("results")) {
      String ruleId = result.path("ruleId").asText();
      assertThat(ruleIds.get(result.path("ruleIndex").asInt())).isEqualTo(ruleId);
      JsonNode location = result.path("locations").path(0).path("physicalLocation");
      assertThat(location.path("artifactLocation").path("uri").asText())
          .isEqualTo("src/test/resources/fixtures/gate-regression.yaml");
      assertThat(fingerprints.add(result.path("partialFingerprints").path("advisor/v1").asText()))
          .as("fingerprints are unique")
          .isTrue();
      String text = result.path("message").path("text").asText();
      seen.add(
          ruleId
              + " "
              + result.path("level").asText()
              + " "
              + (location.has("region") ? location.path("region").path("startLine").asInt() : "-")
              + " "
              + text.substring(0, Math.max(0, text.indexOf(':'))));
    }
    assertThat(seen)
        .containsExactly(
            "advisor/cost-increase error - monthly cost rose past 10%",
            "advisor/budget error - monthly cost $279.57 exceeds the budget of $100.00; largest",
            "advisor/service-cost-increase error 20 search",
            "advisor/placement-change error 29 sessions",
            "advisor/service-cost-increase error 29 sessions",
            "advisor/service-added error 39 image-resize",
            "advisor/service-removed note - legacy-export");
  }

  @Test
  void awkwardNamesLineZeroAndAllGatesAreValidSarif() throws IOException {
    JsonNode log =
        valid(render(ComparisonFixtures.awkward("inventories/my inventory.yaml", false)));
    JsonNode results = log.path("runs").path(0).path("results");
    assertThat(results.findValuesAsText("uri")).containsOnly("inventories/my%20inventory.yaml");
    JsonNode moved = null;
    for (JsonNode r : results) {
      if (r.path("message").path("text").asText().startsWith("moved: placement")) {
        moved = r;
      }
    }
    assertThat(moved).as("the placement change of 'moved'").isNotNull();
    assertThat(moved.path("level").asText()).isEqualTo("error");
    assertThat(moved.path("locations").path(0).path("physicalLocation").has("region"))
        .as("no region for line 0")
        .isFalse();
  }

  @Test
  void withoutGatesRisesAreWarningsAndAdditionsNotes() throws IOException {
    JsonNode results =
        valid(render(ComparisonFixtures.ungated("inventory.yaml")))
            .path("runs")
            .path(0)
            .path("results");
    List<String> got = new ArrayList<>();
    results.forEach(r -> got.add(r.path("ruleId").asText() + " " + r.path("level").asText()));
    assertThat(got)
        .containsExactly("advisor/service-cost-increase warning", "advisor/service-added note");
  }

  @Test
  void anAbsoluteInventoryBecomesAFileUri() throws IOException {
    Path absolute = dir.resolve("inv.yaml").toAbsolutePath();
    JsonNode log = valid(render(ComparisonFixtures.ungated(absolute.toString())));
    assertThat(log.findValuesAsText("uri")).containsOnly(absolute.toUri().toASCIIString());
  }

  @Test
  void fingerprintsDependOnRuleAndServiceOnly() throws IOException {
    String a = SarifRenderer.fingerprint("advisor/service-added", "new");
    assertThat(a).hasSize(32).matches("[0-9a-f]+");
    assertThat(SarifRenderer.fingerprint("advisor/service-added", "new")).isEqualTo(a);
    assertThat(SarifRenderer.fingerprint("advisor/service-removed", "new")).isNotEqualTo(a);
    // The same result in two runs keeps its fingerprint even though its message changed.
    String first = render(ComparisonFixtures.ungated("inventory.yaml"));
    String second = render(ComparisonFixtures.ungated("other.yaml"));
    assertThat(JSON.readTree(first).findValuesAsText("advisor/v1"))
        .isEqualTo(JSON.readTree(second).findValuesAsText("advisor/v1"));
  }

  @Test
  void artifactUris() {
    assertThat(SarifRenderer.artifactUri("inventory.yaml")).isEqualTo("inventory.yaml");
    assertThat(SarifRenderer.artifactUri("dir\\sub\\inv.yaml")).isEqualTo("dir/sub/inv.yaml");
    assertThat(SarifRenderer.artifactUri("my inv #1.yaml")).isEqualTo("my%20inv%20%231.yaml");
    assertThat(SarifRenderer.artifactUri("c:inv.yaml")).isEqualTo("./c:inv.yaml");
    assertThat(SarifRenderer.artifactUri("ünï.yaml")).isEqualTo("%C3%BCn%C3%AF.yaml");
  }
}
