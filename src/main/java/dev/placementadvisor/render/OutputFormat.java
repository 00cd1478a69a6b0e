package dev.placementadvisor.render;

import java.util.Locale;

/**
 * The output formats of {@code advisor assess} and {@code advisor diff}, each with its renderer for
 * a report and, when comparing with a baseline, for a comparison. github, sarif and junit render
 * comparisons only.
 */
public enum OutputFormat {
  TABLE,
  JSON,
  MARKDOWN,
  GITHUB,
  SARIF,
  JUNIT;

  /** The renderer of a comparison in this format. */
  public ComparisonRenderer comparisonRenderer(boolean color) {
    return switch (this) {
      case TABLE -> new ComparisonTableRenderer(color);
      case JSON -> new ComparisonJsonRenderer();
      case MARKDOWN -> new ComparisonMarkdownRenderer();
      case GITHUB -> new GithubRenderer();
      case SARIF -> new SarifRenderer();
      case JUNIT -> new JunitRenderer();
    };
  }

  /** True when the format needs a baseline (it only renders comparisons). */
  public boolean comparisonOnly() {
    return switch (this) {
      case TABLE, JSON, MARKDOWN -> false;
      case GITHUB, SARIF, JUNIT -> true;
    };
  }

  /**
   * True when a report in this format shows each service's analysis: its flip points, its
   * crossover, every platform's lines and the cheaper doors (the table shows none of them).
   */
  public boolean detailed() {
    return this == JSON || this == MARKDOWN;
  }

  /**
   * The renderer of this format; {@code color} applies to terminal formats only.
   *
   * @throws IllegalStateException for a comparison-only format (callers check {@link
   *     #comparisonOnly()} first)
   */
  public Renderer renderer(boolean color) {
    return renderer(color, Integer.MAX_VALUE);
  }

  /** As {@link #renderer(boolean)}, with the table's rows cut to {@code width} characters. */
  public Renderer renderer(boolean color, int width) {
    return switch (this) {
      case TABLE -> new TableRenderer(color, width);
      case JSON -> new JsonRenderer();
      case MARKDOWN -> new MarkdownRenderer();
      case GITHUB, SARIF, JUNIT ->
          throw new IllegalStateException("--format " + id() + " renders comparisons only");
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
