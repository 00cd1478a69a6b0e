package dev.placementadvisor.scoring;

import java.util.Map;

/** The weights in force: every registered factor's weight and the band edges. */
public record Weights(Map<String, Weight> factors, Bands bands) {
  public Weights {
    factors = Map.copyOf(factors);
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
