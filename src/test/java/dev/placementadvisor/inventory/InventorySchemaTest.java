package dev.placementadvisor.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks docs/inventory.schema.json: valid draft-07, accepts every sample, rejects bad input. */
class InventorySchemaTest {
  private static final Path SCHEMA_FILE = Paths.get("docs/inventory.schema.json");
  private static final Path SAMPLES_DIR = Paths.get("samples");
  private static final String EDITOR_LINE =
      "# yaml-language-server: $schema=../docs/inventory.schema.json";
  private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  private static SchemaRegistry registry;
  private static JsonNode schemaNode;
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    schemaNode = JSON.readTree(SCHEMA_FILE.toFile());
    schema = registry.getSchema(schemaNode);
  }

  static List<Path> sampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES_DIR)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void schemaDeclaresDraft07AndIsValidAgainstTheMetaSchema() {
    assertThat(schemaNode.path("$schema").asText()).isEqualTo(DRAFT_07);
    assertThat(schemaNode.path("$id").asText()).isNotBlank();
    assertThat(schemaNode.path("title").asText()).isNotBlank();

    Schema metaSchema = registry.getSchema(SchemaLocation.of(DRAFT_07));
    List<Error> errors = metaSchema.validate(schemaNode);

    assertThat(errors).as("draft-07 meta-schema errors").isEmpty();
  }

  @Test
  void thereAreAtLeastFourSamples() throws IOException {
    assertThat(sampleFiles()).hasSizeGreaterThanOrEqualTo(4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleFiles")
  void sampleStartsWithTheEditorSchemaLine(Path sample) throws IOException {
    List<String> lines = Files.readAllLines(sample);
    assertThat(lines).isNotEmpty();
    assertThat(lines.get(0)).isEqualTo(EDITOR_LINE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleFiles")
  void sampleIsValid(Path sample) throws IOException {
    JsonNode inventory = YAML.readTree(sample.toFile());

    assertThat(schema.validate(inventory)).as("schema errors in %s", sample).isEmpty();
  }

  @Test
  void everyFieldAtOnceIsValid() throws IOException {
    String yaml =
        """
        version: 1
        organization:
          name: Everything Inc
          engineers: 1.5K
          platformEngineers: 12
          compliance: [soc2, gdpr]
          multiCloud: true
          onPremises: false
          budgetPredictability: true
          region: eu-central-1
          kubernetes:
            instanceType: m5.large
            minNodes: 3
            targetUtilization: 72.5%
            autoscaling: false
          platforms: [aws, cloudflare, -aws-lambda]
        profiles:
          web.v2:
            pattern: spiky
            requestsPerMonth: 12M
            peakToAverage: 6
            growthPerMonth: -5%
          flat:
            requestsPerMonth: 12000000
            growthPerMonth: 0
        services:
          - name: auth
            traffic: web.v2
            runtime: rust
            avgDurationMs: 15
            memoryMb: 128
            workload: compute-bound
            stateful: false
            persistentConnections: false
            gpu: false
            maxDurationSeconds: 5
            coldStartSensitive: true
            customNetworking: false
            onPremises: false
            apiGateway: http
            vpcEgress: false
            logsGbPerMonth: 0.5
            compliance: [pci-dss]
            architecture: arm64
            cpuMsPerRequest: 9
            platforms: [cloudflare-workers, aws-eks]
            dataStore: key-value
          - name: orders
            traffic: web.v2
            dataStore: relational
          - name: ledger
            traffic: flat
            dataStore:
              type: relational
              storageGb: 1.5K
              minAcu: 0
              maxAcu: 4.5
              autoPauseSeconds: 600
              storageType: io-optimized
              ioPerRequest: 2.5
              requestsPerSecondPerAcu: 250
          - name: ledger-cache
            traffic: flat
            dataStore: {type: cache, storageGb: 2, ecpusPerRequest: 1.5, engine: redis}
          - name: chat
            traffic: flat
            persistentConnections: true
            apiGateway: websocket
            connections: {concurrent: 1.5K, messagesPerMonth: 5M}
            dataStore:
              type: key-value
              readsPerRequest: 2
              writesPerRequest: 0.5
              itemKb: 3
              storageGb: 4
          - name: batch_job-1
            traffic: {pattern: batch, requestsPerMonth: "1_500", peakToAverage: 1.5K}
            avgDurationMs: 1.2M
            maxDurationSeconds: 3600
            compliance: [none]
        pricing:
          freeTier: true
          catalog: prices/my-prices.yaml
        weights:
          factors:
            stateful: 4
            team-size: {"1-3": -4, "16+": 3}
          bands:
            hybrid: 8
            kubernetes: 15
        """;

    assertThat(schema.validate(YAML.readTree(yaml))).isEmpty();
  }

  static Stream<Arguments> brokenInventories() {
    String service = "services:\n  - name: auth\n    traffic: {requestsPerMonth: 1M}\n";
    return Stream.of(
        Arguments.of(
            "unknown service key",
            "version: 1\nservices:\n  - name: auth\n    traffic: {requestsPerMonth: 1M}\n"
                + "    memroyMb: 256\n",
            "memroyMb"),
        Arguments.of("unknown top-level key", "version: 1\nservice: []\n" + service, "service"),
        Arguments.of(
            "unknown profile key",
            "version: 1\nservices:\n  - name: auth\n    traffic: {requestsPerMonth: 1M, peak: 3}\n",
            "peak"),
        Arguments.of(
            "bad workload enum",
            "version: 1\nservices:\n  - name: auth\n    traffic: {requestsPerMonth: 1M}\n"
                + "    workload: cpu-bound\n",
            "workload"),
        Arguments.of(
            "bad pattern enum",
            "version: 1\n"
                + "services:\n"
                + "  - name: auth\n"
                + "    traffic: {pattern: bursty, requestsPerMonth: 1M}\n",
            "pattern"),
        Arguments.of(
            "negative requestsPerMonth",
            "version: 1\nservices:\n  - name: auth\n    traffic: {requestsPerMonth: -5}\n",
            "requestsPerMonth"),
        Arguments.of(
            "unknown suffix",
            "version: 1\nservices:\n  - name: auth\n    traffic: {requestsPerMonth: 12X}\n",
            "requestsPerMonth"),
        Arguments.of(
            "growth below -99%",
            "version: 1\nservices:\n  - name: auth\n"
                + "    traffic: {requestsPerMonth: 1M, growthPerMonth: -100%}\n",
            "growthPerMonth"),
        Arguments.of(
            "percentage without %",
            "version: 1\norganization:\n  kubernetes: {targetUtilization: 70}\n" + service,
            "targetUtilization"),
        Arguments.of(
            "compliance none with a regime",
            "version: 1\norganization:\n  compliance: [none, soc2]\n" + service,
            "compliance"),
        Arguments.of(
            "fractional memoryMb",
            "version: 1\nservices:\n  - name: auth\n    traffic: {requestsPerMonth: 1M}\n"
                + "    memoryMb: 128.5\n",
            "memoryMb"),
        Arguments.of(
            "zero avgDurationMs",
            "version: 1\nservices:\n  - name: auth\n    traffic: {requestsPerMonth: 1M}\n"
                + "    avgDurationMs: 0\n",
            "avgDurationMs"),
        Arguments.of(
            "string boolean",
            "version: 1\nservices:\n  - name: auth\n    traffic: {requestsPerMonth: 1M}\n"
                + "    stateful: \"yes\"\n",
            "stateful"),
        Arguments.of(
            "bad service name",
            "version: 1\nservices:\n  - name: -auth\n    traffic: web\n",
            "name"),
        Arguments.of("version 2", "version: 2\n" + service, "version"),
        Arguments.of("no services", "version: 1\nservices: []\n", "services"),
        Arguments.of("missing traffic", "version: 1\nservices:\n  - name: auth\n", "traffic"),
        Arguments.of(
            "unknown dataStore type",
            "version: 1\nservices:\n  - name: auth\n    traffic: {requestsPerMonth: 1M}\n"
                + "    dataStore: relatinal\n",
            "dataStore"),
        Arguments.of(
            "dataStore mapping without its type",
            "version: 1\nservices:\n  - name: auth\n    traffic: {requestsPerMonth: 1M}\n"
                + "    dataStore: {storageGb: 20}\n",
            "type"),
        Arguments.of(
            "dataStore capacity not in half units",
            "version: 1\nservices:\n  - name: auth\n    traffic: {requestsPerMonth: 1M}\n"
                + "    dataStore: {type: relational, minAcu: 0.25}\n",
            "minAcu"),
        Arguments.of(
            "relational sizing for a key-value store",
            "version: 1\nservices:\n  - name: auth\n    traffic: {requestsPerMonth: 1M}\n"
                + "    dataStore: {type: key-value, minAcu: 1}\n",
            "dataStore"),
        Arguments.of(
            "a WebSocket API's figures given twice",
            "version: 1\nservices:\n  - name: auth\n    traffic: {requestsPerMonth: 1M}\n"
                + "    persistentConnections: true\n    apiGateway: websocket\n"
                + "    connections: {concurrent: 10, minutesPerMonth: 1M}\n",
            "connections"),
        Arguments.of(
            "missing requestsPerMonth",
            "version: 1\nprofiles:\n  web: {pattern: steady}\n"
                + "services:\n  - name: auth\n    traffic: web\n",
            "requestsPerMonth"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenInventories")
  void brokenInventoryIsRejected(String scenario, String yaml, String mentioned)
      throws IOException {
    List<Error> errors = schema.validate(YAML.readTree(yaml));

    assertThat(errors).as(scenario).isNotEmpty();
    assertThat(errors)
        .as("%s: an error names '%s'", scenario, mentioned)
        .anySatisfy(e -> assertThat(e.toString()).contains(mentioned));
  }
}
