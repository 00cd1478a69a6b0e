package dev.placementadvisor.cli;

import dev.placementadvisor.cost.Platforms;
import dev.placementadvisor.input.Format;
import dev.placementadvisor.input.YamlTreeReader;
import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.scoring.Factors;
import dev.placementadvisor.scoring.WeightsLoader;
import java.util.Set;

/**
 * The start-up seam: while the main thread builds the command line's model and reads the inventory,
 * a second thread reads what every pricing command needs whatever its input (the bundled weights
 * and catalog, the factor and platform registries) and starts the YAML reader and the number
 * formats' locale data. The readers are the same ones a command calls; a command that gets there
 * first waits for the reading in progress. Its gain is measured in docs/performance.md (start-up).
 */
final class Preload {
  /** The commands that read the bundled catalog. */
  private static final Set<String> PRICING =
      Set.of("assess", "validate", "explain", "crossover", "pricing", "platforms");

  private Preload() {}

  /** Starts the reading when the command named in {@code args} needs it. */
  static void start(String... args) {
    for (String a : args) {
      if (!a.startsWith("-")) {
        if (PRICING.contains(a)) {
          Thread t = new Thread(Preload::load, "advisor-preload");
          t.setDaemon(true);
          t.start();
        }
        return;
      }
    }
  }

  private static void load() {
    try {
      // The YAML reader's classes, which the inventory needs first, then the bundled data the
      // pricing needs, then the number formats' locale data, which only the output needs.
      YamlTreeReader.parse("preload: 1\n", "preload");
      WeightsLoader.defaults();
      CatalogLoader.bundled();
      Factors.all();
      Platforms.ALL.size();
      Format.percent(0.5);
    } catch (RuntimeException | Error e) {
      // Nothing to report here: the command reads them again and reports what goes wrong.
    }
  }
}
