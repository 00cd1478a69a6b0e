package dev.placementadvisor.render;

import java.util.Locale;

/**
 * The output formats of {@code advisor assess} and {@code advisor diff}; their renderers are {@link
 * dev.placementadvisor.render.formats.Renderers}'s. github, sarif and junit render comparisons
 * only.
 */
public enum OutputFormat {
  TABLE,
  JSON,
  MARKDOWN,
  GITHUB,
  SARIF,
  JUNIT;

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

  /** The name used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id();
  }
}
