package dev.placementadvisor.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.placementadvisor.compare.ReportReader;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.render.json.JsonRenderer;
import dev.placementadvisor.testing.CliRunner;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records of {@link ReportV1} are the JSON report's one definition, and the two other things
 * that say what a report holds are held to them, both ways:
 *
 * <ul>
 *   <li>the reports {@code advisor assess --format json} writes, with its fast byte writer, for
 *       every sample and fixture: each is read into the records strictly (a field the records lack
 *       fails), and the records written back with Jackson's own serialization give the same text,
 *       character for character (a field the records have and the report lacks, another order or
 *       another number format fails);
 *   <li>docs/report.schema.json: every field of the records is declared there, and every field it
 *       declares is a field of the records;
 *   <li>the baseline reader: what it reads are fields of the records, and a report without one it
 *       needs is refused.
 * </ul>
 */
class ReportContractTest {
  /** Reads and writes the records exactly as the report's text has them. */
  private static final ObjectMapper CONTRACT =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private static final ObjectMapper TREE = new ObjectMapper();

  /** The JSON report of each sample and fixture that assesses, by inventory. */
  private static final List<String[]> REPORTS = new ArrayList<>();

  @BeforeAll
  static void assessEveryInventory() throws IOException {
    for (Path inventory : (Iterable<Path>) inventories()::iterator) {
      CliRunner.Result r = CliRunner.run("assess", inventory.toString(), "--format", "json");
      if (r.code() == 0) {
        REPORTS.add(new String[] {inventory.toString(), r.out()});
      }
    }
  }

