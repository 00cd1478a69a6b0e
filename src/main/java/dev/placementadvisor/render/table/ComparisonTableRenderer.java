package dev.placementadvisor.render.table;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.GateResult;
import dev.placementadvisor.compare.ServiceChange;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.render.Ansi;
import dev.placementadvisor.render.ComparisonRenderer;
import dev.placementadvisor.render.ComparisonText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Renders a comparison for the terminal: the total change, changed services, the gates. */
public final class ComparisonTableRenderer implements ComparisonRenderer {
  private static final String[] HEADERS = {
    "SERVICE", "CHANGE", "PLACEMENT", "BEFORE", "AFTER", "DELTA"
  };
  private final boolean color;

  public ComparisonTableRenderer(boolean color) {
    this.color = color;
  }

  @Override
  public void render(Comparison c, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("Compared with ").append(Text.printable(c.baseline().source())).append('\n');
    b.append("Monthly cost: ").append(ComparisonText.totalChange(c)).append("\n\n");
    List<ServiceChange> changed = c.changed();
    if (changed.isEmpty()) {
      b.append("No service changed.\n");
    } else {
      List<String[]> rows = new ArrayList<>();
      for (ServiceChange s : changed) {
        rows.add(
            new String[] {
              Text.printable(s.name()), ComparisonText.kind(s),
              Text.printable(ComparisonText.placement(s)), ComparisonText.before(s),
              ComparisonText.after(s), ComparisonText.delta(s)
            });
      }
      int[] w = new int[HEADERS.length];
      for (int i = 0; i < w.length; i++) {
        w[i] = HEADERS[i].length();
        for (String[] r : rows) {
          w[i] = Math.max(w[i], r[i].length());
        }
      }
      row(b, HEADERS, w, true);
      for (String[] r : rows) {
        row(b, r, w, false);
      }
    }
    if (!c.gates().isEmpty()) {
      b.append("\nGates\n");
      for (GateResult g : c.gates()) {
        String mark = g.passed() ? "PASS" : "FAIL";
        if (color) {
          mark = (g.passed() ? "\u001b[32m" : "\u001b[31m") + mark + Ansi.RESET;
        }
        b.append("  ")
            .append(mark)
            .append("  ")
            .append(ComparisonText.gateLabel(g))
            .append(": ")
            .append(Text.printable(g.message()))
            .append('\n');
      }
    }
    b.append("\nResult: ").append(ComparisonText.verdict(c)).append('\n');
    out.write(b.toString());
  }

  private void row(StringBuilder b, String[] cells, int[] w, boolean header) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      boolean right = i >= 3;
      String pad = " ".repeat(w[i] - cells[i].length());
      String cell = i == cells.length - 1 ? cells[i] : right ? pad + cells[i] : cells[i] + pad;
      line.append(header && color ? Ansi.BOLD + cell + Ansi.RESET : cell);
      if (i < cells.length - 1) {
        line.append("  ");
      }
    }
    b.append(line.toString().stripTrailing()).append('\n');
  }
}
