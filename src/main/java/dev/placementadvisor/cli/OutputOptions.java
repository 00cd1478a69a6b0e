package dev.placementadvisor.cli;

import dev.placementadvisor.render.OutputFormat;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --format} and {@code -o} options of commands that print a report. */
public final class OutputOptions {
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = FormatConverter.class,
      description = "Output format: table (default), json or markdown.")
  OutputFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write to this file (atomically) instead of standard output.")
  Path output;

  /** Accepts format names in any case. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat f : OutputFormat.values()) {
        if (f.id().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "unknown format '" + value + "' (expected table, json or markdown)");
    }
  }
}
