package dev.placementadvisor.render.registry;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.render.OutputFormat;
import dev.placementadvisor.render.json.JsonRenderer;
import dev.placementadvisor.result.Bands;
import dev.placementadvisor.result.FactorEntry;
import dev.placementadvisor.result.FactorGroup;
import dev.placementadvisor.result.Weight;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Renders the factor registry with the weights in force ({@code advisor factors}), as text,
 * markdown tables (as in docs/scoring.md) or JSON.
 */
public final class FactorsRenderer {
  /** The formats it writes. */
  public static final java.util.Set<OutputFormat> FORMATS =
      java.util.EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.MARKDOWN);

  private static final com.fasterxml.jackson.core.JsonFactory JSON =
      com.fasterxml.jackson.core.JsonFactory.builder()
          .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  /** The factors, each with its weight in force, then the score bands in force. */
  public void render(List<FactorEntry> factors, Bands bands, OutputFormat format, Writer out)
      throws IOException {
    if (format == OutputFormat.JSON) {
      json(factors, bands, out);
    } else {
      text(factors, bands, format == OutputFormat.MARKDOWN, out);
    }
    out.flush();
  }

  /** The title of a group, as both text and markdown give it. */
  private static String title(FactorGroup group) {
    return switch (group) {
      case KUBERNETES_SCORE -> "Kubernetes score (kubernetesScore)";
      case ADJUSTMENT -> "Placement adjustments (added to give placementScore)";
      case WASM_AUDIT -> "Wasm audit (no points)";
      case LIMIT -> "Platform limits (no points; rule placements out)";
    };
  }

  private static void json(List<FactorEntry> factors, Bands bands, Writer out) throws IOException {
    try (com.fasterxml.jackson.core.JsonGenerator g = JSON.createGenerator(out)) {
      g.setPrettyPrinter(JsonRenderer.prettyPrinter());
      g.writeStartObject();
      g.writeNumberField("schemaVersion", 1);
      g.writeArrayFieldStart("factors");
      for (FactorEntry f : factors) {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeStringField(
            "group", f.group().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (f.group().weighted()) {
          Weight w = f.weight();
          if (w instanceof Weight.Points p) {
            g.writeNumberField("points", p.points());
          } else {
            g.writeObjectFieldStart("points");
            for (Map.Entry<String, Integer> e : ((Weight.Table) w).points().entrySet()) {
              g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
          }
        }
        if (f.group() == FactorGroup.LIMIT) {
          g.writeArrayFieldStart("rulesOut");
          for (Placement p : Placement.values()) {
            if (f.excludes().contains(p)) {
              g.writeString(p.id());
            }
          }
          g.writeEndArray();
        }
        g.writeStringField("checks", f.summary());
        g.writeStringField("source", f.source());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("bands");
      g.writeNumberField("hybrid", bands.hybridFrom());
      g.writeNumberField("kubernetes", bands.kubernetesFrom());
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void text(List<FactorEntry> factors, Bands bands, boolean markdown, Writer out)
      throws IOException {
    StringBuilder b = new StringBuilder();
    for (FactorGroup group : FactorGroup.values()) {
      String title = title(group);
      b.append(markdown ? "#### " : "").append(title).append("\n\n");
      if (markdown) {
        b.append(
            group.weighted()
                ? "| ID | weight | checks | source |\n|---|---|---|---|\n"
                : group == FactorGroup.LIMIT
                    ? "| ID | rules out | checks | source |\n|---|---|---|---|\n"
                    : "| ID | checks | source |\n|---|---|---|\n");
      }
      for (FactorEntry f : factors) {
        if (f.group() != group) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        cells.add(markdown ? "`" + f.id() + "`" : f.id());
        if (group.weighted()) {
          cells.add(weight(f.weight()));
        } else if (group == FactorGroup.LIMIT) {
          cells.add(
              String.join(
                  ", ",
                  Arrays.stream(Placement.values())
                      .filter(f.excludes()::contains)
                      .map(Placement::id)
                      .toList()));
        }
        cells.add(f.summary());
        cells.add(f.source());
        if (markdown) {
          b.append("| ")
              .append(String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()))
              .append(" |\n");
        } else {
          StringBuilder line = new StringBuilder("  ").append(String.format("%-24s", cells.get(0)));
          for (int i = 1; i < cells.size() - 1; i++) {
            line.append(cells.get(i)).append("  ");
          }
          b.append(line.toString().stripTrailing()).append('\n');
        }
      }
      b.append('\n');
    }
    String line =
        "Bands: placement score below "
            + bands.hybridFrom()
            + " serverless, "
            + bands.hybridFrom()
            + " to "
            + (bands.kubernetesFrom() - 1)
            + " hybrid, "
            + bands.kubernetesFrom()
            + " and above kubernetes.\n";
    b.append(line);
    out.write(b.toString());
  }

  private static String weight(Weight w) {
    if (w instanceof Weight.Points p) {
      return Format.signed(p.points());
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Integer> e : ((Weight.Table) w).points().entrySet()) {
      parts.add(e.getKey() + ": " + Format.signed(e.getValue()));
    }
    return String.join(", ", parts);
  }
}
