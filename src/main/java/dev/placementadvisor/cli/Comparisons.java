package dev.placementadvisor.cli;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.GateResult;
import dev.placementadvisor.input.Text;
import java.io.PrintWriter;

/** Writes a comparison and turns its verdict into the exit code, for assess and diff alike. */
final class Comparisons {
  private Comparisons() {}

  /**
   * Writes the comparison in the chosen format, then names every failed gate on standard error,
   * one line each, whatever the format and wherever the report went: a failed build always says
   * why in its log.
   */
  static int emit(
      Comparison c,
      OutputOptions output,
      AtomicOutput out,
      Terminal terminal,
      boolean color,
      AtomicOutput.Input... moreInputs)
      throws java.io.IOException {
    out.write(w -> output.format.comparisonRenderer(color).render(c, w), moreInputs);
    PrintWriter err = terminal.err();
    for (GateResult g : c.gates()) {
      if (!g.passed()) {
        err.println(
            Text.printable(
                "advisor: gate "
                    + g.label()
                    + " failed"
                    + (c.noFail() ? " (reported only: --no-fail)" : "")
                    + ": "
                    + g.message()));
      }
    }
    err.flush();
    return c.passed() || c.noFail() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
  }
}
