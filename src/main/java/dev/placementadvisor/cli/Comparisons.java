package dev.placementadvisor.cli;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.GateResult;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.io.AtomicOutput;
import dev.placementadvisor.render.OutputFormat;
import dev.placementadvisor.render.ci.GithubRenderer;
import dev.placementadvisor.render.formats.Renderers;
import java.io.PrintWriter;
import java.util.List;

/** Writes a comparison and turns the gates' verdict into the exit code, for assess and diff. */
final class Comparisons {
  private Comparisons() {}

  /** Writes the comparison in {@code format}, then gives the verdict (see {@link #verdict}). */
  static int emit(
      Comparison c,
      OutputFormat format,
      AtomicOutput out,
      Terminal terminal,
      boolean color,
      AtomicOutput.Input... moreInputs)
      throws java.io.IOException {
    // The job summary is the command's to write: the renderer only renders.
    String warning = format == OutputFormat.GITHUB ? StepSummary.append(c, System::getenv) : null;
    out.write(
        w -> {
          Renderers.comparison(format, color).render(c, w);
          if (warning != null) {
            w.write(GithubRenderer.warning(warning));
          }
        },
        moreInputs);
    return verdict(c.gates(), c.noFail(), terminal);
  }

  /**
   * Names every failed gate on standard error, one line each, whatever the format and wherever the
   * report went (a failed build always says why in its log; --quiet keeps these lines), and gives
   * the exit code: 1 when a gate failed, unless {@code noFail}.
   */
  static int verdict(List<GateResult> gates, boolean noFail, Terminal terminal) {
    PrintWriter err = terminal.err();
    boolean passed = true;
    for (GateResult g : gates) {
      if (!g.passed()) {
        passed = false;
        err.println(
            Text.printable(
                "advisor: gate "
                    + g.label()
                    + " failed"
                    + (noFail ? " (reported only: --no-fail)" : "")
                    + ": "
                    + g.message()));
      }
    }
    err.flush();
    return passed || noFail ? ExitCodes.OK : ExitCodes.GATE_FAILED;
  }
}
