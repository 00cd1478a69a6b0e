package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.testing.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A price the catalog could not confirm on the provider's page is shown as estimated. */
class CatalogConfidenceTest {

  private static JsonNode entry(JsonNode list, String key, String id) {
    for (JsonNode e : list) {
      if (e.get(key).asText().equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no " + id);
  }

  @Test
  void bundledEntriesSayWhichAreEstimatedInEveryFormat() throws Exception {
    String table = CliRunner.run("pricing").out();
    String markdown = CliRunner.run("pricing", "--format", "markdown").out();
    JsonNode json = new ObjectMapper().readTree(CliRunner.run("pricing", "--format", "json").out());

    assertThat(table)
        .containsPattern("cloudwatch.logs.ingestion +\\$0\\.5 per GB \\(estimated\\)\n")
        .containsPattern("lambda.requests +\\$0\\.2 per 1M requests\n")
        .containsPattern("t3.medium .*\\(checked 2026-11-24\\) \\(estimated\\)\n")
        .containsPattern("m7g.xlarge .*\\(checked 2026-11-24\\)\n");
    assertThat(markdown)
        .contains("| `cloudwatch.logs.ingestion` | \\$0.5 | per GB |")
        .containsPattern("`cloudwatch.logs.ingestion`.*\\| 2026-11-24, estimated \\|\n")
        .containsPattern("`lambda.requests`.*\\| 2026-11-24 \\|\n");
    assertThat(
            entry(json.get("prices"), "id", "cloudwatch.logs.ingestion").get("confidence").asText())
        .isEqualTo("estimated");
    assertThat(entry(json.get("prices"), "id", "edge.requests").get("confidence").asText())
        .isEqualTo("confirmed");
    assertThat(entry(json.get("instances"), "type", "m7g.xlarge").get("confidence").asText())
        .isEqualTo("confirmed");
    assertThat(entry(json.get("instances"), "type", "g5.xlarge").get("confidence").asText())
        .isEqualTo("estimated");
    assertThat(entry(json.get("kubernetesTax"), "id", "monitoring").get("confidence").asText())
        .isEqualTo("estimated");
  }

  @Test
  void everyBundledEntryWithoutAProvidersPageIsEstimated() throws Exception {
    JsonNode json = new ObjectMapper().readTree(CliRunner.run("pricing", "--format", "json").out());
    List<String> unmarked = new ArrayList<>();
    for (String section : List.of("prices", "quantities", "instances", "kubernetesTax")) {
      for (JsonNode e : json.get(section)) {
        boolean providerPage = e.get("source").asText().startsWith("https://");
        if (!providerPage && !e.get("confidence").asText().equals("estimated")) {
          unmarked.add(e.toString());
        }
      }
    }
    assertThat(unmarked).isEmpty();
  }

  @Test
  void aUserCatalogCanMarkItsOwnPricesAndAWrongWordIsRefused(@TempDir Path dir) throws Exception {
    Path mine = dir.resolve("mine.yaml");
    Files.writeString(
        mine,
        "prices:\n"
            + "  lambda.requests:\n"
            + "    unit: per 1M requests\n"
            + "    price: 0.25\n"
            + "    confidence: estimated\n");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad, "prices:\n  lambda.requests:\n    price: 0.25\n    confidence: guessed\n");

    CliRunner.Result ok = CliRunner.run("pricing", "--pricing", mine.toString());
    CliRunner.Result refused = CliRunner.run("pricing", "--pricing", bad.toString());

    assertThat(ok.out())
        .containsPattern("lambda.requests +\\$0\\.25 per 1M requests \\(estimated\\)\n");
    assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
    // the catalog is a file anyone may have named: its value is not quoted back
    assertThat(refused.err())
        .endsWith("bad.yaml:4:17: 'confidence' must be confirmed or estimated\n");
  }
}
