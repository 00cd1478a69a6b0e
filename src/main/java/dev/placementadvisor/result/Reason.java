package dev.placementadvisor.result;

import dev.placementadvisor.inventory.Placement;
import java.util.Set;

/**
 * One factor's contribution to a service's assessment.
 *
 * @param factor the factor's stable ID
 * @param points what it added to the score (0 for audits and limits)
 * @param detail one line on why, with the inputs it looked at
 * @param rulesOut for a platform limit that fired, the placements the limit is about (the factor's,
 *     whatever the platforms spare); empty for every other reason
 */
public record Reason(String factor, int points, String detail, Set<Placement> rulesOut) {
  public Reason {
    rulesOut =
        rulesOut.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(rulesOut));
  }

  /** A reason that is not a platform limit's. */
  public Reason(String factor, int points, String detail) {
    this(factor, points, detail, Set.of());
  }
}
