package dev.placementadvisor.render.formats;

import dev.placementadvisor.render.ComparisonRenderer;
import dev.placementadvisor.render.OutputFormat;
import dev.placementadvisor.render.Renderer;
import dev.placementadvisor.render.ci.GithubRenderer;
import dev.placementadvisor.render.ci.JunitRenderer;
import dev.placementadvisor.render.ci.SarifRenderer;
import dev.placementadvisor.render.json.ComparisonJsonRenderer;
import dev.placementadvisor.render.json.JsonRenderer;
import dev.placementadvisor.render.markdown.ComparisonMarkdownRenderer;
import dev.placementadvisor.render.markdown.MarkdownRenderer;
import dev.placementadvisor.render.table.ComparisonTableRenderer;
import dev.placementadvisor.render.table.TableRenderer;

/** The renderer of each output format: one package per format, chosen here. */
public final class Renderers {
  private Renderers() {}

  /** The renderer of a comparison in {@code format}. */
  public static ComparisonRenderer comparison(OutputFormat format, boolean color) {
    return switch (format) {
      case TABLE -> new ComparisonTableRenderer(color);
      case JSON -> new ComparisonJsonRenderer();
      case MARKDOWN -> new ComparisonMarkdownRenderer();
      case GITHUB -> new GithubRenderer();
      case SARIF -> new SarifRenderer();
      case JUNIT -> new JunitRenderer();
    };
  }

  /**
   * The renderer of a report in {@code format}; {@code color} applies to terminal formats only.
   *
   * @throws IllegalStateException for a comparison-only format (callers check {@link
   *     OutputFormat#comparisonOnly()} first)
   */
  public static Renderer report(OutputFormat format, boolean color) {
    return report(format, color, Integer.MAX_VALUE);
  }

  /** As {@link #report(OutputFormat, boolean)}, with the table's rows cut to {@code width}. */
  public static Renderer report(OutputFormat format, boolean color, int width) {
    return switch (format) {
      case TABLE -> new TableRenderer(color, width);
      case JSON -> new JsonRenderer();
      case MARKDOWN -> new MarkdownRenderer();
      case GITHUB, SARIF, JUNIT ->
          throw new IllegalStateException("--format " + format.id() + " renders comparisons only");
    };
  }
}
