package dev.placementadvisor.cli;

import dev.placementadvisor.input.InputFiles;
import picocli.CommandLine.Option;

/** The {@code --allow-outside-paths} option of every command that reads files. */
public final class PathsOption {
  @Option(
      names = InputFiles.ALLOW_OUTSIDE,
      description =
          "Let a path in the inventory (pricing.catalog) be absolute or lead outside the"
              + " inventory's directory, and a symbolic link named here lead outside its own"
              + " directory. Off by default: in CI, anyone who can change a file could otherwise"
              + " point it at a secret. Devices and /proc stay refused.")
  boolean allowOutside;
}
