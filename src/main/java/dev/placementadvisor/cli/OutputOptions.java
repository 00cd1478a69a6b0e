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
      description =
          "Output format: table (default), json or markdown; when comparing with a baseline,"
              + " also github (workflow annotations), sarif (code scanning) or junit (test"
              + " report XML).")
  OutputFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description =
          "Write to this file instead of standard output: a file is replaced atomically, a FIFO"
              + " or device is written to as it is (docs/exit-codes.md, Output files).")
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
          "unknown format '" + value + "' (expected " + expected() + ")");
    }

    /** "table, json, markdown, github, sarif or junit", from the enum so it cannot drift. */
    static String expected() {
      OutputFormat[] all = OutputFormat.values();
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < all.length; i++) {
        if (i > 0) {
          b.append(i == all.length - 1 ? " or " : ", ");
        }
        b.append(all[i].id());
      }
      return b.toString();
    }
  }
}
