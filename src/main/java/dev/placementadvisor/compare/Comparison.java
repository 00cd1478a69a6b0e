package dev.placementadvisor.compare;

import java.util.List;

/**
 * A current report compared with a baseline: every service's change, the totals and the gates'
 * verdict. Every comparison output format draws from this alone.
 */
public record Comparison(
    Snapshot baseline,
    Snapshot current,
    List<ServiceChange> changes,
    List<GateResult> gates,
    boolean noFail) {

  public Comparison {
    changes = List.copyOf(changes);
    gates = List.copyOf(gates);
  }

  public double totalBefore() {
    return baseline.total();
  }

  public double totalAfter() {
    return current.total();
  }

  public double totalDelta() {
    return current.total() - baseline.total();
  }

  /** The total change as a percentage of the baseline, or null when the baseline total is zero. */
  public Double totalPercent() {
    return ServiceChange.percent(baseline.total(), current.total());
  }

  /** True when every gate passed. */
  public boolean passed() {
    return gates.stream().allMatch(GateResult::passed);
  }

  /** The services whose cost or placement differ, or that were added or removed. */
  public List<ServiceChange> changed() {
    return changes.stream().filter(c -> c.kind() != ServiceChange.Kind.UNCHANGED).toList();
  }
}
