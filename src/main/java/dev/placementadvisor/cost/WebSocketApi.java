package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.MILLION;
import static dev.placementadvisor.cost.Formulas.share;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Connections;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Price;

/**
 * An API Gateway WebSocket API in front of Lambda ({@code apiGateway: websocket}): it holds a
 * service's persistent connections and invokes the function once a message received. Two lines:
 * messages sent and received, at the account's tiered rate shared by messages; connection minutes.
 * Each is the service's {@code connections} figure scaled to the volume priced, or the requests
 * times a catalog assumption. Both grow in proportion to the requests. See docs/cost-model.md,
 * "Persistent connections".
 */
final class WebSocketApi {
  private final double hours;
  private final Price messages;
  private final Formulas.Tiers messageTiers;
  private final Price minutes;
  private final double messagesPerRequest;
  private final double minutesPerRequest;

  WebSocketApi(PriceCatalog c) {
    hours = c.hoursPerMonth();
    messages = c.price("apigateway.websocket.messages");
    messageTiers = Formulas.Tiers.of(messages);
    minutes = c.price("apigateway.websocket.connectionMinutes");
    messagesPerRequest = c.quantity("apigateway.websocket.messagesPerRequest");
    minutesPerRequest = c.quantity("apigateway.websocket.connectionMinutesPerRequest");
  }

  /** The messages of {@code s} at {@code requests} a month. */
  double messages(Service s, double requests) {
    Double given = s.connections().messages(requests, s.traffic().requestsPerMonth());
    return given != null ? given : requests * messagesPerRequest;
  }

  /** The connection minutes of {@code s} at {@code requests} a month. */
  double minutes(Service s, double requests) {
    Double given = s.connections().minutes(requests, s.traffic().requestsPerMonth(), hours);
    return given != null ? given : requests * minutesPerRequest;
  }

  /**
   * Adds the two lines of {@code s} at {@code requests} a month, with {@code otherMessages} the
   * messages of the rest of the account's WebSocket APIs (the tiers are the account's).
   */
  void price(Service s, double requests, double otherMessages, double otherServices, Bill bill) {
    boolean explain = bill.explaining();
    double mine = messages(s, requests);
    double all = otherMessages + mine;
    bill.add(
        "API Gateway WebSocket messages",
        "apigateway.websocket.messages",
        explain
            ? messagesText(s, requests, mine)
                + " x "
                + Formulas.tierText(messages, "messages")
                + (otherServices > 0 && all > mine
                    ? " (tiers on the account's " + Format.number(all) + ")"
                    : "")
            : null,
        share(mine, all, messageTiers.cost(all, MILLION)),
        true);
    double connected = minutes(s, requests);
    bill.add(
        "API Gateway WebSocket connection minutes",
        "apigateway.websocket.connectionMinutes",
        explain
            ? minutesText(s, requests, connected)
                + " x "
                + Formulas.tierText(minutes, "connection minutes")
            : null,
        connected / MILLION * minutes.first(),
        true);
  }

  private String messagesText(Service s, double requests, double mine) {
    Connections c = s.connections();
    if (c.messagesPerMonth() != null) {
      return Format.number(mine)
          + " messages (connections.messagesPerMonth"
          + scaled(s, requests)
          + ")";
    }
    return Format.number(requests)
        + " requests x "
        + Format.number(messagesPerRequest)
        + " message a request (assumed: apigateway.websocket.messagesPerRequest) = "
        + Format.number(mine)
        + " messages";
  }

  private String minutesText(Service s, double requests, double connected) {
    Connections c = s.connections();
    if (c.concurrent() != null) {
      return Format.number(c.concurrent())
          + " clients connected (connections.concurrent) x "
          + Format.number(hours)
          + " h x 60"
          + scaled(s, requests)
          + " = "
          + Format.number(connected)
          + " connection minutes";
    }
    if (c.minutesPerMonth() != null) {
      return Format.number(connected)
          + " connection minutes (connections.minutesPerMonth"
          + scaled(s, requests)
          + ")";
    }
    return Format.number(requests)
        + " requests x "
        + Format.number(minutesPerRequest)
        + " connection minute a request (assumed:"
        + " apigateway.websocket.connectionMinutesPerRequest) = "
        + Format.number(connected)
        + " connection minutes";
  }

  /** ", scaled to 2,000,000 requests from 1,000,000" when priced at another volume. */
  private static String scaled(Service s, double requests) {
    double own = s.traffic().requestsPerMonth();
    return own > 0 && Math.abs(requests - own) > 1e-9 * own
        ? ", scaled to " + Format.number(requests) + " requests from " + Format.number(own)
        : "";
  }
}
