package dev.placementadvisor.cli;

import dev.placementadvisor.compare.Comparison;

/** Writes a comparison and turns its verdict into the exit code, for assess and diff alike. */
final class Comparisons {
  private Comparisons() {}

  static int emit(Comparison c, OutputOptions output, Terminal terminal, boolean color)
      throws java.io.IOException {
    AtomicOutput.write(
        output.output,
        terminal.out(),
        w -> output.format.comparisonRenderer(color).render(c, w));
    return c.passed() || c.noFail() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
  }
}
