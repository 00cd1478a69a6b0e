package dev.placementadvisor.inventory;

/**
 * The API Gateway flavour in front of a function: a REST or HTTP API, a WebSocket API (which holds
 * a service's persistent connections and invokes the function once a message), or none (a function
 * URL).
 */
public enum ApiGateway {
  REST("rest"),
  HTTP("http"),
  NONE("none"),
  WEBSOCKET("websocket");

  private final String id;

  ApiGateway(String id) {
    this.id = id;
  }

  /** The name used in inventories and output. */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
