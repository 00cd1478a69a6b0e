package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/cost-model.md lists every entry of the bundled pricing catalog. This test parses both the
 * catalog YAML and the document's tables and fails when they disagree on any id, price, tier, unit,
 * source or date, so the documentation cannot drift from the prices in force.
 */
class CostModelDocTest {
  private static final Path DOC = Path.of("docs/cost-model.md");
  private static final Path CATALOG =
      Path.of("src/main/resources/dev/placementadvisor/pricing/catalog.yaml");

  private static final String PRICES_HEADER =
      "| Id | USD | Unit | Applies to (monthly usage) | Source | Checked |";
  private static final String QUANTITIES_HEADER = "| Id | Value | Unit | Source | Checked |";
  private static final String INSTANCES_HEADER =
      "| Instance type | vCPU | Memory (GiB) | Architecture | GPUs | USD per hour |"
          + " USD per month (730 h) | Source | Checked |";
  private static final String TAX_HEADER =
      "| Id | Line | USD per month | Waived with a platform team | Source | Checked |";

  private static JsonNode catalog;
  private static List<String> doc;

  @BeforeAll
  static void load() throws IOException {
    ObjectMapper yaml = new YAMLMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    catalog = yaml.readTree(CATALOG.toFile());
    doc = Files.readAllLines(DOC, StandardCharsets.UTF_8);
  }

