package dev.placementadvisor.cli;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.io.StandardOutput;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The {@code advisor} entry point; maps every outcome to one of the documented exit codes. */
public final class Main {
  private Main() {}

  /**
   * picocli's built-in converters of date, time and JDBC types, which no option here takes: left
   * out, picocli does not look them up by reflection at start, loading about 80 classes.
   */
  private static final String UNUSED_CONVERTERS = "java\\.time\\..*,java\\.sql\\..*";

  public static void main(String[] args) {
    Preload.start(args);
    PrintWriter out = new StandardOutput(new FileOutputStream(FileDescriptor.out));
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = execute(out, err, true, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with the given writers and no colour; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return execute(out, err, false, args);
  }

  private static int execute(PrintWriter out, PrintWriter err, boolean console, String... args) {
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
    }
    CommandLine cmd = AdvisorCommand.commandLine(args);
    // A table shown on a terminal fits it; piped or written to a file, it keeps every character.
    ((AdvisorCommand) cmd.getCommand()).width =
        console && System.console() != null
            ? Terminal.width(System.getenv("COLUMNS"))
            : Integer.MAX_VALUE;
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setColorScheme(
        Help.defaultColorScheme(colour(colorMode(args), console, System.getenv("TERM"))));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler(Main::usageError);
    cmd.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> failure(ex, parseResult, err));
    int code;
    try {
      code = cmd.execute(args);
    } catch (Throwable t) {
      // picocli hands only Exceptions to the execution exception handler: an Error thrown by a
      // command (OutOfMemoryError, StackOverflowError) escapes execute(), and would otherwise end
      // the JVM with a stack trace and exit code 1, which means "a gate failed".
      code = failure(t, cmd.getParseResult(), err);
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Whether to colour: {@code --color always} or {@code never} says so; {@code auto} colours a
   * console unless NO_COLOR is set (picocli's AUTO checks that, and that the output is a terminal)
   * or the terminal says it is dumb.
   */
  static Help.Ansi colour(AdvisorCommand.ColorMode mode, boolean console, String term) {
    return switch (mode) {
      case ALWAYS -> Help.Ansi.ON;
      case NEVER -> Help.Ansi.OFF;
      case AUTO -> console && !"dumb".equals(term) ? Help.Ansi.AUTO : Help.Ansi.OFF;
    };
  }

  /**
   * The {@code --color} given, read before parsing (help is coloured, or not, while it is parsed);
   * a value picocli would refuse counts as auto here and is refused by picocli.
   */
  static AdvisorCommand.ColorMode colorMode(String... args) {
    AdvisorCommand.ColorMode mode = AdvisorCommand.ColorMode.AUTO;
    for (int i = 0; i < args.length; i++) {
      String value =
          args[i].startsWith("--color=")
              ? args[i].substring("--color=".length())
              : args[i].equals("--color") && i + 1 < args.length ? args[i + 1] : null;
      for (AdvisorCommand.ColorMode m : AdvisorCommand.ColorMode.values()) {
        if (m.name().equalsIgnoreCase(value)) {
          mode = m;
        }
      }
      if (args[i].equals("--")) {
        break;
      }
    }
    return mode;
  }

  private static int usageError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    // picocli quotes the arguments it refuses: they may hold anything, line breaks included.
    err.println("advisor: " + Text.printable(problem(ex)));
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** The usage problem in words, with the nearest name for a mistyped command or option. */
  private static String problem(ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
      return ex.getMessage();
    }
    CommandLine cl = ex.getCommandLine();
    String word = u.getUnmatched().get(0);
    String what;
    Collection<String> candidates;
    if (word.startsWith("-")) {
      word = word.split("=", 2)[0];
      what = "unknown option '" + word + "'";
      candidates = cl.getCommandSpec().optionsMap().keySet();
    } else if (!cl.getSubcommands().isEmpty()
        && (cl.getParseResult() == null || cl.getParseResult().subcommand() == null)) {
      what = "unknown command '" + word + "'";
      candidates = cl.getSubcommands().keySet();
    } else {
      return ex.getMessage();
    }
    String hint = Text.didYouMean(word, candidates);
    return what + (hint == null ? "" : " (did you mean '" + hint + "'?)");
  }

  private static int failure(Throwable ex, ParseResult parseResult, PrintWriter err) {
    if (ex instanceof InputException input) {
      // Every message is one printable line, whatever a file or a path put into it.
      err.println(Text.printable(input.getMessage()));
      if (verbose(parseResult) && input.getCause() != null) {
        err.println(stackTrace(input.getCause()));
      }
      err.flush();
      return ExitCodes.USAGE;
    }
    if (ex instanceof ParameterException pe) {
      return usageError(pe, new String[0]);
    }
    err.println("advisor: internal error: " + Text.printable(summary(ex)));
    if (verbose(parseResult)) {
      err.println(stackTrace(ex));
    } else {
      err.println("Run again with --verbose for details, and report it as a bug.");
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }

  /** The first line of the problem; an Error is named, as its message alone says little. */
  private static String summary(Throwable t) {
    String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
    if (t instanceof Error) {
      String name = t.getClass().getSimpleName();
      return message.isBlank() ? name : name + ": " + message;
    }
    return message.isBlank() ? t.getClass().getName() : message;
  }

  private static boolean verbose(ParseResult result) {
    for (ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static String stackTrace(Throwable t) {
    StringWriter s = new StringWriter();
    t.printStackTrace(new PrintWriter(s));
    return String.join(
        System.lineSeparator(), s.toString().stripTrailing().lines().map(Text::printable).toList());
  }
}
