package dev.placementadvisor.engine;

import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.scoring.Weights;
import dev.placementadvisor.scoring.WeightsLoader;
import java.nio.file.Path;

/** Loads an inventory with the weights in force and assesses it: load → assess. */
public final class Pipeline {
  private Pipeline() {}

  /** An inventory and the weights that apply to it. */
  public record Loaded(Inventory inventory, Weights weights) {}

  /**
   * Loads and validates an inventory; weights are the defaults, then the inventory's {@code
   * weights:} block, then {@code weightsFile} when given.
   */
  public static Loaded load(Path inventoryFile, Path weightsFile) {
    Inventory inventory = InventoryLoader.load(inventoryFile);
    Weights weights = WeightsLoader.applyBlock(WeightsLoader.defaults(), inventory.weights().node());
    if (weightsFile != null) {
      weights = WeightsLoader.applyFile(weights, weightsFile);
    }
    return new Loaded(inventory, weights);
  }

  /** Loads and assesses an inventory. */
  public static Report assess(Path inventoryFile, Path weightsFile) {
    Loaded loaded = load(inventoryFile, weightsFile);
    return new Assessor(loaded.weights()).assess(loaded.inventory());
  }
}