  /** The data rows of the table whose header line is {@code header}, cells trimmed. */
  static List<List<String>> table(String header) {
    int start = doc.indexOf(header);
    assertThat(start).as("docs/cost-model.md has a table headed %s", header).isNotNegative();
    List<List<String>> rows = new ArrayList<>();
    for (int i = start + 2; i < doc.size() && doc.get(i).startsWith("|"); i++) {
      String line = doc.get(i).trim();
      List<String> cells = new ArrayList<>();
      for (String c : line.substring(1, line.length() - 1).split("\\|", -1)) {
        cells.add(c.trim().replace("`", ""));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** A number as written in the document: thousands separators allowed. */
  static String num(String cell) {
    return new BigDecimal(cell.replace(",", "")).stripTrailingZeros().toPlainString();
  }

  static String num(JsonNode node) {
    return node.decimalValue().stripTrailingZeros().toPlainString();
  }

  static String key(String... parts) {
    return String.join(" | ", parts);
  }

  /** The Checked cell of an entry: its date, and ", estimated" where the catalog says so. */
  static String checked(JsonNode entry) {
    return entry.path("checked").asText()
        + (entry.path("confidence").asText("confirmed").equals("estimated") ? ", estimated" : "");
  }

  static Iterable<Map.Entry<String, JsonNode>> entries(String section) {
    Iterator<Map.Entry<String, JsonNode>> it = catalog.path(section).fields();
    return () -> it;
  }

  @Test
  void headerMatchesTheCatalog() {
    String expected =
        "Catalog effective date: "
            + catalog.path("effectiveDate").asText()
            + " · region: "
            + catalog.path("region").asText()
            + " · currency: "
            + catalog.path("currency").asText()
            + " · hours per month: "
            + num(catalog.path("hoursPerMonth"));
    assertThat(doc).contains(expected);
  }

  @Test
  void priceTableMatchesTheCatalog() {
    List<String> expected = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : entries("prices")) {
      JsonNode p = e.getValue();
      String tail = key(p.path("unit").asText(), "%s", p.path("source").asText(), checked(p));
      if (p.has("tiers")) {
        String lower = "0";
        for (JsonNode t : p.path("tiers")) {
          String range = t.has("upTo") ? lower + " to " + num(t.path("upTo")) : "over " + lower;
          expected.add(key(e.getKey(), num(t.path("price")), tail.formatted(range)));
          if (t.has("upTo")) {
            lower = num(t.path("upTo"));
          }
        }
      } else {
        expected.add(key(e.getKey(), num(p.path("price")), tail.formatted("all")));
      }
    }
    List<String> actual = new ArrayList<>();
    for (List<String> r : table(PRICES_HEADER)) {
      assertThat(r).as("price row %s", r).hasSize(6);
      String range = r.get(3);
      if (!range.equals("all")) {
        // "0 to 6,000,000,000 GB-s" or "over 15,000,000,000 GB-s": the numbers, not the unit word
        String[] words = range.split(" ");
        range =
            words[0].equals("over")
                ? "over " + num(words[1])
                : num(words[0]) + " to " + num(words[2]);
      }
      actual.add(key(r.get(0), num(r.get(1)), r.get(2), range, r.get(4), r.get(5)));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void quantityTableMatchesTheCatalog() {
    List<String> expected = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : entries("quantities")) {
      JsonNode q = e.getValue();
      expected.add(
          key(
              e.getKey(),
              num(q.path("value")),
              q.path("unit").asText(),
              q.path("source").asText(),
              checked(q)));
    }
    List<String> actual = new ArrayList<>();
    for (List<String> r : table(QUANTITIES_HEADER)) {
      assertThat(r).as("quantity row %s", r).hasSize(5);
      actual.add(key(r.get(0), num(r.get(1)), r.get(2), r.get(3), r.get(4)));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void instanceTableMatchesTheCatalog() {
    BigDecimal hours = catalog.path("hoursPerMonth").decimalValue();
    List<String> expected = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : entries("instances")) {
      JsonNode i = e.getValue();
      BigDecimal hourly = i.path("hourly").decimalValue();
      expected.add(
          key(
              e.getKey(),
              num(i.path("vcpu")),
              num(i.path("memoryGib")),
              i.path("architecture").asText("x86_64"),
              i.has("gpu") ? num(i.path("gpu")) : "0",
              num(i.path("hourly")),
              hourly.multiply(hours).stripTrailingZeros().toPlainString(),
              i.path("source").asText(),
              checked(i)));
    }
    List<String> actual = new ArrayList<>();
    for (List<String> r : table(INSTANCES_HEADER)) {
      assertThat(r).as("instance row %s", r).hasSize(9);
      actual.add(
          key(
              r.get(0),
              num(r.get(1)),
              num(r.get(2)),
              r.get(3),
              num(r.get(4)),
              num(r.get(5)),
              num(r.get(6)),
              r.get(7),
              r.get(8)));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void hiddenTaxTableMatchesTheCatalog() {
    List<String> expected = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : entries("kubernetesTax")) {
      JsonNode t = e.getValue();
      expected.add(
          key(
              e.getKey(),
              t.path("label").asText(),
              num(t.path("monthly")),
              t.path("waivedWithPlatformTeam").asBoolean() ? "yes" : "no",
              t.path("source").asText(),
              checked(t)));
    }
    List<String> actual = new ArrayList<>();
    for (List<String> r : table(TAX_HEADER)) {
      assertThat(r).as("tax row %s", r).hasSize(6);
      actual.add(key(r.get(0), r.get(1), num(r.get(2)), r.get(3), r.get(4), r.get(5)));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** The summary table of the hidden tax in prose agrees with the catalog's totals. */
  @Test
  void hiddenTaxTotalsInTheProseMatchTheCatalog() {
    BigDecimal all = BigDecimal.ZERO;
    BigDecimal withTeam = BigDecimal.ZERO;
    for (Map.Entry<String, JsonNode> e : entries("kubernetesTax")) {
      BigDecimal m = e.getValue().path("monthly").decimalValue();
      all = all.add(m);
      if (!e.getValue().path("waivedWithPlatformTeam").asBoolean()) {
        withTeam = withTeam.add(m);
      }
    }
    assertThat(all).isEqualByComparingTo("16500");
    assertThat(withTeam).isEqualByComparingTo("4000");
    assertThat(doc).contains("| **total** | **$16,500** | **$4,000** |");
  }
}
