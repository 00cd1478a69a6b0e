package dev.placementadvisor.render;

import dev.placementadvisor.report.Placement;
import dev.placementadvisor.report.Reason;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.scoring.Factor;
import dev.placementadvisor.scoring.Factors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Picks the reasons worth a table cell: the limits that fired, then the weightiest factors. */
final class Highlights {
  private static final int MAX_FACTORS = 3;

  private Highlights() {}

  static List<String> of(ServiceAssessment s) {
    List<String> out = new ArrayList<>();
    for (Reason r : s.reasons()) {
      Factor f = Factors.byId(r.factor());
      if (f != null && f.group() == Factor.Group.LIMIT && mattered(f, s)) {
        out.add(r.factor());
      }
    }
    if (s.placement() == Placement.WASM_EDGE) {
      out.add("wasm-audit passed");
    }
    s.reasons().stream()
        .filter(r -> r.points() != 0)
        .sorted(Comparator.comparingInt((Reason r) -> -Math.abs(r.points())))
        .limit(MAX_FACTORS)
        .forEach(r -> out.add(r.factor() + " " + signed(r.points())));
    return out;
  }

  /** A limit matters when it ruled out the score's band, or the edge for a Wasm candidate. */
  private static boolean mattered(Factor limit, ServiceAssessment s) {
    return limit.excludes().contains(s.scoreBand())
        || (s.wasmAudit().candidate() && limit.excludes().contains(Placement.WASM_EDGE));
  }

  static String signed(int points) {
    return points > 0 ? "+" + points : Integer.toString(points);
  }
}
