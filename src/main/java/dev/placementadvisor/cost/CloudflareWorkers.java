package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.MILLION;
import static dev.placementadvisor.cost.Formulas.share;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;

/**
 * Cloudflare Workers on the Paid plan ({@link Platforms#CLOUDFLARE_WORKERS}): the plan's base fee
 * shared by requests, and requests and CPU time beyond the plan's allowances. The base fee and the
 * requests are the request layer a hybrid keeps at the edge. A WebSocket service's connections and
 * messages are held by a Durable Object ({@link WebSocketObjects}): its messages are not Worker
 * requests. See docs/cost-model.md, "Edge".
 */
final class CloudflareWorkers extends Platform {
  /** The catalog quantity of how fast its instances start. */
  static final String COLD_START = "edge.coldStartMs";

  /** How fast its instances start: no cold-start mitigation is needed. */
  private final double coldStartMs;

  private final double baseFee;
  private final double requestPrice;
  private final double cpuPrice;
  private final double includedRequests;
  private final double includedCpuMs;
  private final double maxMemoryMb;
  private final double maxCpuMs;
  private final WebSocketObjects sockets;

  CloudflareWorkers(PriceCatalog c) {
    super(Platforms.CLOUDFLARE_WORKERS, DIMENSIONS, REQUEST_LAYER);
    baseFee = c.price("edge.baseFee").first();
    requestPrice = c.price("edge.requests").first();
    cpuPrice = c.price("edge.cpuMs").first();
    includedRequests = c.quantity("edge.includedRequests");
    includedCpuMs = c.quantity("edge.includedCpuMs");
    maxMemoryMb = c.quantity("edge.maxMemoryMb");
    maxCpuMs = c.quantity("edge.maxCpuMsPerRequest");
    coldStartMs = c.quantity(COLD_START);
    sockets = new WebSocketObjects(c);
  }

  @Override
  public java.util.List<String> blockedBy(Service s) {
    java.util.List<String> why = new java.util.ArrayList<>();
    if (s.gpu()) {
      why.add("needs a GPU: Workers have none");
    }
    if (s.memoryMb() > maxMemoryMb) {
      why.add(
          Format.number(s.memoryMb())
              + " MB exceeds a Worker isolate's "
              + Format.number(maxMemoryMb)
              + " MB");
    }
    if (s.cpuMsPerRequest() > maxCpuMs) {
      why.add(
          Format.number(s.cpuMsPerRequest())
              + " ms of CPU a request exceeds Workers' "
              + Format.number(maxCpuMs)
              + " ms");
    }
    if (s.persistentConnections() && !WebSocketObjects.holds(s)) {
      why.add(
          "holds persistent connections: a Worker serves requests, and only WebSockets"
              + " (apiGateway: websocket) are held, by a Durable Object");
    }
    if (s.stateful()) {
      why.add("keeps state in the process: isolates are discarded at will");
    }
    if (s.onPremises()) {
      why.add("must run on premises: Workers run only on Cloudflare's network");
    }
    return why;
  }

  /** The dimensions of its account usage. */
  static final int REQUESTS = 1;

  static final int CPU_MS = 2;
  static final int OBJECT_REQUESTS = 3;
  static final int OBJECT_GBS = 4;
  private static final int DIMENSIONS = 5;

  /** A hybrid's request layer at the edge: its requests, not CPU time or Durable Objects. */
  private static final boolean[] REQUEST_LAYER = {true, true, false, false, false};

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    u[o + Usage.SERVICES] = 1;
    u[o + REQUESTS] = workerRequests(s, requests);
    u[o + CPU_MS] = cpuMs(s, requests);
    u[o + OBJECT_REQUESTS] = sockets.requests(s, requests);
    u[o + OBJECT_GBS] = sockets.gbSeconds(s, requests);
  }

  /** The Worker requests of {@code requests}: none for a WebSocket's messages. */
  static double workerRequests(Service s, double requests) {
    return WebSocketObjects.holds(s) ? 0 : requests;
  }

  /** The Worker CPU milliseconds of {@code requests} invocations (none for WebSocket messages). */
  static double cpuMs(Service s, double requests) {
    return workerRequests(s, requests) * s.cpuMsPerRequest();
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    boolean sockets = WebSocketObjects.holds(s);
    double messages = requests;
    requests = workerRequests(s, requests);
    double allRequests = others[REQUESTS] + requests;
    addBaseFee(requests, allRequests, others[Usage.SERVICES], bill);
    addRequests(requests, allRequests, others[Usage.SERVICES], sockets, bill);
    addCpuTime(s, requests, others, bill);
    ColdStarts.noneAtEdge(s, "Workers isolates", COLD_START, coldStartMs, bill);
    if (sockets) {
      this.sockets.price(s, messages, others[OBJECT_REQUESTS], others[OBJECT_GBS], bill);
    }
  }

  /**
   * The plan's base fee, shared by requests with the account's {@code otherServices} other services
   * (evenly when none has requests): it is part of the request layer.
   */
  private void addBaseFee(double requests, double allRequests, double otherServices, Bill bill) {
    bill.add(
        "Edge plan base fee",
        "edge.baseFee",
        bill.explaining()
            ? "$"
                + Format.number(baseFee)
                + " per month"
                + (otherServices > 0 ? ", shared by requests" : "")
            : null,
        allRequests > 0 ? share(requests, allRequests, baseFee) : baseFee / (otherServices + 1),
        true);
  }

  /** The account's requests beyond those included, the service's share of them by requests. */
  private void addRequests(
      double requests, double allRequests, double otherServices, boolean sockets, Bill bill) {
    double overReq = Math.max(0, allRequests - includedRequests);
    bill.add(
        "Edge requests",
        "edge.requests",
        bill.explaining()
            ? "("
                + Format.number(allRequests)
                + " - "
                + Format.number(includedRequests)
                + " included) / 1M x $"
                + Format.price(requestPrice)
                + (otherServices > 0 ? ", its request share" : "")
                + (sockets ? " (WebSocket messages through a Worker are not its requests)" : "")
            : null,
        share(requests, allRequests, overReq / MILLION * requestPrice),
        true);
  }

  /** The account's CPU time beyond that included, the service's share of it by CPU time. */
  private void addCpuTime(Service s, double requests, double[] others, Bill bill) {
    double selfCpu = cpuMs(s, requests);
    double allCpu = others[CPU_MS] + selfCpu;
    double overCpu = Math.max(0, allCpu - includedCpuMs);
    bill.add(
        "Edge CPU time",
        "edge.cpuMs",
        bill.explaining()
            ? "("
                + Format.number(requests)
                + " x "
                + Format.number(s.cpuMsPerRequest())
                + " ms"
                + (others[Usage.SERVICES] > 0
                    ? " + others' " + Format.number(others[CPU_MS]) + " ms"
                    : "")
                + " - "
                + Format.number(includedCpuMs)
                + " included) / 1M x $"
                + Format.price(cpuPrice)
            : null,
        share(selfCpu, allCpu, overCpu / MILLION * cpuPrice));
  }
}
