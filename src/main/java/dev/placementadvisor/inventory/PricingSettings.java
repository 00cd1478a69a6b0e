package dev.placementadvisor.inventory;

import dev.placementadvisor.input.Location;

/**
 * The inventory's pricing options.
 *
 * @param catalog a catalog file overriding bundled prices, as written (relative to the
 *     inventory's directory), or null
 * @param catalogLocation where the catalog was named, for messages (null when absent)
 */
public record PricingSettings(boolean freeTier, String catalog, Location catalogLocation) {
  public static PricingSettings defaults() {
    return new PricingSettings(false, null, null);
  }
}
