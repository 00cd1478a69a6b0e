package dev.placementadvisor.inventory;

/**
 * What a service does when it only sits in the request path, with no backend round trip of its own
 * per request: the request-layer work seed 000 names as the clearest Wasm candidates (API gateway
 * logic, authentication and authorisation, edge caching rules).
 */
public enum ServiceRole {
  /** Does the work of its own: the default. */
  NONE("none", null),
  /** Routes requests to backends: API gateway logic. */
  ROUTE("route", "API gateway logic"),
  /** Rewrites requests or responses (headers, URLs, bodies): API gateway logic. */
  REWRITE("rewrite", "API gateway logic"),
  /** Authenticates or authorises requests. */
  AUTHORIZE("authorize", "authentication and authorisation"),
  /** Serves or decides from a cache: edge caching rules. */
  CACHE("cache", "edge caching rules");

  private final String id;
  private final String seedName;

  ServiceRole(String id, String seedName) {
    this.id = id;
    this.seedName = seedName;
  }

  /** The name used in inventories and output. */
  public String id() {
    return id;
  }

  /** What seed 000 calls this work, or null for {@link #NONE}. */
  public String seedName() {
    return seedName;
  }

  /** True for request-layer work: the audit counts it compute-bound and cold-start sensitive. */
  public boolean requestLayer() {
    return this != NONE;
  }

  @Override
  public String toString() {
    return id;
  }
}
