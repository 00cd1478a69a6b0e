package dev.placementadvisor.render;

import java.util.Locale;

/** The output formats of {@code advisor assess}, each with its renderer. */
public enum OutputFormat {
  TABLE,
  JSON,
  MARKDOWN;

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
