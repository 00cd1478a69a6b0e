package dev.placementadvisor.scoring;

import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.result.FactorEntry;
import dev.placementadvisor.result.FactorGroup;
import dev.placementadvisor.result.Reason;
import java.util.Set;

/**
 * One registered scoring unit: a weighted factor, an audit step or a hard platform limit.
 *
 * @param id stable ID, used in reasons, weights files and docs
 * @param group what the factor feeds
 * @param summary one line on what it checks
 * @param source where the factor and its default weight come from
 * @param excludes for limits: the placements it removes when it fires
 * @param rule evaluates the factor; null result when it does not apply
 */
public record Factor(
    String id,
    FactorGroup group,
    String summary,
    String source,
    Set<Placement> excludes,
    Rule rule) {

  /** Evaluates a factor for one service. */
  @FunctionalInterface
  public interface Rule {
    /** The factor's reason, or null when it does not apply to the service. */
    Reason apply(ServiceFacts facts, Weights weights);

    /**
     * Everything {@link #apply} reads of the facts beyond the organization and the number of
     * services, when that is less than the whole facts: facts with the same organization and number
     * of services and equal keys get equal reasons under the same weights, so a {@link ReasonMemo}
     * works each out once. {@link #NO_REASON} promises that {@link #apply} gives no reason. Null
     * when the rule has no such key.
     */
    default Object key(ServiceFacts facts) {
      return null;
    }

    /** The {@link #key} of facts the rule gives no reason for. */
    Object NO_REASON =
        new Object() {
          @Override
          public String toString() {
            return "no reason";
          }
        };

    /** The {@link #key} of a rule that reads nothing of the service: one reason for all. */
    Object SAME =
        new Object() {
          @Override
          public String toString() {
            return "same";
          }
        };

    /**
     * The points of {@link #apply}'s reason, 0 when it gives none: what the score needs, without
     * the words.
     */
    default int points(ServiceFacts facts, Weights weights) {
      Reason r = apply(facts, weights);
      return r == null ? 0 : r.points();
    }

    /** Whether {@link #apply} gives a reason, without the words. */
    default boolean fires(ServiceFacts facts, Weights weights) {
      return apply(facts, weights) != null;
    }
  }

  /** The factor as the listings show it, with its weight in {@code weights} when it has one. */
  public FactorEntry entry(Weights weights) {
    return new FactorEntry(
        id, group, group.weighted() ? weights.weight(id) : null, excludes, summary, source);
  }

  public Factor {
    // In the placements' order, so that a reason names them the same way every run.
    excludes =
        excludes.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(excludes));
  }

  /**
   * The placements the factor removes for these facts when it fires: {@link #excludes}, less
   * serverless or the edge while an allowed platform of it that the service fits is left (a limit
   * belongs to the platforms that have it: Fargate holds a connection that Lambda cannot, and
   * wasmCloud gives a Wasm component more memory than a Worker); the limit of placements without a
   * platform removes those the facts name.
   */
  public Set<Placement> excludesFor(ServiceFacts facts) {
    if (id.equals(Factors.NO_PLATFORM)) {
      return facts.gaps().placements();
    }
    Set<Placement> out = null;
    for (Placement p : new Placement[] {Placement.SERVERLESS, Placement.WASM_EDGE}) {
      if (excludes.contains(p) && Factors.spares(id, p) && !facts.gaps().fitting(p).isEmpty()) {
        if (out == null) {
          out = java.util.EnumSet.copyOf(excludes);
        }
        out.remove(p);
      }
    }
    return out == null ? excludes : out;
  }
}
