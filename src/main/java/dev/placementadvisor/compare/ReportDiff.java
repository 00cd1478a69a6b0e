package dev.placementadvisor.compare;

import dev.placementadvisor.input.Format;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Compares a current snapshot with a baseline and holds the result to the gates. */
public final class ReportDiff {
  private ReportDiff() {}

  /**
   * Compares and evaluates the gates. Services are matched by name through each snapshot's index,
   * so the time grows with the number of services, not with its square.
   */
  public static Comparison compare(Snapshot baseline, Snapshot current, GateOptions gates) {
    List<ServiceChange> changes =
        new ArrayList<>(current.services().size() + baseline.services().size() / 8);
    for (Snapshot.Entry now : current.services()) {
      Snapshot.Entry was = baseline.service(now.name());
      if (was == null) {
        changes.add(
            new ServiceChange(
                now.name(),
                ServiceChange.Kind.ADDED,
                null,
                now.placement(),
                0,
                now.monthlyCost(),
                now.line(),
                now.column()));
      } else {
        boolean same =
            was.placement().equals(now.placement())
                && (sameCents(was.monthlyCost(), now.monthlyCost())
                    || gates.minChange().noise(was.monthlyCost(), now.monthlyCost()));
        changes.add(
            new ServiceChange(
                now.name(),
                same ? ServiceChange.Kind.UNCHANGED : ServiceChange.Kind.CHANGED,
                was.placement(),
                now.placement(),
                was.monthlyCost(),
                now.monthlyCost(),
                now.line(),
                now.column()));
      }
    }
    for (Snapshot.Entry was : baseline.services()) {
      if (current.service(was.name()) == null) {
        changes.add(
            new ServiceChange(
                was.name(),
                ServiceChange.Kind.REMOVED,
                was.placement(),
                null,
                was.monthlyCost(),
                0,
                was.line(),
                was.column()));
      }
    }
    return new Comparison(
        baseline, current, changes, evaluate(baseline, current, changes, gates), gates.noFail());
  }

  /** Whether two amounts round to the same cents ({@link Format#cents}). */
  private static boolean sameCents(double a, double b) {
    long ca = Format.fastCents(a);
    long cb = Format.fastCents(b);
    if (ca != Format.NO_FAST_CENTS && cb != Format.NO_FAST_CENTS) {
      return ca == cb;
    }
    return Format.cents(a).equals(Format.cents(b));
  }

  private static List<GateResult> evaluate(
      Snapshot baseline, Snapshot current, List<ServiceChange> changes, GateOptions o) {
    List<GateResult> results = new ArrayList<>();
    // A rise below --min-change is noise: it drives no gate.
    List<ServiceChange> risers =
        changes.stream()
            .filter(c -> c.delta() > 0.005 && c.kind() != ServiceChange.Kind.UNCHANGED)
            .sorted(
                Comparator.comparingDouble(ServiceChange::delta)
                    .reversed()
                    .thenComparing(ServiceChange::name))
            .toList();
    if (o.maxIncrease() != null) {
      results.add(maxIncrease(baseline, current, risers, o.maxIncrease()));
    }
    if (o.maxServiceIncrease() != null) {
      results.add(maxServiceIncrease(risers, o.maxServiceIncrease()));
    }
    if (o.budget() != null) {
      results.add(budget(current, o.budget()));
    }
    if (o.failOnPlacementChange()) {
      results.add(placementChange(changes));
    }
    return results;
  }

  /**
   * The gate on the total's rise; when it fails, the services that rose most are named as its
   * drivers.
   */
  private static GateResult maxIncrease(
      Snapshot baseline, Snapshot current, List<ServiceChange> risers, Threshold t) {
    boolean failed = t.exceeded(baseline.total(), current.total());
    String change =
        Format.usd(baseline.total())
            + " → "
            + Format.usd(current.total())
            + " ("
            + signedUsd(current.total() - baseline.total())
            + (baseline.total() > 0
                ? ", " + signedPct((current.total() - baseline.total()) / baseline.total() * 100)
                : "")
            + ")";
    return new GateResult(
        "max-increase",
        t.toString(),
        !failed,
        failed
            ? "monthly cost rose past " + t + ": " + change + "; driven by " + describe(risers)
            : "monthly cost within " + t + ": " + change,
        failed ? names(risers) : List.of());
  }

