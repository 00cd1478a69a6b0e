package dev.placementadvisor.render;

import java.util.Locale;

/**
 * The output formats of {@code advisor assess} and {@code advisor diff}, each with its renderer
 * for a report and, when comparing with a baseline, for a comparison.
 */
public enum OutputFormat {
  TABLE,
  JSON,
  MARKDOWN;

  /** The renderer of a comparison in this format. */
  public ComparisonRenderer comparisonRenderer(boolean color) {
    return switch (this) {
      case TABLE -> new ComparisonTableRenderer(color);
      case JSON -> new ComparisonJsonRenderer();
      case MARKDOWN -> new ComparisonMarkdownRenderer();
    };
  }

  /** True when the format needs a baseline (it only renders comparisons). */
  public boolean comparisonOnly() {
    return false;
  }

  /** The renderer of this format; {@code color} applies to terminal formats only. */
  public Renderer renderer(boolean color) {
    return switch (this) {
      case TABLE -> new TableRenderer(color);
      case JSON -> new JsonRenderer();
      case MARKDOWN -> new MarkdownRenderer();
    };
  }

  /** The name used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id();
  }
}
