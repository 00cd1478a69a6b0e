package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.inventory.Service;

/**
 * A platform a service can run on, as a unit: a stable id, the placement class it belongs to, the
 * provider, the account-level usage its charges are shared by, and its one cost formula. The
 * formula prices one service for a month with the rest of the account on the same platform ({@code
 * others}), adding each line, with its catalog price and arithmetic, to a {@link Bill}; totals,
 * {@code explain}, the crossover search and the estate all run this formula and nothing else. The
 * registered platforms are listed by {@link Platforms}.
 */
public abstract class Platform {
  private final Platforms.Info info;
  private final int dimensions;
  private final boolean[] requestLayer;

  /**
   * @param info what the platform is
   * @param dimensions how many numbers its account-level usage has ({@link #dimensions})
   * @param requestLayer the dimensions a hybrid's request layer puts on it ({@link #requestLayer}),
   *     or null when it cannot stand in front of a cluster
   */
  protected Platform(Platforms.Info info, int dimensions, boolean[] requestLayer) {
    this.info = info;
    this.dimensions = dimensions;
    this.requestLayer = requestLayer;
  }

  /** What the platform is: its id, name, class, provider and where its model comes from. */
  public final Platforms.Info info() {
    return info;
  }

  /**
   * How many numbers the platform's account-level usage has ({@link Usage}; the first is the number
   * of services).
   */
  public final int dimensions() {
    return dimensions;
  }

  /**
   * Writes the usage {@code s} adds to the platform's account at {@code requests} a month into
   * {@code into[offset..offset + dimensions())}.
   */
  public abstract void usage(Service s, double requests, double[] into, int offset);

  /**
   * The dimensions a hybrid's request layer puts on this platform when it stands in front of a
   * cluster (the requests and what is charged by them), or null when the platform cannot front one:
   * a platform that stands behind a request layer (a cluster, tasks, a workflow) never stands in
   * front of a cluster.
   */
  public final boolean[] requestLayer() {
    return requestLayer;
  }

  /**
   * Adds the monthly cost of {@code s} at {@code requests} a month to {@code bill}, with the rest
   * of the account {@code others} (account-level charges are shared by usage).
   */
  public abstract void price(Service s, double requests, double[] others, Bill bill);

  /**
   * Why {@code s} cannot run on this platform: one phrase per hard limit it breaks ("an execution
   * of 1,200 s exceeds AWS Lambda's 900 s"), empty when it fits. The limits are the catalog's
   * quantities, the same that {@link Platforms.Info#limits} names.
   */
  public abstract java.util.List<String> blockedBy(Service s);

  /**
   * The nodes the platform prices a cluster on, as a crossover's title names them ("2 x m5.large
   * minimum"), or null when it bills no nodes (requests, Pods or tasks).
   */
  public String clusterText() {
    return null;
  }

  /** The monthly total alone, on a reused bill. */
  public final double total(Service s, double requests, double[] others, Bill bill) {
    price(s, requests, others, bill.reset());
    return bill.total();
  }

  /** The account of this platform with nothing else on it. */
  public final double[] alone() {
    return Usage.none(dimensions());
  }

  public final String id() {
    return info().id();
  }

  public final Placement placement() {
    return info().placement();
  }
}
