package dev.placementadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.render.RandomReports;
import dev.placementadvisor.scoring.Factor;
import dev.placementadvisor.scoring.Factors;
import dev.placementadvisor.scoring.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HighlightsTest {
  /** Highlights.of as it was, with a sorted stream. */
  private static List<String> original(ServiceAssessment s) {
    List<String> out = new ArrayList<>();
    for (Reason r : s.reasons()) {
      Factor f = Factors.byId(r.factor());
      if (f != null
          && f.group() == Factor.Group.LIMIT
          && (f.excludes().contains(s.scoreBand())
              || (s.wasmAudit().candidate() && f.excludes().contains(Placement.WASM_EDGE)))) {
        out.add(r.factor());
      }
    }
    if (s.placement() == Placement.WASM_EDGE && s.wasmAudit().candidate()) {
      out.add("wasm-audit passed");
    }
    s.reasons().stream()
        .filter(r -> r.points() != 0)
        .sorted(Comparator.comparingInt((Reason r) -> -Math.abs(r.points())))
        .limit(3)
        .forEach(r -> out.add(r.factor() + " " + Format.signed(r.points())));
    return out;
  }

  @Test
  void theWeightiestThreeFactorsInTheOrderAStableSortGives() {
    Random r = new Random(3);
    for (int round = 0; round < 200; round++) {
      Report report = RandomReports.of(50, r.nextLong(), false);
      for (ServiceAssessment s : report.services()) {
        assertThat(s.highlights()).isEqualTo(original(s));
      }
    }
  }
}
