package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.MILLION;
import static dev.placementadvisor.cost.Formulas.share;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Price;

/**
 * A WebSocket service on Cloudflare Workers ({@code persistentConnections} with {@code apiGateway:
 * websocket}): a Durable Object holds the connections with the Hibernation API and handles each
 * message received, one request of the service. Messages through a Worker are not billed as Worker
 * requests; the object bills requests (incoming messages at the provider's ratio, outgoing ones
 * free) and duration (the time it handles a message, at the memory billed for an object), each
 * beyond the Workers Paid plan's allowance, shared by the account's services by usage. See
 * docs/cost-model.md, "Persistent connections".
 */
final class WebSocketObjects {
  private final Price requestsPrice;
  private final Price duration;
  private final double includedRequests;
  private final double includedGbs;
  private final double billedGb;
  private final double billedMb;
  private final double messagesPerRequest;

  WebSocketObjects(PriceCatalog c) {
    requestsPrice = c.price("durableobjects.requests");
    duration = c.price("durableobjects.duration");
    includedRequests = c.quantity("durableobjects.included.requests");
    includedGbs = c.quantity("durableobjects.included.gbSeconds");
    billedMb = c.quantity("durableobjects.billedMemoryMb");
    billedGb = DurableObjectsMemory.gb(billedMb);
    messagesPerRequest = c.quantity("durableobjects.websocketMessagesPerRequest");
  }

  /** True when {@code s} holds WebSockets, which a Durable Object holds on Workers. */
  static boolean holds(Service s) {
    return s.persistentConnections() && s.apiGateway() == ApiGateway.WEBSOCKET;
  }

  /** The object requests of {@code s} at {@code requests} messages a month. */
  double requests(Service s, double requests) {
    return holds(s) ? requests / messagesPerRequest : 0;
  }

  /** The object GB-seconds of {@code s} at {@code requests} messages a month. */
  double gbSeconds(Service s, double requests) {
    return holds(s) ? requests * s.avgDurationMs() / 1000 * billedGb : 0;
  }

  /**
   * Adds the two lines of {@code s}, with {@code others} the rest of the account's object requests
   * and GB-seconds.
   */
  void price(Service s, double requests, double otherRequests, double otherGbs, Bill bill) {
    boolean explain = bill.explaining();
    double mine = requests(s, requests);
    double all = otherRequests + mine;
    bill.add(
        "Durable Objects requests (WebSocket messages)",
        "durableobjects.requests",
        explain
            ? Format.number(requests)
                + " messages received / "
                + Format.number(messagesPerRequest)
                + " a request = "
                + Format.number(mine)
                + " requests"
                + (otherRequests > 0 ? " + others' " + Format.number(otherRequests) : "")
                + " - "
                + Format.number(includedRequests)
                + " included, x "
                + Formulas.tierText(requestsPrice, "requests")
            : null,
        share(mine, all, Math.max(0, all - includedRequests) / MILLION * requestsPrice.first()));
    double gbs = gbSeconds(s, requests);
    double allGbs = otherGbs + gbs;
    bill.add(
        "Durable Objects duration (WebSocket messages)",
        "durableobjects.duration",
        explain
            ? Format.number(requests)
                + " messages x "
                + Format.number(s.avgDurationMs())
                + " ms (hibernating between messages) x "
                + Format.number(billedMb)
                + " MB = "
                + Format.number(gbs)
                + " GB-s"
                + (otherGbs > 0 ? " + others' " + Format.number(otherGbs) : "")
                + " - "
                + Format.number(includedGbs)
                + " included, x "
                + Formulas.tierText(duration, "GB-s")
            : null,
        share(gbs, allGbs, Math.max(0, allGbs - includedGbs) / MILLION * duration.first()));
  }
}
