package dev.placementadvisor.render.ci;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.GateResult;
import dev.placementadvisor.compare.ServiceChange;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.render.ComparisonRenderer;
import dev.placementadvisor.render.ComparisonText;
import dev.placementadvisor.render.GateFindings;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Renders a comparison as GitHub Actions workflow commands: an {@code ::error} for a failed gate on
 * the total (on the inventory file) and for every service a failed gate names, a {@code ::warning}
 * for other cost rises and placement changes, a {@code ::notice} for the rest (decreases, added and
 * removed services), each on the service's line in the inventory; then a plain summary line. The
 * command appends the markdown comparison to the job summary.
 */
public final class GithubRenderer implements ComparisonRenderer {
  @Override
  public void render(Comparison c, Writer out) throws IOException {
    GateFindings findings = new GateFindings(c);
    String file = c.current().inventory();
    StringBuilder b = new StringBuilder();
    // A gate on the total points at the whole file; the others show on each service they name.
    for (GateResult g : findings.failedGates()) {
      if (GateFindings.onTotal(g) || g.services().isEmpty()) {
        command(
            b,
            "error",
            file,
            0,
            0,
            "advisor: gate " + ComparisonText.gateLabel(g) + " failed",
            g.message());
      }
    }
    for (ServiceChange s : findings.listed()) {
      List<GateResult> failed = findings.failedGates(s.name());
      String level;
      String message = GateFindings.describe(s);
      if (!failed.isEmpty()) {
        level = "error";
        message += "; fails " + GateFindings.gateList(failed);
      } else if (s.placementChanged()
          || s.kind() == ServiceChange.Kind.CHANGED && GateFindings.costRose(s)) {
        level = "warning";
      } else {
        level = "notice";
      }
      // A removed service's line is in the baseline's inventory, not in this one.
      boolean located = s.kind() != ServiceChange.Kind.REMOVED;
      command(
          b,
          level,
          file,
          located ? s.line() : 0,
          located ? s.column() : 0,
          "advisor: " + s.name(),
          message);
    }
    if (findings.omitted() > 0) {
      command(b, "notice", file, 0, 0, "advisor", GateFindings.more(findings.omitted()));
    }
    b.append("advisor: monthly cost ")
        .append(ComparisonText.totalChange(c))
        .append("; ")
        .append(ComparisonText.verdict(c))
        .append('\n');
    out.write(b.toString());
  }

  private static void command(
      StringBuilder b,
      String level,
      String file,
      int line,
      int column,
      String title,
      String message) {
    b.append("::").append(level).append(" file=").append(property(file));
    if (line > 0) {
      b.append(",line=").append(line);
      if (column > 0) {
        b.append(",col=").append(column);
      }
    }
    b.append(",title=").append(property(title)).append("::").append(data(message)).append('\n');
  }

  /** A {@code ::warning} command with {@code message} escaped, on a line of its own. */
  public static String warning(String message) {
    return "::warning::" + data(message) + "\n";
  }

  /**
   * Escapes a command's message: made {@link Text#printable} (one line, no control or bidi
   * character), then %, CR and LF as the runner expects.
   */
  public static String data(String s) {
    return Text.printable(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property's value: as {@link #data}, and also ':' and ','. */
  public static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
