package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.report.Placement;

/**
 * A platform a service can run on, as a unit: a stable id, the placement class it belongs to,
 * the provider, the account-level usage its charges are shared by, and its one cost formula. The
 * formula prices one service for a month with the rest of the account on the same platform
 * ({@code others}), adding each line, with its catalog price and arithmetic, to a {@link Bill};
 * totals, {@code explain}, the crossover search and the estate all run this formula and nothing
 * else. The registered platforms are listed by {@link Platforms}.
 */
public interface Platform {
  /** What the platform is: its id, name, class, provider and where its model comes from. */
  Platforms.Info info();

  /**
   * How many numbers the platform's account-level usage has ({@link Usage}; the first is the
   * number of services).
   */
  int dimensions();

  /**
   * Writes the usage {@code s} adds to the platform's account at {@code requests} a month into
   * {@code into[offset..offset + dimensions())}.
   */
  void usage(Service s, double requests, double[] into, int offset);

  /**
   * The dimensions a hybrid's request layer puts on this platform when it stands in front of a
   * cluster (the requests and what is charged by them), or null when the platform cannot front
   * one: by default, a platform stands behind a request layer (a cluster, tasks, a workflow),
   * never in front of a cluster.
   */
  default boolean[] requestLayer() {
    return null;
  }

  /**
   * Adds the monthly cost of {@code s} at {@code requests} a month to {@code bill}, with the rest
   * of the account {@code others} (account-level charges are shared by usage).
   */
  void price(Service s, double requests, double[] others, Bill bill);

  /**
   * Why {@code s} cannot run on this platform: one phrase per hard limit it breaks ("an execution
   * of 1,200 s exceeds AWS Lambda's 900 s"), empty when it fits. The limits are the catalog's
   * quantities, the same that {@link Platforms.Info#limits} names.
   */
  java.util.List<String> blockedBy(Service s);

  /** The monthly total alone, on a reused bill. */
  default double total(Service s, double requests, double[] others, Bill bill) {
    price(s, requests, others, bill.reset());
    return bill.total();
  }

  /** The account of this platform with nothing else on it. */
  default double[] alone() {
    return Usage.none(dimensions());
  }

  default String id() {
    return info().id();
  }

  default Placement placement() {
    return info().placement();
  }
}
