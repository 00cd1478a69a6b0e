package dev.placementadvisor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code advisor} command. */
@Command(
    name = "advisor",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description =
        "Recommends wasm-edge, serverless, kubernetes or hybrid placement for every service in an"
            + " inventory, with the reasons.",
    subcommands = {
      AssessCommand.class,
      ValidateCommand.class,
      ExplainCommand.class,
      DiffCommand.class,
      CrossoverCommand.class,
      PricingCommand.class,
      FactorsCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (and every gate passed)",
      "1:a gate failed",
      "2:bad usage or invalid input",
      "3:internal error"
    })
public final class AdvisorCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print details of internal errors (stack traces).")
  boolean verbose;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command (try 'advisor --help')");
  }
}
