package dev.placementadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.engine.Pipeline;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.testing.CliRunner;
import dev.placementadvisor.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service that only routes, rewrites, authorises or caches is audited as the seed words it. */
class AuditRoleTest {
  @TempDir Path dir;

  @Test
  void aRouterIsAWasmCandidateAndGoesToTheEdge() {
    Report r = Pipeline.assess(Fixtures.path("audit-role-route.yaml"), null);
    ServiceAssessment router = r.service("edge-router");
    ServiceAssessment plain = r.service("plain-router");

    assertThat(router.wasmAudit().candidate()).isTrue();
    assertThat(router.placement()).isEqualTo(Placement.WASM_EDGE);
    assertThat(router.reasons())
        .anyMatch(
            x ->
                x.factor().equals("wasm-audit")
                    && x.detail()
                        .startsWith(
                            "role route (API gateway logic, a clear candidate in the seed):")
                    && x.detail().endsWith(": a Wasm candidate"));
    // The same service without its role: io-bound, nobody said a user waits on it.
    assertThat(plain.wasmAudit().candidate()).isFalse();
    assertThat(plain.placement()).isNotEqualTo(Placement.WASM_EDGE);
  }

  @Test
  void aStatefulCacheIsNoCandidateAndAnUnknownRoleIsAnError() throws Exception {
    Path inv = dir.resolve("inventory.yaml");
    Files.writeString(
        inv,
        "version: 1\nservices:\n  - name: c\n    traffic: {requestsPerMonth: 1M}\n"
            + "    runtime: go\n    stateful: true\n    role: cache\n");
    assertThat(Pipeline.assess(inv, null).service("c").wasmAudit().candidate()).isFalse();

    Files.writeString(
        inv,
        "version: 1\nservices:\n  - name: c\n    traffic: {requestsPerMonth: 1M}\n"
            + "    role: proxy\n");
    CliRunner.Result bad = CliRunner.run("validate", inv.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith(inv + ":5:11: ").contains("role");
  }
}