  /**
   * The gate on each service's own rise. A percentage threshold skips added services: their rise
   * from nothing has no percentage.
   */
  private static GateResult maxServiceIncrease(List<ServiceChange> risers, Threshold t) {
    List<ServiceChange> over =
        risers.stream()
            .filter(c -> c.kind() != ServiceChange.Kind.ADDED || !t.percent())
            .filter(c -> t.exceeded(c.before(), c.after()))
            .toList();
    return new GateResult(
        "max-service-increase",
        t.toString(),
        over.isEmpty(),
        over.isEmpty()
            ? "no service's monthly cost rose past " + t
            : over.size()
                + (over.size() == 1 ? " service" : " services")
                + " rose past "
                + t
                + ": "
                + describe(over),
        names(over));
  }

  /** The gate that fails when any service's placement differs from the baseline's. */
  private static GateResult placementChange(List<ServiceChange> changes) {
    List<ServiceChange> moved = changes.stream().filter(ServiceChange::placementChanged).toList();
    return new GateResult(
        "placement-change",
        "none",
        moved.isEmpty(),
        moved.isEmpty()
            ? "no placement changed"
            : "placement changed: "
                + capped(
                    moved.stream()
                        .map(c -> c.name() + " " + c.placementBefore() + " → " + c.placementAfter())
                        .toList()),
        names(moved));
  }

  /** The budget gate on a report's total: it needs no baseline. */
  public static GateResult budget(Snapshot current, double budget) {
    boolean failed = Format.cents(current.total()).doubleValue() > budget;
    List<Snapshot.Entry> top =
        current.services().stream()
            .sorted(
                Comparator.comparingDouble(Snapshot.Entry::monthlyCost)
                    .reversed()
                    .thenComparing(Snapshot.Entry::name))
            .limit(MAX_NAMED)
            .toList();
    return new GateResult(
        "budget",
        Format.usd(budget),
        !failed,
        failed
            ? "monthly cost "
                + Format.usd(current.total())
                + " exceeds the budget of "
                + Format.usd(budget)
                + "; largest: "
                + capped(
                    top.stream().map(e -> e.name() + " " + Format.usd(e.monthlyCost())).toList())
            : "monthly cost "
                + Format.usd(current.total())
                + " within the budget of "
                + Format.usd(budget),
        failed ? top.stream().map(Snapshot.Entry::name).toList() : List.of());
  }

  private static List<String> names(List<ServiceChange> changes) {
    return changes.stream().map(ServiceChange::name).toList();
  }

  private static String describe(List<ServiceChange> changes) {
    if (changes.isEmpty()) {
      return "no single service";
    }
    List<String> parts = new ArrayList<>();
    for (ServiceChange c : changes.subList(0, Math.min(MAX_NAMED, changes.size()))) {
      parts.add(
          c.name()
              + " "
              + signedUsd(c.delta())
              + (c.kind() == ServiceChange.Kind.ADDED
                  ? " (added)"
                  : c.percent() != null ? " (" + signedPct(c.percent()) + ")" : ""));
    }
    return capped(parts, changes.size());
  }

  /** Most services a gate's message names; the rest are counted ("and 12 more"). */
  public static final int MAX_NAMED = 5;

  /** "a, b, c, d, e and 12 more": the first {@link #MAX_NAMED} items, and the count of the rest. */
  static String capped(List<String> items) {
    return capped(items.subList(0, Math.min(MAX_NAMED, items.size())), items.size());
  }

  private static String capped(List<String> shown, int total) {
    List<String> parts = new ArrayList<>(shown.subList(0, Math.min(MAX_NAMED, shown.size())));
    if (total > parts.size()) {
      parts.add("and " + (total - parts.size()) + " more");
    }
    return String.join(", ", parts);
  }

  /** Dollars with a sign: +$12.50, -$3.00. */
  public static String signedUsd(double v) {
    String s = Format.usd(v);
    return s.startsWith("-") ? s : "+" + s;
  }

  /** A percentage with a sign and one decimal: +12.5%. */
  public static String signedPct(double pct) {
    String s = Format.number(Math.round(pct * 10) / 10.0) + "%";
    return pct >= 0 ? "+" + s : s;
  }
}
