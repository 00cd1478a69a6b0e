package dev.placementadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.testing.CliRunner;
import dev.placementadvisor.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A service pinned to platforms of one placement is placed there when it fits one of them, not on a
 * cluster it may not use: the Worker a wrangler file imports stays on Workers.
 */
class PinnedPlatformsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode service(String name) throws Exception {
    CliRunner.Result r =
        CliRunner.run(
            "assess", Fixtures.path("engine-pinned-to-workers.yaml").toString(), "-f", "json");
    assertThat(r.code()).as(r.err()).isZero();
    for (JsonNode s : JSON.readTree(r.out()).get("services")) {
      if (s.get("name").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no service " + name);
  }

  @Test
  void aWorkerPinnedToWorkersThatIsNoWasmCandidateStaysOnWorkers() throws Exception {
    JsonNode s = service("do-bound");

    assertThat(s.get("wasmAudit").get("candidate").asBoolean()).isFalse();
    assertThat(s.get("placement").asText()).isEqualTo("wasm-edge");
    assertThat(s.get("platform").asText()).isEqualTo("cloudflare-workers");
    assertThat(s.get("excluded").toString()).contains("kubernetes", "serverless", "hybrid");
    assertThat(s.get("decision").toString())
        .contains("serverless is ruled out by a platform limit: wasm-edge");
    assertThat(s.get("dataTier").get("platform").asText()).isEqualTo("cloudflare-durable-objects");
  }

  @Test
  void aServicePinnedToAPlatformItDoesNotFitStillFallsBackToACluster() throws Exception {
    // 512 MB is more than a Worker isolate holds: nothing it may use fits, so the cluster stays
    // its fallback, priced for comparison.
    JsonNode s = service("big-worker");

    assertThat(s.get("placement").asText()).isEqualTo("kubernetes");
    assertThat(s.get("excluded").toString()).doesNotContain("kubernetes");
  }
}
