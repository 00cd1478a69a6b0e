package dev.placementadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.testing.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled sample's report explains each placement that is not the cheapest feasible one in
 * total cost of ownership: the decision names the difference in dollars and what outweighs it.
 */
class SamplesExplainTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> samples() throws IOException {
    return Files.list(Path.of("samples")).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyChoiceThatIsNotTheCheapestSaysWhy(Path sample) throws IOException {
    CliRunner.Result r = CliRunner.run("assess", sample.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    for (JsonNode s : JSON.readTree(r.out()).get("services")) {
      String chosen = s.get("placement").asText();
      double paid = s.get("tco").get(chosen).asDouble();
      String excluded = s.get("excluded").toString();
      boolean edgeFits = s.get("wasmAudit").get("runtimeFit").asText().equals("good");
      double least = Double.MAX_VALUE;
      for (String p : List.of("wasm-edge", "serverless", "hybrid", "kubernetes")) {
        if (!excluded.contains("\"" + p + "\"") && (edgeFits || !p.equals("wasm-edge"))) {
          least = Math.min(least, s.get("tco").get(p).asDouble());
        }
      }
      if (paid - least >= 0.01) {
        assertThat(s.get("decision").toString())
            .as(
                "%s in %s: %s at $%s, the cheapest feasible at $%s",
                s.get("name").asText(), sample, chosen, paid, least)
            .contains("a month more than")
            .contains("outweighed by");
      }
    }
  }
}
