package dev.placementadvisor.scoring;

import dev.placementadvisor.cost.Operations;
import dev.placementadvisor.result.Bands;
import dev.placementadvisor.result.Weight;
import java.util.Map;

/**
 * The weights in force: every registered factor's weight, the band edges, and how operations are
 * costed (the operations half of the total cost of ownership the cost factor compares).
 */
public record Weights(Map<String, Weight> factors, Bands bands, Operations.Settings operations) {
  public Weights {
    factors = Map.copyOf(factors);
  }

  /** Weights without an operations cost (infrastructure alone decides the cost factor). */
  public Weights(Map<String, Weight> factors, Bands bands) {
    this(factors, bands, Operations.Settings.NONE);
  }

  /** Points of a flat factor. */
  public int points(String factorId) {
    return ((Weight.Points) weight(factorId)).points();
  }

  /** Points of a bucket of a table factor. */
  public int points(String factorId, String bucket) {
    return ((Weight.Table) weight(factorId)).get(bucket);
  }

  public Weight weight(String factorId) {
    Weight w = factors.get(factorId);
    if (w == null) {
      throw new IllegalStateException("no weight for factor " + factorId);
    }
    return w;
  }
}
