package dev.placementadvisor.inventory;

import dev.placementadvisor.input.Location;
import java.nio.file.Path;

/**
 * The inventory's pricing options.
 *
 * @param catalog a catalog file overriding bundled prices, as written (relative to the inventory's
 *     directory), or null
 * @param catalogLocation where the catalog was named, for messages (null when absent)
 * @param declaredIn the inventory file that holds this block, which a catalog path is relative to
 *     (null when absent)
 */
public record PricingSettings(
    boolean freeTier, String catalog, Location catalogLocation, Path declaredIn) {
  public static PricingSettings defaults() {
    return new PricingSettings(false, null, null, null);
  }

  /** The same settings: what the block says, wherever it was written. */
  public boolean sameAs(PricingSettings other) {
    return freeTier == other.freeTier
        && java.util.Objects.equals(catalog, other.catalog)
        && java.util.Objects.equals(
            declaredIn == null ? null : declaredIn.toAbsolutePath().getParent(),
            other.declaredIn == null ? null : other.declaredIn.toAbsolutePath().getParent());
  }
}
