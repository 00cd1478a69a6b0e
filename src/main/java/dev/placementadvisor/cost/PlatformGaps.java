package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.Placement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The placements a service cannot have for want of a platform: none that the organization and the
 * service allow offers it, or the service breaks a limit of every one that does. Kubernetes is
 * among them only when no Kubernetes platform is allowed and the service fits an allowed serverless
 * or edge platform (a cluster runs anything: it is the placement a service that fits nothing else
 * falls back to); hybrid is when no cluster or no platform in front of one is left.
 *
 * @param why per placement ruled out, why ("cloudflare-workers 256 MB exceeds a Worker isolate's
 *     128 MB", "no platform allowed")
 * @param serverless the allowed serverless platforms the service fits, in the registry's order
 *     (empty when none, or not known): a limit of one serverless platform does not rule the
 *     placement out while another fits
 * @param edge the same for the edge platforms
 */
public record PlatformGaps(Map<Placement, String> why, List<String> serverless, List<String> edge) {
  /** No placement wants for a platform, and which platforms fit is not known. */
  public static final PlatformGaps NONE = new PlatformGaps(Map.of());

  public PlatformGaps {
    EnumMap<Placement, String> copy = new EnumMap<>(Placement.class);
    copy.putAll(why);
    why = java.util.Collections.unmodifiableMap(copy);
    serverless = List.copyOf(serverless);
    edge = List.copyOf(edge);
  }

  public PlatformGaps(Map<Placement, String> why) {
    this(why, List.of(), List.of());
  }

  /** The allowed platforms of {@code placement} (serverless or the edge) that the service fits. */
  public List<String> fitting(Placement placement) {
    return placement == Placement.SERVERLESS
        ? serverless
        : placement == Placement.WASM_EDGE ? edge : List.of();
  }

  /** True when no placement wants for a platform. */
  public boolean isEmpty() {
    return why.isEmpty();
  }

  /** The placements ruled out. */
  public Set<Placement> placements() {
    return why.keySet();
  }

  /** Why, placement by placement: "wasm-edge: no platform allowed; serverless: ...". */
  public String detail() {
    return why.entrySet().stream()
        .map(e -> e.getKey().id() + ": " + e.getValue())
        .collect(Collectors.joining("; "));
  }

  /** The same gaps less the placements already ruled out otherwise. */
  public PlatformGaps without(Set<Placement> out) {
    if (why.isEmpty() || out.isEmpty()) {
      return this;
    }
    EnumMap<Placement, String> rest = new EnumMap<>(Placement.class);
    why.forEach(
        (p, w) -> {
          if (!out.contains(p)) {
            rest.put(p, w);
          }
        });
    return rest.size() == why.size() ? this : new PlatformGaps(rest, serverless, edge);
  }
}
