package dev.placementadvisor.render;

import dev.placementadvisor.report.Format;
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
    b.append("\n| monthly cost | USD |\n|---|---:|\n");
    b.append("| as recommended | ").append(Format.usd(report.recommendedTotal())).append(" |\n");
    b.append("| everything on serverless | ").append(Format.usd(report.platformTotal(Placement.SERVERLESS))).append(" |\n");
    b.append("| everything on kubernetes | ").append(Format.usd(report.platformTotal(Placement.KUBERNETES))).append(" |\n");
    b.append("| everything on wasm-edge | ").append(Format.usd(report.platformTotal(Placement.WASM_EDGE))).append(" |\n");
    b.append("| Kubernetes hidden tax (organization, not included above) | ")
        .append(Format.usd(report.kubernetesTaxTotal())).append(" |\n");
    b.append("\nPrices: ").append(escape(report.pricing().catalog())).append(", effective ")
        .append(report.pricing().effectiveDate()).append(", ").append(report.pricing().region())
        .append(report.pricing().freeTier() ? ", free tier applied" : "").append(".\n");
    b.append("\n## Services\n\n");
    b.append(
        "| service | placement | Kubernetes score | placement score | Wasm candidate | serverless | kubernetes | wasm-edge | crossover (requests/month) | main reasons |\n");
    b.append("|---|---|---:|---:|---|---:|---:|---:|---:|---|\n");
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
          .append(Format.usd(s.costs().serverless()))
          .append(" | ")
          .append(Format.usd(s.costs().kubernetes()))
          .append(" | ")
          .append(Format.usd(s.costs().edge()))
          .append(" | ")
          .append(s.costs().crossoverRequests() == null ? "none" : Format.number(s.costs().crossoverRequests()))
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
      b.append("\nFlip points:\n\n");
      for (String line : FlipText.lines(s.sensitivity())) {
        b.append("- ").append(escape(line)).append('\n');
      }
      String growth = FlipText.growth(s.sensitivity());
      if (growth != null) {
        b.append("\nGrowth: ").append(escape(growth)).append(".\n");
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
