package dev.placementadvisor.cli;

import dev.placementadvisor.input.Text;
import dev.placementadvisor.render.OutputFormat;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --format} and {@code -o} options of every command that prints a report: one pair, the
 * same everywhere. The format is the one given, else the one {@code -o}'s extension names (.json,
 * .md, .sarif, .xml for JUnit, .txt for the table), else the table; {@code -o -} is standard
 * output.
 */
public final class OutputOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description =
          "Output format: table (the default), json or markdown; when comparing with a baseline,"
              + " also github (workflow annotations), sarif (code scanning) or junit (test"
              + " report XML). Without it, -o's extension chooses: .json, .md, .sarif, .xml"
              + " (junit), .txt (table).")
  OutputFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description =
          "Write to this file instead of standard output (- is standard output): a file is"
              + " replaced atomically, a FIFO or device is written to as it is"
              + " (docs/exit-codes.md, Output files).")
  Path output;

  /** The file to write, or null for standard output. */
  Path file() {
    if (output == null || output.toString().equals("-")) {
      return null;
    }
    String name = output.toString();
    for (OutputFormat f : OutputFormat.values()) {
      if (name.equalsIgnoreCase(f.id())) {
        throw new ParameterException(
            spec.commandLine(),
            "-o "
                + Text.printable(name)
                + " would write a file named '"
                + Text.printable(name)
                + "': did you mean --format "
                + f.id()
                + "?");
      }
    }
    return output;
  }

  /**
   * The format: {@code --format}, else the one {@code -o}'s extension names, else table. It must be
   * one of {@code allowed}, or the command refuses it (exit 2).
   */
  OutputFormat format(Set<OutputFormat> allowed) {
    OutputFormat f = format != null ? format : byExtension(file());
    if (!allowed.contains(f)) {
      String how =
          format != null
              ? "--format " + f.id()
              : "-o "
                  + Text.printable(output.toString())
                  + " (a "
                  + f.id()
                  + " file by its extension; give --format to choose another)";
      throw new ParameterException(
          spec.commandLine(),
          how
              + ": "
              + spec.name()
              + " writes "
              + list(allowed)
              + (f.comparisonOnly() && spec.name().equals("assess")
                  ? "; " + f.id() + " needs --baseline BASE.json"
                  : ""));
    }
    return f;
  }

  /** The format {@code -o}'s extension names, or table. */
  static OutputFormat byExtension(Path file) {
    if (file == null || file.getFileName() == null) {
      return OutputFormat.TABLE;
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return switch (dot < 0 ? "" : name.substring(dot + 1)) {
      case "json" -> OutputFormat.JSON;
      case "md", "markdown" -> OutputFormat.MARKDOWN;
      case "sarif" -> OutputFormat.SARIF;
      case "xml" -> OutputFormat.JUNIT;
      default -> OutputFormat.TABLE;
    };
  }

  /** True when the output goes to standard output (so colour may apply). */
  boolean toStandardOutput() {
    return file() == null;
  }

  /** The formats of a report: table, json and markdown. */
  static final Set<OutputFormat> REPORT =
      EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.MARKDOWN);

  private static String list(Set<OutputFormat> formats) {
    return Text.oneOf(formats.stream().map(OutputFormat::id).toList());
  }

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
      return Text.oneOf(
          java.util.Arrays.stream(OutputFormat.values()).map(OutputFormat::id).toList());
    }
  }
}
