package dev.placementadvisor.cost;

import dev.placementadvisor.result.CostLine;
import dev.placementadvisor.result.Unmodifiable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bill's lines as a report keeps them for every service on every platform: each line's item and
 * catalog price id, and its amount, without the arithmetic in words (explain builds that). Kept
 * compactly, since a report of 100,000 services holds millions of lines: the items and ids of a
 * bill are one array shared by every bill with the same ones (most services on a platform have the
 * same lines), and the amounts one array of numbers. Read as a list of {@link CostLine}, made as
 * they are read.
 */
final class LineItems extends AbstractList<CostLine> implements Unmodifiable {
  /** Shared item and price id arrays, by their contents; bounded, then no longer shared. */
  private static final Map<List<String>, String[]> SHARED = new ConcurrentHashMap<>();

  private static final int SHARED_MAX = 10_000;

  /** Item, price id, item, price id, ...; shared, never written. */
  private final String[] names;

  private final double[] amounts;

  private LineItems(String[] names, double[] amounts) {
    this.names = names;
    this.amounts = amounts;
  }

  /** The first {@code count} lines of {@code names} (item and id pairs) and {@code amounts}. */
  static LineItems of(String[] names, double[] amounts, int count) {
    String[] own = Arrays.copyOf(names, 2 * count);
    String[] shared = SHARED.get(Arrays.asList(own));
    if (shared == null) {
      shared = own;
      if (SHARED.size() < SHARED_MAX) {
        String[] before = SHARED.putIfAbsent(Arrays.asList(own), own);
        shared = before == null ? own : before;
      }
    }
    return new LineItems(shared, Arrays.copyOf(amounts, count));
  }

  @Override
  public CostLine get(int i) {
    return new CostLine(names[2 * i], names[2 * i + 1], null, amounts[i]);
  }

  @Override
  public int size() {
    return amounts.length;
  }
}
