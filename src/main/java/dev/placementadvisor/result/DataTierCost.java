package dev.placementadvisor.result;

import dev.placementadvisor.inventory.DataStore;
import java.util.List;

/**
 * What a service's data store costs a month on its data tier, the same whichever placement the
 * service gets, or why it is not priced.
 *
 * @param store the kind of store the inventory names
 * @param platform the data tier's id ({@link DataTiers}), or null when the store is not priced
 * @param monthlyCost the lines' unrounded sum; 0 when not priced
 * @param lines the bill line by line (with the arithmetic in words only when explaining)
 * @param notPriced why the store is not priced, or null when it is
 */
public record DataTierCost(
    DataStore.Type store,
    String platform,
    double monthlyCost,
    List<CostLine> lines,
    String notPriced) {
  public DataTierCost {
    lines = List.copyOf(lines);
  }

  /** A store that no allowed data tier prices, and why. */
  public static DataTierCost notPriced(DataStore.Type store, String why) {
    return new DataTierCost(store, null, 0, List.of(), why);
  }

  /** True when a data tier priced the store. */
  public boolean priced() {
    return platform != null;
  }
}
