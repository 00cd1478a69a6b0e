package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.MILLION;
import static dev.placementadvisor.cost.Formulas.share;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;

/**
 * Fastly Compute ({@link Platforms#FASTLY_COMPUTE}): requests and vCPU milliseconds beyond the
 * monthly free allowances (with the free tier), and Fastly's monthly minimum. The minimum is not a
 * fee on top of usage: the account pays the greater of the minimum and its usage charges. A service
 * pays its request share of the minimum and, when the account's usage charges {@code U} exceed the
 * minimum {@code M}, its own usage charges times {@code (U - M) / U}, the part of them beyond the
 * minimum; so the services' shares add up to {@code max(M, U)}, one service alone pays exactly
 * that, and each share grows with the service's volume. CPU time is the service's {@code
 * cpuMsPerRequest}, as on Workers. The minimum and the requests are the request layer a hybrid
 * keeps at the edge. See docs/cost-model.md, "Edge (Fastly Compute)".
 */
final class FastlyCompute extends Platform {
  /** The catalog quantity of how fast its instances start. */
  static final String COLD_START = "fastly.compute.coldStartMs";

  /** How fast its instances start: no cold-start mitigation is needed. */
  private final double coldStartMs;

  private final double minimum;
  private final double requestPrice;
  private final double cpuPrice;
  private final double freeRequests;
  private final double freeCpuMs;
  private final double maxHeapMb;
  private final double maxCpuMs;
  private final double maxSeconds;

  FastlyCompute(PriceCatalog c, boolean freeTier) {
    super(Platforms.FASTLY_COMPUTE, DIMENSIONS, REQUEST_LAYER);
    minimum = c.price("fastly.monthlyMinimum").first();
    requestPrice = c.price("fastly.compute.requests").first();
    cpuPrice = c.price("fastly.compute.vcpuMs").first();
    freeRequests = freeTier ? c.quantity("fastly.compute.freeTier.requests") : 0;
    freeCpuMs = freeTier ? c.quantity("fastly.compute.freeTier.vcpuMs") : 0;
    maxHeapMb = c.quantity("fastly.compute.maxHeapMb");
    maxCpuMs = c.quantity("fastly.compute.maxCpuMsPerRequest");
    maxSeconds = c.quantity("fastly.compute.maxRuntimeSeconds");
    coldStartMs = c.quantity(COLD_START);
  }

  /**
   * Compute's limits per execution: heap, CPU time and run time. A WebSocket is not held by the
   * Wasm program: Compute hands it off to an origin (passthrough) or to Fanout, a product of its
   * own that is not priced, so persistent connections block the service.
   */
  @Override
  public java.util.List<String> blockedBy(Service s) {
    java.util.List<String> why = new java.util.ArrayList<>();
    if (s.gpu()) {
      why.add("needs a GPU: Fastly Compute has none");
    }
    if (s.memoryMb() > maxHeapMb) {
      why.add(
          Format.number(s.memoryMb())
              + " MB exceeds Fastly Compute's "
              + Format.number(maxHeapMb)
              + " MB heap");
    }
    if (s.cpuMsPerRequest() > maxCpuMs) {
      why.add(
          Format.number(s.cpuMsPerRequest())
              + " ms of CPU a request exceeds Fastly"
              + " Compute's "
              + Format.number(maxCpuMs)
              + " ms");
    }
    if (s.maxDurationSeconds() > maxSeconds) {
      why.add(
          "an execution of "
              + Format.number(s.maxDurationSeconds())
              + " s exceeds Fastly Compute's "
              + Format.number(maxSeconds)
              + " s");
    }
    if (s.persistentConnections()) {
      why.add(
          "holds persistent connections: Compute hands WebSockets to an origin or to Fanout"
              + " (not priced)");
    }
    if (s.stateful()) {
      why.add("keeps state in the process: each request gets a fresh Wasm instance");
    }
    if (s.onPremises()) {
      why.add("must run on premises: Fastly Compute runs only on Fastly's network");
    }
    return why;
  }

  /** The dimensions of its account usage. */
  static final int REQUESTS = 1;

  static final int CPU_MS = 2;
  private static final int DIMENSIONS = 3;

  /** A hybrid's request layer at the edge: its requests, not CPU time. */
  private static final boolean[] REQUEST_LAYER = {true, true, false};

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    u[o + Usage.SERVICES] = 1;
    u[o + REQUESTS] = requests;
    u[o + CPU_MS] = CloudflareWorkers.cpuMs(s, requests);
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    boolean explain = bill.explaining();
    double allRequests = others[REQUESTS] + requests;
    double selfCpu = CloudflareWorkers.cpuMs(s, requests);
    double allCpu = others[CPU_MS] + selfCpu;
    double billableRequests = Math.max(0, allRequests - freeRequests);
    double billableCpu = Math.max(0, allCpu - freeCpuMs);
    double accountRequests = billableRequests / MILLION * requestPrice;
    double accountCpu = billableCpu / MILLION * cpuPrice;
    double usage = accountRequests + accountCpu;
    // The part of every usage charge beyond the minimum; below it the minimum covers them all.
    double beyond = usage > minimum ? (usage - minimum) / usage : 0;
    String minimumPart = explain ? minimumText(usage, beyond) : null;

    addMinimum(requests, allRequests, others[Usage.SERVICES], explain, bill);
    bill.add(
        "Compute requests",
        "fastly.compute.requests",
        explain
            ? Formulas.accountFormula(
                    Format.number(requests) + " requests",
                    allRequests,
                    requests,
                    freeRequests,
                    "requests",
                    billableRequests,
                    "$" + Format.price(requestPrice) + " per 1M")
                + minimumPart
            : null,
        share(requests, allRequests, accountRequests) * beyond,
        true);
    bill.add(
        "Compute vCPU time",
        "fastly.compute.vcpuMs",
        explain
            ? Formulas.accountFormula(
                    Format.number(requests) + " x " + Format.number(s.cpuMsPerRequest()) + " ms",
                    allCpu,
                    selfCpu,
                    freeCpuMs,
                    "vCPU-ms",
                    billableCpu,
                    "$" + Format.price(cpuPrice) + " per 1M")
                + minimumPart
            : null,
        share(selfCpu, allCpu, accountCpu) * beyond);
    ColdStarts.noneAtEdge(
        s, "Fastly Compute's WebAssembly instances", COLD_START, coldStartMs, bill);
  }

  /**
   * The account's monthly minimum, shared by requests with its {@code otherServices} other services
   * (evenly when none has requests): every service's usage counts towards it.
   */
  private void addMinimum(
      double requests, double allRequests, double otherServices, boolean explain, Bill bill) {
    double minimumShare =
        allRequests > 0 ? share(requests, allRequests, minimum) : minimum / (otherServices + 1);
    bill.add(
        "Fastly monthly minimum",
        "fastly.monthlyMinimum",
        explain
            ? "$"
                + Format.price(minimum)
                + " a month, the least the account pays (its usage"
                + " charges count towards it)"
                + (otherServices > 0
                    ? allRequests > 0
                        ? ", its request share " + Format.percent(requests / allRequests)
                        : ", shared evenly"
                    : "")
            : null,
        minimumShare,
        true);
  }

  /** How much of a usage line the minimum leaves to pay, in words. */
  private String minimumText(double usage, double beyond) {
    String account = "the account's usage charges " + Format.usd(usage);
    return beyond > 0
        ? "; "
            + account
            + " exceed the "
            + Format.usd(minimum)
            + " minimum: x "
            + Format.percent(beyond)
            + " beyond it"
        : "; covered by the " + Format.usd(minimum) + " minimum (" + account + ")";
  }
}
