package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.report.Placement;

/**
 * A platform a service can run on, as a unit: a stable id, the placement class it belongs to,
 * the provider, and its one cost formula. The formula prices one service for a month with the rest
 * of the account on the same platform ({@code others}), adding each line, with its catalog price
 * and arithmetic, to a {@link Bill}; totals, {@code explain}, the crossover search and the
 * estate all run this formula and nothing else. The registered platforms are listed by {@link
 * Platforms}.
 */
public interface Platform {
  /** What the platform is: its id, name, class, provider and where its model comes from. */
  Platforms.Info info();

  /**
   * Adds the monthly cost of {@code s} at {@code requests} a month to {@code bill}, with the rest
   * of the account {@code others} (account-level charges are shared by usage).
   */
  void price(Service s, double requests, Usage others, Bill bill);

  /** The monthly total alone, on a reused bill. */
  default double total(Service s, double requests, Usage others, Bill bill) {
    price(s, requests, others, bill.reset());
    return bill.total();
  }

  default String id() {
    return info().id();
  }

  default Placement placement() {
    return info().placement();
  }
}
