package dev.placementadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.placementadvisor.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON report of every sample conforms to the published docs/report.schema.json, which holds a
 * service's data tier to its shape.
 */
class ReportSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("samples"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void jsonReportConformsToTheSchema(Path sample) throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(JSON.readTree(Path.of("docs/report.schema.json").toFile()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "assess",
            sample.toString(),
            "--format",
            "json");

    assertThat(code).as(err.toString()).isZero();
    JsonNode report = JSON.readTree(out.toString());
    assertThat(schema.validate(report)).as("schema errors for %s", sample).isEmpty();
    assertThat(report.at("/services/0/monthlyCost/recommended").isNumber()).isTrue();
  }

  /** The data tier's shape is checked, not merely allowed: a broken one is refused. */
  @Test
  void aServicesDataTierIsHeldToItsShape() throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(JSON.readTree(Path.of("docs/report.schema.json").toFile()));
    StringWriter out = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "assess",
            "samples/shop-data.yaml",
            "--format",
            "json");
    assertThat(code).isZero();
    JsonNode report = JSON.readTree(out.toString());
    assertThat(report.at("/services/0/dataTier/platform").asText())
        .isEqualTo("aws-aurora-serverless-v2");
    assertThat(report.at("/totals/dataTier/monthlyCost").isNumber()).isTrue();
    assertThat(schema.validate(report)).isEmpty();

    ObjectNode noLines = report.deepCopy();
    ((ObjectNode) noLines.at("/services/0/dataTier")).remove("lines");
    ObjectNode textCost = report.deepCopy();
    ((ObjectNode) textCost.at("/services/0/dataTier")).put("monthlyCost", "47.20");
    ObjectNode unknownStore = report.deepCopy();
    ((ObjectNode) unknownStore.at("/services/0/dataTier")).put("store", "graph");
    ObjectNode extraKey = report.deepCopy();
    ((ObjectNode) extraKey.at("/totals/dataTier")).put("services", 4);

    assertThat(schema.validate(noLines)).isNotEmpty();
    assertThat(schema.validate(textCost)).isNotEmpty();
    assertThat(schema.validate(unknownStore)).isNotEmpty();
    assertThat(schema.validate(extraKey)).isNotEmpty();
  }
}
