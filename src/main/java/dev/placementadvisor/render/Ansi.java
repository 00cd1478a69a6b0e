package dev.placementadvisor.render;

import dev.placementadvisor.inventory.Placement;

/** ANSI styles for terminal output, used only when colour is on. */
public final class Ansi {
  public static final String RESET = "\u001b[0m";
  public static final String BOLD = "\u001b[1m";

  private Ansi() {}

  public static String placement(Placement p) {
    return switch (p) {
      case WASM_EDGE -> "\u001b[35m";
      case SERVERLESS -> "\u001b[32m";
      case HYBRID -> "\u001b[33m";
      case KUBERNETES -> "\u001b[36m";
    };
  }
}
