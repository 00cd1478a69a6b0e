package dev.placementadvisor.render;

import dev.placementadvisor.report.Placement;
import dev.placementadvisor.report.Reason;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Renders the report as GitHub-flavoured markdown for design reviews and pull requests. */
public final class MarkdownRenderer implements Renderer {

  @Override
  public void render(Report report, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    String title =
        report.organization().isEmpty()
            ? "Placement report"
            : "Placement report: " + escape(report.organization());
    b.append("# ").append(title).append("\n\n");
    b.append("Inventory: `").append(report.inventory()).append("`\n\n");
    b.append("## Summary\n\n");
    b.append("| placement | services |\n|---|---:|\n");
    for (Map.Entry<Placement, Integer> e : report.placementCounts().entrySet()) {
      b.append("| ").append(e.getKey().id()).append(" | ").append(e.getValue()).append(" |\n");
    }
    b.append("\n## Services\n\n");
    b.append(
        "| service | placement | Kubernetes score | placement score | Wasm candidate | main reasons |\n");
    b.append("|---|---|---:|---:|---|---|\n");
    for (ServiceAssessment s : report.services()) {
      b.append("| ")
          .append(escape(s.name()))
          .append(" | **")
          .append(s.placement().id())
          .append("** | ")
          .append(s.kubernetesScore())
          .append(" | ")
          .append(s.placementScore())
          .append(" | ")
          .append(s.wasmAudit().candidate() ? "yes" : "no")
          .append(" | ")
          .append(escape(String.join(", ", Highlights.of(s))))
          .append(" |\n");
    }
    for (ServiceAssessment s : report.services()) {
      b.append("\n### ").append(escape(s.name())).append(": ").append(s.placement().id());
      b.append("\n\n");
      for (String step : s.decision()) {
        b.append("- ").append(escape(step)).append('\n');
      }
      if (s.hybridSplit() != null) {
        b.append("- split: ").append(escape(s.hybridSplit())).append('\n');
      }
      b.append("\n| factor | points | detail |\n|---|---:|---|\n");
      for (Reason r : s.reasons()) {
        b.append("| ")
            .append(r.factor())
            .append(" | ")
            .append(Highlights.signed(r.points()))
            .append(" | ")
            .append(escape(r.detail()))
            .append(" |\n");
      }
    }
    out.write(b.toString());
  }

  /** Escapes text for a markdown table cell or heading. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '|', '\\', '*', '_', '`', '<', '>', '[', ']', '#' -> b.append('\\').append(c);
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
