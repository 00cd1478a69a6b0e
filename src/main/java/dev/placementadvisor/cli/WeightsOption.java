package dev.placementadvisor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --weights FILE} and {@code --pricing FILE} options of the commands that assess. */
public final class WeightsOption {
  @Option(
      names = "--weights",
      paramLabel = "FILE",
      description =
          "Weights file overriding the default factor weights and band edges"
              + " (applied after the inventory's weights: block).")
  Path file;

  @Option(
      names = "--pricing",
      paramLabel = "FILE",
      description =
          "Pricing catalog overriding any subset of the bundled prices"
              + " (applied after the inventory's pricing.catalog).")
  Path pricing;
}
