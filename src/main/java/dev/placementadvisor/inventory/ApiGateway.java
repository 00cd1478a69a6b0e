package dev.placementadvisor.inventory;

/** The API Gateway flavour in front of a function. */
public enum ApiGateway {
  REST("rest"),
  HTTP("http"),
  NONE("none");

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
