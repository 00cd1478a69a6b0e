package dev.placementadvisor.render;

import dev.placementadvisor.report.Placement;
import dev.placementadvisor.scoring.Factor;
import dev.placementadvisor.scoring.Factors;
import dev.placementadvisor.scoring.Weight;
import dev.placementadvisor.scoring.Weights;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Renders the factor registry with the weights in force, as text or markdown tables. */
public final class FactorsRenderer {
  private final boolean markdown;

  public FactorsRenderer(boolean markdown) {
    this.markdown = markdown;
  }

  public void render(Weights weights, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    for (Factor.Group group : Factor.Group.values()) {
      String title = switch (group) {
        case KUBERNETES_SCORE -> "Kubernetes score (kubernetesScore)";
        case ADJUSTMENT -> "Placement adjustments (added to give placementScore)";
        case WASM_AUDIT -> "Wasm audit (no points)";
        case LIMIT -> "Platform limits (no points; rule placements out)";
      };
      b.append(markdown ? "#### " : "").append(title).append("\n\n");
      if (markdown) {
        b.append(group.weighted() ? "| ID | weight | checks | source |\n|---|---|---|---|\n"
            : group == Factor.Group.LIMIT ? "| ID | rules out | checks | source |\n|---|---|---|---|\n"
            : "| ID | checks | source |\n|---|---|---|\n");
      }
      for (Factor f : Factors.all()) {
        if (f.group() != group) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        cells.add(markdown ? "`" + f.id() + "`" : f.id());
        if (group.weighted()) {
          cells.add(weight(weights.weight(f.id())));
        } else if (group == Factor.Group.LIMIT) {
          cells.add(String.join(", ", Arrays.stream(Placement.values())
              .filter(f.excludes()::contains).map(Placement::id).toList()));
        }
        cells.add(f.summary());
        cells.add(f.source());
        if (markdown) {
          b.append("| ").append(String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()))
              .append(" |\n");
        } else {
          b.append("  ").append(String.format("%-24s", cells.get(0)));
          for (int i = 1; i < cells.size() - 1; i++) {
            b.append(cells.get(i)).append("  ");
          }
          b.append('\n');
        }
      }
      b.append('\n');
    }
    String bands = "Bands: placement score below " + weights.bands().hybridFrom() + " serverless, "
        + weights.bands().hybridFrom() + " to " + (weights.bands().kubernetesFrom() - 1) + " hybrid, "
        + weights.bands().kubernetesFrom() + " and above kubernetes.\n";
    b.append(bands);
    out.write(b.toString());
  }

  private static String weight(Weight w) {
    if (w instanceof Weight.Points p) {
      return Highlights.signed(p.points());
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Integer> e : ((Weight.Table) w).points().entrySet()) {
      parts.add(e.getKey() + ": " + Highlights.signed(e.getValue()));
    }
    return String.join(", ", parts);
  }
}
