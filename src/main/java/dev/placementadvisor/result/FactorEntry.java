package dev.placementadvisor.result;

import dev.placementadvisor.inventory.Placement;
import java.util.Set;

/**
 * A scoring factor as {@code advisor factors}, explain and docs/scoring.md list it.
 *
 * @param id the factor's stable id
 * @param group what it feeds
 * @param weight its weight in force, for a weighted group; null for the audit and the limits
 * @param excludes for a limit, the placements it rules out
 * @param summary one line on what it checks
 * @param source where the factor and its default weight come from
 */
public record FactorEntry(
    String id,
    FactorGroup group,
    Weight weight,
    Set<Placement> excludes,
    String summary,
    String source) {
  public FactorEntry {
    excludes = Set.copyOf(excludes);
  }
}
