package dev.placementadvisor.render;

import dev.placementadvisor.report.Format;
import dev.placementadvisor.report.Placement;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** TableRenderer as it was, holding the whole table before writing it: the tests' oracle. */
final class LegacyTableRenderer implements Renderer {
  private static final String[] HEADERS = {"SERVICE", "PLACEMENT", "K8S", "SCORE", "WASM", "COST/MONTH", "WHY"};
  private final boolean color;

  LegacyTableRenderer(boolean color) {
    this.color = color;
  }

  @Override
  public void render(Report report, Writer out) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (ServiceAssessment s : report.services()) {
      rows.add(
          new String[] {
            dev.placementadvisor.input.Text.printable(s.name()),
            s.placement().id(),
            Integer.toString(s.kubernetesScore()),
            Integer.toString(s.placementScore()),
            s.wasmAudit().candidate() ? "candidate" : "-",
            Format.usd(s.recommendedCost()),
            String.join(", ", Highlights.of(s))
          });
    }
    int[] widths = new int[HEADERS.length];
    for (int i = 0; i < HEADERS.length; i++) {
      widths[i] = HEADERS[i].length();
    }
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder b = new StringBuilder();
    line(b, HEADERS, widths, null, true);
    for (int r = 0; r < rows.size(); r++) {
      line(b, rows.get(r), widths, report.services().get(r).placement(), false);
    }
    b.append('\n').append(summary(report)).append('\n');
    b.append(costSummary(report)).append('\n');
    out.write(b.toString());
  }

  private void line(StringBuilder b, String[] cells, int[] widths, Placement p, boolean header) {
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i];
      boolean numeric = i == 2 || i == 3 || i == 5;
      String padded =
          i == cells.length - 1
              ? cell
              : numeric ? pad(cell, widths[i], true) : pad(cell, widths[i], false);
      if (color && header) {
        padded = Ansi.BOLD + padded + Ansi.RESET;
      } else if (color && i == 1 && p != null) {
        padded = Ansi.placement(p) + padded + Ansi.RESET;
      }
      row.append(padded);
      if (i < cells.length - 1) {
        row.append("  ");
      }
    }
    b.append(stripTrailing(row)).append('\n');
  }

  private static String stripTrailing(StringBuilder s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }

  private static String pad(String s, int width, boolean right) {
    String spaces = " ".repeat(Math.max(0, width - s.length()));
    return right ? spaces + s : s + spaces;
  }

  static String costSummary(Report report) {
    String s =
        "Monthly cost as recommended: "
            + Format.usd(report.recommendedTotal())
            + " (all serverless "
            + Format.usd(report.platformTotal(Placement.SERVERLESS))
            + ", all kubernetes "
            + Format.usd(report.platformTotal(Placement.KUBERNETES))
            + ", all wasm-edge "
            + Format.usd(report.platformTotal(Placement.WASM_EDGE))
            + ")";
    if (report.kubernetesTaxTotal() > 0) {
      s += "\nKubernetes hidden tax, not included above: " + Format.usd(report.kubernetesTaxTotal()) + " a month";
    }
    return s;
  }

  static String summary(Report report) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Placement, Integer> e : report.placementCounts().entrySet()) {
      if (e.getValue() > 0) {
        parts.add(e.getValue() + " " + e.getKey().id());
      }
    }
    int n = report.services().size();
    return n + (n == 1 ? " service: " : " services: ") + String.join(", ", parts);
  }
}
