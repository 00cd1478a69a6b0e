package dev.placementadvisor.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code advisor} command. Its subcommands are added by {@link #commandLine}: only
 * the one named on the command line when there is one, as building a subcommand's model is the
 * largest part of start-up.
 */
@Command(
    name = "advisor",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description =
        "Recommends wasm-edge, serverless, kubernetes or hybrid placement for every service in an"
            + " inventory, with the reasons.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (and every gate passed)",
      "1:a gate failed",
      "2:bad usage or invalid input",
      "3:internal error"
    })
public final class AdvisorCommand implements Runnable {
  /** The subcommands, in the order the help lists them. */
  private static final List<Map.Entry<String, Supplier<Object>>> SUBCOMMANDS =
      List.of(
          Map.entry("assess", AssessCommand::new),
          Map.entry("validate", ValidateCommand::new),
          Map.entry("explain", ExplainCommand::new),
          Map.entry("import", ImportCommand::new),
          Map.entry("diff", DiffCommand::new),
          Map.entry("crossover", CrossoverCommand::new),
          Map.entry("pricing", PricingCommand::new),
          Map.entry("platforms", PlatformsCommand::new),
          Map.entry("factors", FactorsCommand::new),
          Map.entry("completion", CompletionCommand::new),
          Map.entry("help", CommandLine.HelpCommand::new));

  @Spec CommandSpec spec;

  /** The width the terminal table fits, set by {@link Main} (see {@link Terminal#width()}). */
  int width = Integer.MAX_VALUE;

  /**
   * The command line for {@code args}: with every subcommand, or, when the first argument that is
   * not an option names one, with that one only, or with none for the version alone. Parsing, help
   * and errors are the same either way.
   */
  static CommandLine commandLine(String... args) {
    String named = null;
    for (String a : args) {
      if (!a.startsWith("-")) {
        named = a;
        break;
      }
    }
    boolean known = false;
    for (Map.Entry<String, Supplier<Object>> e : SUBCOMMANDS) {
      known |= e.getKey().equals(named);
    }
    // help and completion describe the other commands, and a mistyped name is compared with all.
    known &= !"help".equals(named) && !"completion".equals(named);
    // The version alone needs no subcommand (CI logs it on every run).
    boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    CommandLine cmd = new CommandLine(new AdvisorCommand());
    for (Map.Entry<String, Supplier<Object>> e : SUBCOMMANDS) {
      if (!versionOnly && (!known || e.getKey().equals(named))) {
        cmd.addSubcommand(e.getKey(), e.getValue().get());
      }
    }
    return cmd;
  }

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print details of internal errors (stack traces).")
  boolean verbose;

  /** When to colour the output. */
  enum ColorMode {
    AUTO,
    ALWAYS,
    NEVER
  }

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      scope = ScopeType.INHERIT,
      defaultValue = "auto",
      description =
          "Colour the terminal output: auto (the default: on a terminal, unless NO_COLOR is set"
              + " or TERM is dumb), always or never.")
  ColorMode color;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description =
          "Print nothing but errors and failed gates (a report named with -o is still written).")
  boolean quiet;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command (try 'advisor --help')");
  }
}
