package dev.placementadvisor.result;

import java.util.LinkedHashMap;
import java.util.Map;

/** A factor's weight: a number of points, or a table of points per bucket. */
public sealed interface Weight permits Weight.Points, Weight.Table {

  /** A flat number of points. */
  record Points(int points) implements Weight {}

  /** Points per named bucket (team-size ranges, traffic patterns, regimes). */
  record Table(Map<String, Integer> points) implements Weight {
    public Table {
      points = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(points));
    }

    public int get(String bucket) {
      Integer p = points.get(bucket);
      if (p == null) {
        throw new IllegalArgumentException("no bucket " + bucket);
      }
      return p;
    }
  }
}
