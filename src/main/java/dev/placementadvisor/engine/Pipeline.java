package dev.placementadvisor.engine;

import dev.placementadvisor.input.InputFiles;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlTreeReader;
import dev.placementadvisor.inventory.Estate;
import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.scoring.Weights;
import dev.placementadvisor.scoring.WeightsLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads an inventory with the weights and prices in force, and assesses it: load → assess. */
public final class Pipeline {
  private Pipeline() {}

  /**
   * An inventory with the weights and the price catalog that apply to it.
   *
   * @param catalogFile the catalog file the inventory names ({@code pricing.catalog}), resolved, or
   *     null
   */
  public record Loaded(
      Inventory inventory, Weights weights, PriceCatalog catalog, Path catalogFile) {
    public Assessor assessor() {
      return new Assessor(weights, catalog);
    }

    public Assessor assessor(Assessor.FlipPoints flipPoints) {
      return new Assessor(weights, catalog, flipPoints);
    }
  }

  /** Loads with the default weights and prices (plus the inventory's own overrides). */
  public static Loaded load(Path inventoryFile, Path weightsFile) {
    return load(inventoryFile, weightsFile, null);
  }

  /**
   * Loads and validates an inventory. Weights: the defaults, then the inventory's {@code weights:}
   * block, then {@code weightsFile}. Prices: the bundled catalog, then the inventory's {@code
   * pricing.catalog}, then {@code pricingFile}.
   */
  public static Loaded load(Path inventoryFile, Path weightsFile, Path pricingFile) {
    return load(inventoryFile, weightsFile, pricingFile, false);
  }

  /**
   * As {@link #load(Path, Path, Path)}, with the rules for the files it reads (see {@link
   * InputFiles}): the files named here were named on the command line, the inventory's catalog is a
   * path in a file; {@code allowOutsidePaths} lifts the directory rules.
   */
  public static Loaded load(
      Path inventoryFile, Path weightsFile, Path pricingFile, boolean allowOutsidePaths) {
    return load(List.of(inventoryFile), weightsFile, pricingFile, allowOutsidePaths);
  }

  /**
   * Loads the estate of several inventory files ({@link Estate}): each file, or each {@code *.yaml}
   * and {@code *.yml} file of a directory, or standard input for {@code -}.
   */
  public static Loaded load(
      List<Path> inventoryFiles, Path weightsFile, Path pricingFile, boolean allowOutsidePaths) {
    List<Inventory> parts = new ArrayList<>();
    for (Path file : InputFiles.expand(inventoryFiles)) {
      parts.add(inventory(file, allowOutsidePaths));
    }
    return loaded(parts, weightsFile, pricingFile, allowOutsidePaths);
  }

  /**
   * The estate of inventories already read ({@link Estate}), with the weights and prices in force:
   * what {@link #load(List, Path, Path, boolean)} gives once the files are read.
   */
  public static Loaded loaded(
      List<Inventory> parts, Path weightsFile, Path pricingFile, boolean allowOutsidePaths) {
    Inventory inventory = Estate.of(parts);
    Weights weights =
        WeightsLoader.applyBlock(WeightsLoader.defaults(), inventory.weights().node());
    if (weightsFile != null) {
      weights = WeightsLoader.applyFile(weights, InputFiles.named(weightsFile, allowOutsidePaths));
    }
    InputFiles.Resolved catalogFile = Assessor.catalogFile(inventory, allowOutsidePaths);
    PriceCatalog catalog = Assessor.catalogFor(inventory, catalogFile);
    if (pricingFile != null) {
      catalog = namedCatalog(catalog, pricingFile, allowOutsidePaths);
    }
    return new Loaded(inventory, weights, catalog, catalogFile == null ? null : catalogFile.path());
  }

  /** How standard input is named in messages. */
  public static final String STDIN = "<stdin>";

  /**
   * Loads one inventory file named on the command line, or standard input for {@code -}. An
   * inventory reached through a link may be any file of the checkout (.git/config holds the CI
   * token): it is read, but never quoted.
   */
  public static Inventory inventory(Path file, boolean allowOutsidePaths) {
    if (file.toString().equals("-")) {
      return InventoryLoader.parse(YamlTreeReader.readStandardInput(System.in, STDIN), STDIN);
    }
    return InventoryLoader.load(
        InputFiles.named(file, allowOutsidePaths),
        Text.path(file),
        java.nio.file.Files.isSymbolicLink(file));
  }

  /** Applies a catalog file named on the command line ({@code --pricing}) over {@code base}. */
  public static PriceCatalog namedCatalog(
      PriceCatalog base, Path pricingFile, boolean allowOutsidePaths) {
    return CatalogLoader.applyFile(
        base, InputFiles.named(pricingFile, allowOutsidePaths), Text.path(pricingFile));
  }

  /** Loads and assesses an inventory with default weights and prices. */
  public static Report assess(Path inventoryFile, Path weightsFile) {
    return assess(inventoryFile, weightsFile, null);
  }

  /** Loads and assesses an inventory. */
  public static Report assess(Path inventoryFile, Path weightsFile, Path pricingFile) {
    Loaded loaded = load(inventoryFile, weightsFile, pricingFile);
    return loaded.assessor().assess(loaded.inventory());
  }
}
