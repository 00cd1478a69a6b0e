package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.Service;

/**
 * Where a service's data store is priced: a managed database with one cost formula, like a {@link
 * Platform}, but not a placement. Its cost is the same whichever placement the service gets, so it
 * never takes part in choosing one; it is added to the service's recommended cost. Each service's
 * store is a database of its own, so no charge is shared with other services. The registered data
 * tiers are listed by {@link DataTiers}.
 */
public interface DataTier {
  /** What the data tier is: its id, name, the store it holds and where its model comes from. */
  DataTiers.Info info();

  /**
   * Adds the monthly cost of the data store of {@code s} at {@code requests} a month to {@code
   * bill}, each line with its catalog price and, when explaining, its arithmetic.
   */
  void price(Service s, double requests, Bill bill);

  default String id() {
    return info().id();
  }
}
