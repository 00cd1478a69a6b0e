package dev.placementadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON report of every sample conforms to the published docs/report.schema.json. */
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
            new PrintWriter(out), new PrintWriter(err), "assess", sample.toString(), "--format", "json");

    assertThat(code).as(err.toString()).isZero();
    JsonNode report = JSON.readTree(out.toString());
    assertThat(schema.validate(report)).as("schema errors for %s", sample).isEmpty();
    assertThat(report.at("/services/0/monthlyCost/recommended").isNumber()).isTrue();
  }
}
