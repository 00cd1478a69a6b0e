package dev.placementadvisor.render;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.GateResult;
import dev.placementadvisor.compare.ReportDiff;
import dev.placementadvisor.compare.ServiceChange;
import dev.placementadvisor.input.Format;

/** Phrases shared by the comparison renderers, so every format says the same thing. */
public final class ComparisonText {
  private ComparisonText() {}

  /** "$724.42 → $812.10 (+$87.68, +12.1%)". */
  public static String totalChange(Comparison c) {
    return Format.usd(c.totalBefore()) + " → " + Format.usd(c.totalAfter()) + " (" + delta(c) + ")";
  }

  /** "+$87.68, +12.1%" (no percentage when the baseline total is zero). */
  public static String delta(Comparison c) {
    return ReportDiff.signedUsd(c.totalDelta())
        + (c.totalPercent() == null ? "" : ", " + ReportDiff.signedPct(c.totalPercent()));
  }

  /** "+$61.85 (+186.6%)". */
  public static String delta(ServiceChange s) {
    return ReportDiff.signedUsd(s.delta())
        + (s.percent() == null ? "" : " (" + ReportDiff.signedPct(s.percent()) + ")");
  }

  public static String kind(ServiceChange s) {
    return switch (s.kind()) {
      case ADDED -> "added";
      case REMOVED -> "removed";
      case CHANGED -> "changed";
      case UNCHANGED -> "unchanged";
    };
  }

  /** "hybrid → kubernetes", or the one placement when it did not change. */
  public static String placement(ServiceChange s) {
    if (s.placementBefore() == null) {
      return s.placementAfter();
    }
    if (s.placementAfter() == null) {
      return s.placementBefore();
    }
    return s.placementChanged()
        ? s.placementBefore() + " → " + s.placementAfter()
        : s.placementAfter();
  }

  public static String before(ServiceChange s) {
    return s.kind() == ServiceChange.Kind.ADDED ? "-" : Format.usd(s.before());
  }

  public static String after(ServiceChange s) {
    return s.kind() == ServiceChange.Kind.REMOVED ? "-" : Format.usd(s.after());
  }

  /** The verdict in words. */
  public static String verdict(Comparison c) {
    if (c.gates().isEmpty()) {
      return "no gates set";
    }
    long failed = c.gates().stream().filter(g -> !g.passed()).count();
    if (failed == 0) {
      return c.gates().size() == 1
          ? "the gate passed"
          : "all " + c.gates().size() + " gates passed";
    }
    return failed
        + " of "
        + c.gates().size()
        + (c.gates().size() == 1 ? " gate failed" : " gates failed")
        + (c.noFail() ? " (reported only: --no-fail)" : "");
  }

  public static String gateLabel(GateResult g) {
    return g.label();
  }
}
