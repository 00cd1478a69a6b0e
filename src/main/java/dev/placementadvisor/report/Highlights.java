package dev.placementadvisor.report;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.scoring.Reason;
import java.util.ArrayList;
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
    // The weightiest factors, ties in the reasons' order: the first MAX_FACTORS of a stable sort
    // by -|points|, kept as they come (this runs for every row of a large report).
    Reason[] top = new Reason[MAX_FACTORS];
    int n = 0;
    for (Reason r : s.reasons()) {
      if (r.points() == 0) {
        continue;
      }
      int key = weight(r);
      int at = n;
      while (at > 0 && weight(top[at - 1]) > key) {
        at--;
      }
      if (at == MAX_FACTORS) {
        continue;
      }
      for (int k = Math.min(n, MAX_FACTORS - 1); k > at; k--) {
        top[k] = top[k - 1];
      }
      top[at] = r;
      n = Math.min(n + 1, MAX_FACTORS);
    }
    for (int i = 0; i < n; i++) {
      out.add(top[i].factor() + " " + Format.signed(top[i].points()));
    }
    return out;
  }

  /** The sort key: the more points either way, the earlier. */
  private static int weight(Reason r) {
    return -Math.abs(r.points());
  }

  /** A limit matters when it is about the score's band, or the edge for a Wasm candidate. */
  private static boolean mattered(java.util.Set<Placement> rulesOut, ServiceAssessment s) {
    return rulesOut.contains(s.scoreBand())
        || (s.wasmAudit().candidate() && rulesOut.contains(Placement.WASM_EDGE));
  }
}
