package dev.placementadvisor.report;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.result.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reasons worth a table cell ({@link ServiceAssessment#highlights}): the limits that mattered,
 * then the weightiest factors.
 */
final class Highlights {
  private static final int MAX_FACTORS = 3;

  private Highlights() {}

  static List<String> of(ServiceAssessment s) {
    List<String> out = new ArrayList<>();
    for (Reason r : s.reasons()) {
      if (mattered(r.rulesOut(), s)) {
        out.add(r.factor());
      }
    }
    if (s.placement() == Placement.WASM_EDGE && s.wasmAudit().candidate()) {
      out.add("wasm-audit passed");
    }
    // The weightiest factors, ties in the reasons' order (List.sort is stable).
    List<Reason> weighted = new ArrayList<>();
    for (Reason r : s.reasons()) {
      if (r.points() != 0) {
        weighted.add(r);
      }
    }
    weighted.sort(Comparator.comparingInt((Reason r) -> -Math.abs(r.points())));
    for (Reason r : weighted.subList(0, Math.min(MAX_FACTORS, weighted.size()))) {
      out.add(r.factor() + " " + Format.signed(r.points()));
    }
    return out;
  }

  /** A limit matters when it is about the score's band, or the edge for a Wasm candidate. */
  private static boolean mattered(java.util.Set<Placement> rulesOut, ServiceAssessment s) {
    return rulesOut.contains(s.scoreBand())
        || (s.wasmAudit().candidate() && rulesOut.contains(Placement.WASM_EDGE));
  }
}
