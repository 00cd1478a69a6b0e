package dev.placementadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.result.Reason;
import dev.placementadvisor.result.ServiceCosts;
import dev.placementadvisor.result.WasmAudit;
import dev.placementadvisor.result.WasmAudit.RuntimeFit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A service's highlights: the platform limits that mattered to its band (or to the edge for a Wasm
 * candidate), "wasm-audit passed" for a candidate at the edge, then the three weightiest factors,
 * ties in the reasons' order.
 */
class HighlightsTest {
  private static ServiceAssessment service(
      Placement placement, Placement band, boolean candidate, List<Reason> reasons) {
    return new ServiceAssessment(
        "api",
        new Location("inventory.yaml", 1, 1),
        placement,
        3,
        3,
        band,
        new WasmAudit(candidate, candidate, candidate, RuntimeFit.GOOD),
        reasons,
        Set.of(),
        List.of(),
        null,
        new ServiceCosts(10, 20, 5, 25, null),
        1_000_000,
        10,
        Sensitivity.none(),
        null);
  }

  private static Reason limit(String id, Placement... rulesOut) {
    return new Reason(id, 0, "a limit", EnumSet.of(rulesOut[0], rulesOut));
  }

  @Test
  void theThreeWeightiestFactorsTiesInTheReasonsOrder() {
    List<Reason> reasons =
        List.of(
            new Reason("a", 2, ""),
            new Reason("b", -5, ""),
            new Reason("c", 0, ""),
            new Reason("d", 5, ""),
            new Reason("e", -2, ""),
            new Reason("f", 3, ""));

    assertThat(service(Placement.SERVERLESS, Placement.SERVERLESS, false, reasons).highlights())
        .containsExactly("b -5", "d +5", "f +3");
  }

  @Test
  void aLimitMattersWhenItIsAboutTheBandOrTheEdgeOfACandidate() {
    List<Reason> reasons =
        List.of(
            limit("limit-state", Placement.SERVERLESS, Placement.WASM_EDGE, Placement.HYBRID),
            limit("limit-edge", Placement.WASM_EDGE),
            new Reason("team-size", 4, ""));

    assertThat(service(Placement.KUBERNETES, Placement.SERVERLESS, false, reasons).highlights())
        .containsExactly("limit-state", "team-size +4");
    assertThat(service(Placement.KUBERNETES, Placement.KUBERNETES, true, reasons).highlights())
        .containsExactly("limit-state", "limit-edge", "team-size +4");
    assertThat(service(Placement.KUBERNETES, Placement.KUBERNETES, false, reasons).highlights())
        .containsExactly("team-size +4");
  }

  @Test
  void theAuditPassedOnlyForACandidateAtTheEdge() {
    List<Reason> none = List.of();

    assertThat(service(Placement.WASM_EDGE, Placement.SERVERLESS, true, none).highlights())
        .containsExactly("wasm-audit passed");
    // A service pinned to the edge that is no candidate did not pass the audit.
    assertThat(service(Placement.WASM_EDGE, Placement.SERVERLESS, false, none).highlights())
        .isEmpty();
  }
}
