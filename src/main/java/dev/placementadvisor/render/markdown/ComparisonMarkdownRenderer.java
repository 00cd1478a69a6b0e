package dev.placementadvisor.render.markdown;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.GateResult;
import dev.placementadvisor.compare.ServiceChange;
import dev.placementadvisor.input.Format;
import dev.placementadvisor.render.ComparisonRenderer;
import dev.placementadvisor.render.ComparisonText;
import dev.placementadvisor.render.Markdown;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Renders a comparison as a pull-request comment (GitHub-flavoured markdown). */
public final class ComparisonMarkdownRenderer implements ComparisonRenderer {
  private static final int MAX_ROWS = 50;

  @Override
  public void render(Comparison c, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    String status = c.gates().isEmpty() ? "" : c.passed() ? " — gates passed" : " — gates failed";
    b.append("## Placement Advisor: monthly cost ")
        .append(ComparisonText.delta(c))
        .append(status)
        .append("\n\n");
    b.append("**")
        .append(Format.usd(c.totalBefore()))
        .append(" → ")
        .append(Format.usd(c.totalAfter()))
        .append("** a month, compared with ")
        .append(Markdown.code(c.baseline().source()))
        .append(" (inventory ")
        .append(Markdown.code(c.current().inventory()))
        .append(").\n\n");
    List<ServiceChange> changed = c.changed();
    changes(b, changed);
    placementChanges(b, changed);
    if (!c.gates().isEmpty()) {
      gates(b, c.gates());
    }
    b.append("\n**Result:** ").append(ComparisonText.verdict(c)).append(".\n");
    out.write(b.toString());
  }

  /** The table of changed services, the first {@link #MAX_ROWS}, and how many more there are. */
  private static void changes(StringBuilder b, List<ServiceChange> changed) {
    if (changed.isEmpty()) {
      b.append("No service changed.\n");
      return;
    }
    b.append("| service | change | placement | before | after | delta |\n");
    b.append("|---|---|---|---:|---:|---:|\n");
    for (ServiceChange s : changed.subList(0, Math.min(MAX_ROWS, changed.size()))) {
      b.append("| ")
          .append(MarkdownRenderer.escape(s.name()))
          .append(" | ")
          .append(ComparisonText.kind(s))
          .append(" | ")
          .append(MarkdownRenderer.escape(ComparisonText.placement(s)))
          .append(" | ")
          .append(ComparisonText.before(s))
          .append(" | ")
          .append(ComparisonText.after(s))
          .append(" | ")
          .append(ComparisonText.delta(s))
          .append(" |\n");
    }
    if (changed.size() > MAX_ROWS) {
      b.append("\n… and ")
          .append(changed.size() - MAX_ROWS)
          .append(" more changed services not shown.\n");
    }
  }

  /** The services whose placement changed, from what to what; nothing when none did. */
  private static void placementChanges(StringBuilder b, List<ServiceChange> changed) {
    List<ServiceChange> moved = changed.stream().filter(ServiceChange::placementChanged).toList();
    if (moved.isEmpty()) {
      return;
    }
    b.append("\n### Placement changes\n\n");
    for (ServiceChange s : moved.subList(0, Math.min(MAX_ROWS, moved.size()))) {
      b.append("- ")
          .append(Markdown.code(s.name()))
          .append(": ")
          .append(MarkdownRenderer.escape(s.placementBefore()))
          .append(" → ")
          .append(MarkdownRenderer.escape(s.placementAfter()))
          .append('\n');
    }
    if (moved.size() > MAX_ROWS) {
      b.append("- … and ").append(moved.size() - MAX_ROWS).append(" more\n");
    }
  }

  /** The table of gates: each one's limit, whether it passed and why. */
  private static void gates(StringBuilder b, List<GateResult> gates) {
    b.append("\n### Gates\n\n| gate | limit | result | detail |\n|---|---|---|---|\n");
    for (GateResult g : gates) {
      b.append("| ")
          .append(g.id())
          .append(" | ")
          .append(MarkdownRenderer.escape(g.limit()))
          .append(" | ")
          .append(g.passed() ? "passed" : "**failed**")
          .append(" | ")
          .append(MarkdownRenderer.escape(g.message()))
          .append(" |\n");
    }
  }
}
