package dev.placementadvisor.scoring;

import dev.placementadvisor.inventory.Organization;
import dev.placementadvisor.result.Reason;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The factors' reasons for the services of one organization and inventory size under one set of
 * weights, each distinct reason worked out once (by its rule's {@link Factor.Rule#key key}) and
 * shared by every service that gets it: a large inventory then neither formats nor keeps the same
 * text once per service. Not thread-safe: one per thread.
 */
public final class ReasonMemo {
  /** A remembered null reason. */
  private static final Object NONE = new Object();

  private final Organization organization;
  private final int serviceCount;
  private final Weights weights;
  private final List<Factor> factors = Factors.all();
  private final Map<?, ?>[] known;

  /** The reason of each factor whose key is {@link Factor.Rule#SAME}, once known. */
  private final Object[] same;

  public ReasonMemo(Organization organization, int serviceCount, Weights weights) {
    this.organization = organization;
    this.serviceCount = serviceCount;
    this.weights = weights;
    this.known = new Map<?, ?>[factors.size()];
    this.same = new Object[factors.size()];
  }

  /**
   * The reason of the {@code index}-th factor of {@link Factors#all()} for {@code facts}: {@code
   * rule().apply(facts, weights)}, or the equal reason worked out before for equal facts.
   */
  public Reason apply(int index, ServiceFacts facts) {
    Factor.Rule rule = factors.get(index).rule();
    if (facts.organization() != organization || facts.serviceCount() != serviceCount) {
      return rule.apply(facts, weights);
    }
    Object key = rule.key(facts);
    if (key == null) {
      return rule.apply(facts, weights);
    }
    if (key == Factor.Rule.NO_REASON) {
      return null;
    }
    if (key == Factor.Rule.SAME) {
      if (same[index] == null) {
        Reason computed = rule.apply(facts, weights);
        same[index] = computed == null ? NONE : computed;
      }
      return same[index] == NONE ? null : (Reason) same[index];
    }
    @SuppressWarnings("unchecked")
    Map<Object, Object> m = (Map<Object, Object>) known[index];
    if (m == null) {
      m = new HashMap<>();
      known[index] = m;
    }
    Object r = m.get(key);
    if (r == null) {
      Reason computed = rule.apply(facts, weights);
      m.put(key, computed == null ? NONE : computed);
      return computed;
    }
    return r == NONE ? null : (Reason) r;
  }
}
