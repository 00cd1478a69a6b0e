package dev.placementadvisor.inventory;

import dev.placementadvisor.input.YamlNode;

/**
 * The raw {@code weights:} block of an inventory, checked against the factor registry by the
 * scoring package.
 *
 * @param node the block, or null when the inventory has none
 */
public record WeightSettings(YamlNode node) {
  public static WeightSettings none() {
    return new WeightSettings(null);
  }
}
