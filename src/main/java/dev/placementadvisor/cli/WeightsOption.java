package dev.placementadvisor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --weights FILE} option shared by the commands that score. */
public final class WeightsOption {
  @Option(
      names = "--weights",
      paramLabel = "FILE",
      description =
          "Weights file overriding the default factor weights and band edges"
              + " (applied after the inventory's weights: block).")
  Path file;
}
