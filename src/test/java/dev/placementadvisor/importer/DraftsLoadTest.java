package dev.placementadvisor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.InventoryLoader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The drafts of every test file, written with a traffic figure the files cannot give, make an
 * inventory the inventory's own loader takes: names, fields and values are all within its rules.
 */
class DraftsLoadTest {
  @ParameterizedTest
  @CsvSource({
    "sam, vendor/sam-lambda-sqs/template.yaml",
    "sam, vendor/sam-http-api/template.yml",
    "sam, sam/shop.yaml",
    "sam, sam/legacy.json",
    "serverless, vendor/serverless-go-rest/serverless.yml",
    "serverless, serverless/serverless.yml",
    "terraform, terraform/plan.json",
    "wrangler, vendor/wrangler-do-bound/wrangler.toml",
    "wrangler, wrangler/toml/wrangler.toml",
    "wrangler, wrangler/jsonc/wrangler.jsonc",
  })
  void draftsLoadAsAnInventory(String id, String file) {
    DeploymentFormat format =
        ImportFormats.DEPLOYMENT.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    List<Draft> drafts = ImportTesting.drafts(format, file);
    StringBuilder yaml = new StringBuilder("version: 1\nservices:\n");
    for (Draft d : drafts) {
      yaml.append("  - name: ").append(d.name()).append("\n    traffic: {requestsPerMonth: 1M}\n");
      for (Map.Entry<String, Object> f : d.fields().entrySet()) {
        Object v = f.getValue();
        String value =
            v instanceof List<?> l
                ? l.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"))
                : String.valueOf(v);
        yaml.append("    ").append(f.getKey()).append(": ").append(value).append('\n');
      }
    }
    Inventory inventory = InventoryLoader.parse(yaml.toString(), file);
    assertThat(inventory.services()).hasSize(drafts.size());
  }
}
