package dev.placementadvisor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each test file is taken by the format meant for it, trying the registry in order. */
class DetectionTest {
  private static Optional<String> deployment(String file) {
    String text = ImportTesting.text(file);
    return ImportFormats.DEPLOYMENT.stream()
        .filter(f -> f.accepts(Path.of(file), text))
        .map(DeploymentFormat::id)
        .findFirst();
  }

  private static Optional<String> traffic(String file) {
    String text = ImportTesting.text(file);
    return ImportFormats.TRAFFIC.stream()
        .filter(f -> f.accepts(Path.of(file), text))
        .map(TrafficFormat::id)
        .findFirst();
  }

  @ParameterizedTest
  @CsvSource({
    "vendor/sam-lambda-sqs/template.yaml, sam",
    "vendor/sam-http-api/template.yml, sam",
    "sam/shop.yaml, sam",
    "sam/legacy.json, sam",
    "vendor/serverless-go-rest/serverless.yml, serverless",
    "serverless/serverless.yml, serverless",
    "terraform/plan.json, terraform",
    "vendor/wrangler-do-bound/wrangler.toml, wrangler",
    "wrangler/jsonc/wrangler.jsonc, wrangler",
  })
  void deploymentFilesFindTheirFormat(String file, String id) {
    assertThat(deployment(file)).contains(id);
    assertThat(traffic(file)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "traffic/metric-data.json, cloudwatch",
    "traffic/checkout.json, cloudwatch",
    "traffic/prometheus.json, prometheus",
    "traffic/infracost-usage.yml, infracost",
  })
  void trafficFilesFindTheirFormat(String file, String id) {
    assertThat(traffic(file)).contains(id);
    assertThat(deployment(file)).isEmpty();
  }
}
