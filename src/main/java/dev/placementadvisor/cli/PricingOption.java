package dev.placementadvisor.cli;

import dev.placementadvisor.engine.Pipeline;
import dev.placementadvisor.io.AtomicOutput;
import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.pricing.PriceCatalog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --pricing FILE} option of the commands that print prices without an inventory ({@code
 * pricing}, {@code platforms}, {@code crossover}), and the catalog it gives.
 */
final class PricingOption {
  @Option(
      names = "--pricing",
      paramLabel = "FILE",
      description = "Pricing catalog overriding any subset of the bundled prices.")
  Path file;

  /** The file as an input that {@code -o} may not name. */
  AtomicOutput.Input input() {
    return new AtomicOutput.Input("pricing file", file);
  }

  /** The bundled catalog with the file's prices applied, when one is named. */
  PriceCatalog catalog(boolean allowOutsidePaths) {
    PriceCatalog c = CatalogLoader.bundled();
    return file == null ? c : Pipeline.namedCatalog(c, file, allowOutsidePaths);
  }
}
