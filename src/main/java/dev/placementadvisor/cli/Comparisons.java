package dev.placementadvisor.cli;

import dev.placementadvisor.compare.Comparison;

/** Writes a comparison and turns its verdict into the exit code, for assess and diff alike. */
final class Comparisons {
  private Comparisons() {}

  static int emit(
      Comparison c,
      OutputOptions output,
      AtomicOutput out,
      boolean color,
      AtomicOutput.Input... moreInputs)
      throws java.io.IOException {
    out.write(w -> output.format.comparisonRenderer(color).render(c, w), moreInputs);
    return c.passed() || c.noFail() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
  }
}
