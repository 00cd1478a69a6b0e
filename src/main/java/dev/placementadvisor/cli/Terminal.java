package dev.placementadvisor.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Gives a command its output writers, whether colour is on (see {@link Main#colour}) and whether it
 * must be quiet.
 */
@picocli.CommandLine.Command
final class Terminal {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** Standard output, or nowhere with {@code --quiet}. */
  PrintWriter out() {
    return quiet() ? NOWHERE : spec.commandLine().getOut();
  }

  private static final PrintWriter NOWHERE = new PrintWriter(java.io.Writer.nullWriter());

  /** True when {@code --quiet} was given, before or after the command's name. */
  boolean quiet() {
    for (picocli.CommandLine.ParseResult r = spec.root().commandLine().getParseResult();
        r != null;
        r = r.subcommand()) {
      if (r.hasMatchedOption("--quiet")) {
        return true;
      }
    }
    return false;
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * How wide the table may be: on a terminal, {@code COLUMNS} when the shell exports it (20 to
   * 1,000), else 100; otherwise (a pipe, a file) unlimited.
   */
  int width() {
    return ((AdvisorCommand) spec.root().userObject()).width;
  }

  static int width(String columns) {
    try {
      int w = columns == null ? 0 : Integer.parseInt(columns.strip());
      return w >= 20 && w <= 1000 ? w : DEFAULT_WIDTH;
    } catch (NumberFormatException e) {
      return DEFAULT_WIDTH;
    }
  }

  /** The width of a terminal that does not say. */
  static final int DEFAULT_WIDTH = 100;

  boolean color() {
    return spec.commandLine().getColorScheme().ansi().enabled();
  }
}
