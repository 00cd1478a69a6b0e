package dev.placementadvisor.inventory;

/**
 * The persistent connections a service holds ({@code connections}), as the inventory gives them at
 * the service's own {@code requestsPerMonth}: how long clients stay connected and how many messages
 * cross the connections. A value the inventory does not give is null and the cost model derives it
 * from the requests with a catalog quantity (docs/cost-model.md, "Persistent connections"). At
 * another volume (the crossover, a flip point) both scale with the requests.
 *
 * @param concurrent clients connected on average, or null
 * @param minutesPerMonth connection minutes a month, or null (at most one of the two is given)
 * @param messagesPerMonth messages a month, sent and received, or null
 */
public record Connections(Double concurrent, Double minutesPerMonth, Double messagesPerMonth) {
  /** Nothing given: every value derived from the requests. */
  public static final Connections NONE = new Connections(null, null, null);

  /** The most clients connected at once that an inventory may give. */
  public static final double MAX_CONCURRENT = 1e9;

  /**
   * The connection minutes at {@code requests} a month, with the month's {@code hours}: the given
   * clients or minutes scaled from the service's {@code own} volume to {@code requests}, or null
   * when neither is given.
   */
  public Double minutes(double requests, double own, double hours) {
    Double at = concurrent != null ? Double.valueOf(concurrent * hours * 60) : minutesPerMonth;
    return at == null ? null : at * scale(requests, own);
  }

  /** The messages at {@code requests} a month, or null when not given (see {@link #minutes}). */
  public Double messages(double requests, double own) {
    return messagesPerMonth == null ? null : messagesPerMonth * scale(requests, own);
  }

  /** What a value given at {@code own} requests a month is multiplied by at {@code requests}. */
  private static double scale(double requests, double own) {
    return own > 0 ? requests / own : 1;
  }
}
