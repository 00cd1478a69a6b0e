package dev.placementadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/report.schema.json and the JSON report name the same fields, both ways: every field a report
 * of any sample or fixture holds is declared in the schema, and every field the schema declares is
 * written by some report. A field added to one and not the other fails here.
 */
class ReportFieldsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Paths of the schema's fields: ".services[].name"; ".x.*" for a map's values. */
  private static Set<String> declared() throws IOException {
    JsonNode schema = JSON.readTree(Path.of("docs/report.schema.json").toFile());
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

  private static Stream<Path> inventories() throws IOException {
    Stream<Path> samples = Files.list(Path.of("samples"));
    Stream<Path> fixtures = Files.list(Path.of("src", "test", "resources", "fixtures"));
    return Stream.concat(samples, fixtures).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  @Test
  void theSchemaAndTheReportNameTheSameFields() throws IOException {
    Set<String> declared = declared();
    Set<String> written = new TreeSet<>();
    int reports = 0;
    for (Path inventory : (Iterable<Path>) inventories()::iterator) {
      StringWriter out = new StringWriter();
      int code =
          Main.run(
              new PrintWriter(out),
              new PrintWriter(new StringWriter()),
              "assess",
              inventory.toString(),
              "--format",
              "json");
      if (code == 0) {
        written(JSON.readTree(out.toString()), "", written);
        reports++;
      }
    }
    assertThat(reports).isGreaterThan(50);
    assertThat(written.stream().filter(p -> !covered(p, declared)))
        .as("fields a report writes that the schema does not declare")
        .isEmpty();
    assertThat(declared.stream().filter(p -> !p.endsWith(".*") && !written.contains(p)))
        .as("fields the schema declares that no report writes")
        .isEmpty();
  }
}
