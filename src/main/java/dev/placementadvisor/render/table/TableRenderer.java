package dev.placementadvisor.render.table;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.render.Ansi;
import dev.placementadvisor.render.Renderer;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.Savings;
import dev.placementadvisor.report.ServiceAssessment;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the terminal table: one row per service, then a summary line. Given a width, each row
 * fits it: the last column, WHY, is cut with "…" rather than wrapped (never to fewer than {@link
 * #MIN_WHY} characters).
 */
public final class TableRenderer implements Renderer {
  private static final String[] HEADERS = {
    "SERVICE", "PLACEMENT", "PLATFORM", "K8S", "SCORE", "WASM", "COST/MONTH", "WHY"
  };

  /** The fewest characters of WHY a cut row keeps. */
  static final int MIN_WHY = 12;

  private final boolean color;
  private final int width;

  /** A table of any width. */
  public TableRenderer(boolean color) {
    this(color, Integer.MAX_VALUE);
  }

  /** A table whose rows fit {@code width} characters. */
  public TableRenderer(boolean color, int width) {
    this.color = color;
    this.width = width;
  }

  /** How much text is gathered before it is written. */
  private static final int CHUNK = 1 << 16;

  @Override
  public void render(Report report, Writer out) throws IOException {
    List<String[]> rows = new ArrayList<>(report.services().size());
    for (ServiceAssessment s : report.services()) {
      rows.add(
          new String[] {
            Text.printable(s.name()),
            s.placement().id(),
            platform(s),
            Integer.toString(s.kubernetesScore()),
            Integer.toString(s.placementScore()),
            s.wasmAudit().candidate() ? "candidate" : "-",
            Format.usd(s.recommendedCost()),
            String.join(", ", s.highlights())
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
    // Everything that could fail is done before the first line is written.
    String summary = summary(report);
    String costSummary = costSummary(report);
    StringBuilder b = new StringBuilder(CHUNK + 1024);
    line(b, HEADERS, widths, null, true);
    for (int r = 0; r < rows.size(); r++) {
      line(b, rows.get(r), widths, report.services().get(r).placement(), false);
      if (b.length() >= CHUNK) {
        out.append(b);
        b.setLength(0);
      }
    }
    b.append('\n').append(summary).append('\n');
    b.append(costSummary).append('\n');
    out.append(b);
  }

  /** The platform a service runs on ("aws-eks+aws-lambda" for a cluster with a front), or "-". */
  public static String platform(ServiceAssessment s) {
    String label = s.costs().choice().label(s.placement());
    return label == null ? "-" : label;
  }

  /** One line of the table, without trailing spaces, its last cell cut to fit the width. */
  private void line(StringBuilder b, String[] cells, int[] widths, Placement p, boolean header) {
    int start = b.length();
    int used = 0;
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i];
      boolean last = i == cells.length - 1;
      if (last) {
        cell = cut(cell, Math.max(MIN_WHY, width - used));
      } else {
        used += widths[i] + 2;
      }
      boolean numeric = i == 3 || i == 4 || i == 6;
      String style = null;
      if (color && header) {
        style = Ansi.BOLD;
      } else if (color && i == 1 && p != null) {
        style = Ansi.placement(p);
      }
      if (style != null) {
        b.append(style);
      }
      int padding = last ? 0 : Math.max(0, widths[i] - cell.length());
      if (numeric) {
        spaces(b, padding);
        b.append(cell);
      } else {
        b.append(cell);
        spaces(b, padding);
      }
      if (style != null) {
        b.append(Ansi.RESET);
      }
      if (!last) {
        b.append("  ");
      }
    }
    int end = b.length();
    while (end > start && b.charAt(end - 1) == ' ') {
      end--;
    }
    b.setLength(end);
    b.append('\n');
  }

  /** The text cut to {@code room} characters with "…" when longer, never half a character. */
  public static String cut(String text, int room) {
    if (text.length() <= room) {
      return text;
    }
    int end = room - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  private static void spaces(StringBuilder b, int n) {
    for (int i = 0; i < n; i++) {
      b.append(' ');
    }
  }

  static String costSummary(Report report) {
    String s =
        "Monthly cost as recommended: "
            + Format.usd(report.recommendedTotal())
            + "\nEverything on one platform: "
            + onOne(report, Placement.SERVERLESS)
            + ", "
            + onOne(report, Placement.KUBERNETES)
            + ", "
            + onOne(report, Placement.WASM_EDGE);
    if (report.hasDataTier()) {
      s +=
          "\nData tier, in every amount above: "
              + Format.usd(report.dataTierTotal())
              + " a month ("
              + dataTiers(report)
              + ")";
    }
    if (report.kubernetesTaxTotal() > 0) {
      s +=
          "\nKubernetes hidden tax, not included above: "
              + Format.usd(report.kubernetesTaxTotal())
              + " a month";
    }
    return s;
  }

  /**
   * "wasm-edge $6.76", and when platform limits keep services off the placement, how many: that
   * total is then what the bill would be, not an estate that could run.
   */
  private static String onOne(Report report, Placement p) {
    Savings against = report.savingsAgainst(p);
    String total = p + " " + Format.usd(against.all().doubleValue());
    int forced = against.forced().size();
    int all = report.services().size();
    if (forced == 0) {
      return total;
    }
    if (forced == 1) {
      return total + " (ruled out for " + (all == 1 ? "its only" : "1") + " service by a limit)";
    }
    String which = (forced == all ? "all " : "") + Format.number(forced);
    return total + " (ruled out for " + which + " services by limits)";
  }

  /**
   * Where the services' data stores are priced, in words: "aws-aurora-serverless-v2 for 2 services,
   * 1 store not priced".
   */
  public static String dataTiers(Report report) {
    Map<String, Integer> on = new java.util.TreeMap<>();
    int unpriced = 0;
    for (ServiceAssessment s : report.services()) {
      if (s.dataTier() == null) {
        continue;
      }
      if (s.dataTier().priced()) {
        on.merge(s.dataTier().platform(), 1, Integer::sum);
      } else {
        unpriced++;
      }
    }
    List<String> parts = new ArrayList<>();
    on.forEach((id, n) -> parts.add(id + " for " + n + (n == 1 ? " service" : " services")));
    if (unpriced > 0) {
      parts.add(unpriced + (unpriced == 1 ? " store" : " stores") + " not priced");
    }
    return String.join(", ", parts);
  }

  public static String summary(Report report) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Placement, Integer> e : report.placementCounts().entrySet()) {
      if (e.getValue() > 0) {
        parts.add(e.getValue() + " " + e.getKey().id());
      }
    }
    int n = report.services().size();
    return n
        + (n == 1 ? " service" : " services")
        + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
  }
}
