package dev.placementadvisor.inventory;

import dev.placementadvisor.input.Location;
import java.nio.file.Path;

/**
 * The inventory's pricing options.
 *
 * @param catalog a catalog file overriding bundled prices, or null
 * @param catalogLocation where the catalog was named, for messages (null when absent)
 */
public record PricingSettings(boolean freeTier, Path catalog, Location catalogLocation) {
  public static PricingSettings defaults() {
    return new PricingSettings(false, null, null);
  }
}