  private static Stream<Path> inventories() throws IOException {
    Stream<Path> samples = Files.list(Path.of("samples"));
    Stream<Path> fixtures = Files.list(Path.of("src", "test", "resources", "fixtures"));
    return Stream.concat(samples, fixtures).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  private static String write(ReportV1 report) throws IOException {
    return CONTRACT.writer(JsonRenderer.prettyPrinter()).writeValueAsString(report) + "\n";
  }

  @Test
  void everyReportIsTheRecordsWrittenOut() throws IOException {
    assertThat(REPORTS).hasSizeGreaterThan(50);
    for (String[] r : REPORTS) {
      ReportV1 read = CONTRACT.readValue(r[1], ReportV1.class);
      assertThat(read.schemaVersion()).isEqualTo(ReportV1.SCHEMA_VERSION);
      assertThat(write(read)).as("the report of %s", r[0]).isEqualTo(r[1]);
    }
  }

  @Test
  void theReportsTogetherHoldEveryFieldOfTheRecords() throws IOException {
    Set<String> written = new TreeSet<>();
    for (String[] r : REPORTS) {
      written(TREE.readTree(r[1]), "", written);
    }
    assertThat(fields(ReportV1.class, "", new TreeSet<>()))
        .as("fields of the records that no sample or fixture report writes")
        .isSubsetOf(written);
  }

  /**
   * A report of schemaVersion 1 written by an earlier release, before platforms, the total cost of
   * ownership and operations: the records read it, the fields it lacks null.
   */
  @Test
  void aReportOfAnEarlierReleaseReadsIntoTheRecords() throws IOException {
    ReportV1 old =
        CONTRACT.readValue(
            Path.of("src/test/resources/fixtures/gate-baseline-before-platforms.json").toFile(),
            ReportV1.class);
    assertThat(old.schemaVersion()).isEqualTo(ReportV1.SCHEMA_VERSION);
    assertThat(old.services()).isNotEmpty();
    assertThat(old.services().get(0).platform()).isNull();
    assertThat(old.services().get(0).tco()).isNull();
    assertThat(old.services().get(0).monthlyCost().recommended()).isNotNull();
    assertThat(old.totals().operations()).isNull();
  }

  @Test
  void aFieldTheRecordsLackOrAMissingOneIsRefused() throws IOException {
    String report = REPORTS.get(0)[1];
    assertThatThrownBy(
            () -> CONTRACT.readValue(report.replace("\"region\"", "\"zone\""), ReportV1.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
    assertThatThrownBy(
            () ->
                CONTRACT.readValue(
                    report
                        .replace("\"freeTier\": false", "\"freeTier\": null")
                        .replace("\"freeTier\": true", "\"freeTier\": null"),
                    ReportV1.class))
        .isInstanceOf(MismatchedInputException.class);
    ReportV1 read = CONTRACT.readValue(report, ReportV1.class);
    ReportV1 changed =
        new ReportV1(
            read.schemaVersion(),
            read.inventory(),
            read.organization(),
            read.pricing(),
            read.services(),
            null);
    assertThat(write(changed)).isNotEqualTo(report);
  }

  @Test
  void theSchemaDeclaresTheFieldsOfTheRecordsAndNoOthers() throws IOException {
    Set<String> declared = declared();
    Set<String> fields = fields(ReportV1.class, "", new TreeSet<>());
    assertThat(fields.stream().filter(p -> !covered(p, declared)))
        .as("fields of the records the schema does not declare")
        .isEmpty();
    assertThat(declared.stream().filter(p -> !p.endsWith(".*") && !fields.contains(p)))
        .as("fields the schema declares that the records lack")
        .isEmpty();
  }

  /**
   * What a saved report is read for (a baseline, see {@link ReportReader}): fields of the records,
   * and each refused when missing, except a service's location, which may be unknown.
   */
  @Test
  void theReaderReadsFieldsOfTheRecords(@TempDir Path dir) throws IOException {
    List<String> required =
        List.of(
            ".schemaVersion",
            ".inventory",
            ".services",
            ".services[].name",
            ".services[].placement",
            ".services[].monthlyCost",
            ".services[].monthlyCost.recommended",
            ".totals",
            ".totals.monthlyCost");
    List<String> optional = List.of(".services[].location.line", ".services[].location.column");
    Set<String> fields = fields(ReportV1.class, "", new TreeSet<>());
    assertThat(fields).containsAll(required).containsAll(optional);
    String report = REPORTS.get(0)[1];
    Path whole = dir.resolve("whole.json");
    Files.writeString(whole, report);
    assertThat(ReportReader.read(whole).services()).isNotEmpty();
    for (String path : required) {
      ObjectNode tree = (ObjectNode) TREE.readTree(report);
      String[] steps = path.substring(1).replace("[]", "").split("\\.");
      ObjectNode parent = tree;
      for (int i = 0; i < steps.length - 1; i++) {
        JsonNode next = parent.get(steps[i]);
        parent = (ObjectNode) (next.isArray() ? next.get(0) : next);
      }
      parent.remove(steps[steps.length - 1]);
      Path without = dir.resolve("without.json");
      Files.writeString(without, TREE.writeValueAsString(tree));
      assertThatThrownBy(() -> ReportReader.read(without))
          .as("a report without %s", path)
          .isInstanceOf(InputException.class)
          .hasMessageContaining("'" + steps[steps.length - 1] + "' is missing");
    }
  }

  /** Paths of the records' fields: ".services[].name". */
  private static Set<String> fields(Class<?> type, String path, Set<String> out) {
    for (RecordComponent c : type.getRecordComponents()) {
      // Jackson's annotations reach a record's accessor, not the component itself.
      JsonProperty named = c.getAccessor().getAnnotation(JsonProperty.class);
      String field = path + "." + (named == null ? c.getName() : named.value());
      out.add(field);
      Type t = c.getGenericType();
      String at = field;
      if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
        t = p.getActualTypeArguments()[0];
        at = field + "[]";
      }
      if (t instanceof Class<?> k && k.isRecord()) {
        fields(k, at, out);
      }
    }
    return out;
  }

  /** Paths of the schema's fields: ".services[].name"; ".x.*" for a map's values. */
  private static Set<String> declared() throws IOException {
    JsonNode schema = TREE.readTree(Path.of("docs/report.schema.json").toFile());
    Set<String> out = new TreeSet<>();
    declare(schema, "", schema.get("definitions"), Set.of(), out);
    return out;
  }

  private static void declare(
      JsonNode node, String path, JsonNode definitions, Set<String> seen, Set<String> out) {
    if (node == null || !node.isObject()) {
      return;
    }
    if (node.has("$ref")) {
      String name = node.get("$ref").asText().replace("#/definitions/", "");
      if (!seen.contains(name)) {
        Set<String> next = new TreeSet<>(seen);
        next.add(name);
        declare(definitions.get(name), path, definitions, next, out);
      }
      return;
    }
    for (String combined : new String[] {"oneOf", "anyOf", "allOf"}) {
      for (JsonNode sub : node.path(combined)) {
        declare(sub, path, definitions, seen, out);
      }
    }
    for (JsonNode required : node.path("required")) {
      out.add(path + "." + required.asText());
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.path("properties").fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      out.add(path + "." + f.getKey());
      declare(f.getValue(), path + "." + f.getKey(), definitions, seen, out);
    }
    declare(node.get("items"), path + "[]", definitions, seen, out);
    if (node.path("additionalProperties").isObject()) {
      out.add(path + ".*");
      declare(node.get("additionalProperties"), path + ".*", definitions, seen, out);
    }
  }

  /** Paths of the fields a report holds. */
  private static void written(JsonNode node, String path, Set<String> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        out.add(path + "." + f.getKey());
        written(f.getValue(), path + "." + f.getKey(), out);
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        written(item, path + "[]", out);
      }
    }
  }

  /** Whether {@code path} is declared, itself or as a value of a declared map. */
  private static boolean covered(String path, Set<String> declared) {
    if (declared.contains(path)) {
      return true;
    }
    int dot = path.lastIndexOf('.');
    return dot > 0 && declared.contains(path.substring(0, dot) + ".*");
  }
}
