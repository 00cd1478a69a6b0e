package dev.placementadvisor.render;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.GateResult;
import dev.placementadvisor.compare.ReportDiff;
import dev.placementadvisor.compare.ServiceChange;
import dev.placementadvisor.input.Format;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks up, for the annotation formats (github, sarif, junit), which failed gates name a service,
 * and words one service's change in a line. Reads the comparison only; decides nothing.
 */
public final class GateFindings {
  private final Comparison comparison;
  private final Map<String, List<GateResult>> failedBy = new LinkedHashMap<>();

  public GateFindings(Comparison comparison) {
    this.comparison = comparison;
    for (GateResult g : comparison.gates()) {
      if (!g.passed()) {
        for (String name : g.services()) {
          failedBy.computeIfAbsent(name, k -> new ArrayList<>()).add(g);
        }
      }
    }
  }

  /** The failed gates that name the service, in gate order; empty when none. */
  public List<GateResult> failedGates(String service) {
    return failedBy.getOrDefault(service, List.of());
  }

  /** True when a failed gate with one of these IDs names the service. */
  public boolean failedBy(String service, String... gateIds) {
    for (GateResult g : failedGates(service)) {
      for (String id : gateIds) {
        if (g.id().equals(id)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True for a gate on the inventory's total (max-increase, budget) rather than on services. */
  public static boolean onTotal(GateResult g) {
    return g.id().equals("max-increase") || g.id().equals("budget");
  }

  public List<GateResult> failedGates() {
    return comparison.gates().stream().filter(g -> !g.passed()).toList();
  }

  /**
   * The services worth a line: every added, removed or changed one, and any unchanged one that a
   * failed gate names (the largest costs behind a broken budget), in the comparison's order.
   */
  List<ServiceChange> notable() {
    return comparison.changes().stream()
        .filter(c -> c.kind() != ServiceChange.Kind.UNCHANGED || !failedGates(c.name()).isEmpty())
        .toList();
  }

  /**
   * Most services the annotation formats (github, sarif, junit) write a line, result or test case
   * for; the rest are counted in one closing line, so a pull request that touches a large estate
   * still gets a readable check.
   */
  public static final int MAX_SERVICES = 100;

  /**
   * The notable services to list: all of them, in the comparison's order, when there are at most
   * {@link #MAX_SERVICES}; else the first {@link #MAX_SERVICES} of those a failed gate names first,
   * then the rest.
   */
  public List<ServiceChange> listed() {
    return listed(notable());
  }

  /** As {@link #listed()}, from the given services. */
  public List<ServiceChange> listed(List<ServiceChange> all) {
    if (all.size() <= MAX_SERVICES) {
      return all;
    }
    List<ServiceChange> ordered = new ArrayList<>(all.size());
    all.stream().filter(c -> !failedGates(c.name()).isEmpty()).forEach(ordered::add);
    all.stream().filter(c -> failedGates(c.name()).isEmpty()).forEach(ordered::add);
    return ordered.subList(0, MAX_SERVICES);
  }

  /** How many notable services {@link #listed} leaves out. */
  public int omitted() {
    return omitted(notable());
  }

  public static int omitted(List<ServiceChange> all) {
    return Math.max(0, all.size() - MAX_SERVICES);
  }

  /** "… and 12 more services not listed here; the JSON report has them all". */
  public static String more(int omitted) {
    return "… and "
        + omitted
        + (omitted == 1 ? " more service" : " more services")
        + " not listed here; the JSON report has them all";
  }

  /** True for a service whose monthly cost rose by at least a cent. */
  public static boolean costRose(ServiceChange c) {
    return c.delta() > 0.005;
  }

  /**
   * One service's change in words: "monthly cost $14.10 → $42.30 (+$28.20, +200%)", "placement
   * serverless → kubernetes", "added: serverless, $2.70 a month".
   */
  public static String describe(ServiceChange c) {
    return switch (c.kind()) {
      case ADDED -> "added: " + c.placementAfter() + ", " + Format.usd(c.after()) + " a month";
      case REMOVED ->
          "removed: was " + c.placementBefore() + ", " + Format.usd(c.before()) + " a month";
      case UNCHANGED ->
          "unchanged: " + c.placementAfter() + ", " + Format.usd(c.after()) + " a month";
      case CHANGED -> {
        List<String> parts = new ArrayList<>();
        if (c.placementChanged()) {
          parts.add("placement " + c.placementBefore() + " → " + c.placementAfter());
        }
        if (!Format.cents(c.before()).equals(Format.cents(c.after()))) {
          parts.add("monthly cost " + money(c));
        }
        yield String.join("; ", parts);
      }
    };
  }

  /** "$14.10 → $42.30 (+$28.20, +200%)". */
  public static String money(ServiceChange c) {
    return Format.usd(c.before())
        + " → "
        + Format.usd(c.after())
        + " ("
        + ReportDiff.signedUsd(c.delta())
        + (c.percent() == null ? "" : ", " + ReportDiff.signedPct(c.percent()))
        + ")";
  }

  /** "max-increase 10%, placement-change". */
  public static String gateList(List<GateResult> gates) {
    return String.join(", ", gates.stream().map(ComparisonText::gateLabel).toList());
  }
}
