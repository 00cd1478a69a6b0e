package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.share;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;

/**
 * Spin apps on Fermyon Cloud's Growth plan ({@link Platforms#FERMYON_SPIN}): a quota plan, not a
 * meter. The account pays the plan's monthly fee, shared by requests (evenly when no service has
 * any), for up to the plan's request executions a month; Fermyon publishes no price above that
 * quota, so a service whose own requests exceed it is blocked, and an account whose services fit
 * one by one but exceed it together is priced at the one fee, its explanation saying so. It cannot
 * front a cluster: an app's outbound requests are capped (500 an hour by default). See
 * docs/cost-model.md, "Edge (Fermyon Cloud)".
 */
final class FermyonSpin extends Platform {
  /** The catalog quantity of how fast its instances start. */
  static final String COLD_START = "fermyon.cloud.coldStartMs";

  /** How fast its instances start: no cold-start mitigation is needed. */
  private final double coldStartMs;

  private final double fee;
  private final double quota;
  private final double maxSeconds;

  FermyonSpin(PriceCatalog c) {
    super(Platforms.FERMYON_SPIN, DIMENSIONS, null);
    fee = c.price("fermyon.cloud.growth").first();
    quota = c.quantity("fermyon.cloud.growth.requestExecutions");
    coldStartMs = c.quantity(COLD_START);
    maxSeconds = c.quantity("fermyon.cloud.maxRequestSeconds");
  }

  /**
   * The plan's request quota (above it no price is published) and Spin's request model: each
   * request gets a fresh instance of the component, which answers it and ends, so neither state in
   * the process nor a held connection (Spin has no inbound WebSockets) survives a request. Fermyon
   * Cloud publishes no memory limit, so none is checked.
   */
  @Override
  public java.util.List<String> blockedBy(Service s) {
    java.util.List<String> why = new java.util.ArrayList<>();
    double requests = s.traffic().requestsPerMonth();
    if (requests > quota) {
      why.add(
          Format.number(requests)
              + " requests a month exceed the Growth plan's quota of "
              + Format.number(quota)
              + " request executions (no price is published above it)");
    }
    if (s.gpu()) {
      why.add("needs a GPU: Spin apps on Fermyon Cloud have none");
    }
    if (s.maxDurationSeconds() > maxSeconds) {
      why.add(
          "an execution of "
              + Format.number(s.maxDurationSeconds())
              + " s exceeds Fermyon Cloud's "
              + Format.number(maxSeconds)
              + " s request handler"
              + " duration");
    }
    if (s.persistentConnections()) {
      why.add(
          "holds persistent connections: a Spin HTTP component answers one request and" + " ends");
    }
    if (s.stateful()) {
      why.add("keeps state in the process: Spin gives each request a fresh instance");
    }
    if (s.onPremises()) {
      why.add("must run on premises: Fermyon Cloud runs only in Fermyon's cloud");
    }
    return why;
  }

  /** The dimensions of its account usage. */
  static final int REQUESTS = 1;

  private static final int DIMENSIONS = 2;

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    u[o + Usage.SERVICES] = 1;
    u[o + REQUESTS] = requests;
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    double allRequests = others[REQUESTS] + requests;
    bill.add(
        "Fermyon Cloud Growth plan",
        "fermyon.cloud.growth",
        bill.explaining()
            ? "$"
                + Format.price(fee)
                + " a month for up to "
                + Format.number(quota)
                + " request executions"
                + (others[Usage.SERVICES] > 0
                    ? allRequests > 0
                        ? ", its request share " + Format.percent(requests / allRequests)
                        : ", shared evenly"
                    : "")
                + (allRequests > quota
                    ? "; the account's "
                        + Format.number(allRequests)
                        + " requests exceed the quota, and no price is published above it"
                    : "")
            : null,
        allRequests > 0 ? share(requests, allRequests, fee) : fee / (others[Usage.SERVICES] + 1));
    ColdStarts.noneAtEdge(s, "Spin's WebAssembly components", COLD_START, coldStartMs, bill);
  }
}
