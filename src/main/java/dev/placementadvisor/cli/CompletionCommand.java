package dev.placementadvisor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;

/**
 * {@code advisor completion bash|zsh|fish}: prints a shell completion script, made from the same
 * command model as the help, so it cannot drift from the options.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a shell completion script for advisor.",
      "bash: source <(advisor completion bash)   (or save it under"
          + " /etc/bash_completion.d/advisor)",
      "zsh:  source <(advisor completion zsh)",
      "fish: advisor completion fish > ~/.config/fish/completions/advisor.fish"
    })
final class CompletionCommand implements Callable<Integer> {
  /** The shells a script is made for. */
  enum Shell {
    BASH,
    ZSH,
    FISH
  }

  @Parameters(index = "0", paramLabel = "SHELL", description = "bash, zsh or fish.")
  Shell shell;

  @Mixin Terminal terminal;

  @Override
  public Integer call() {
    CommandLine root = terminal.spec.root().commandLine();
    PrintWriter out = terminal.out();
    // picocli's script is for bash, and runs in zsh through bashcompinit, which it loads itself.
    out.print(
        shell == Shell.FISH ? fish(root.getCommandSpec()) : AutoComplete.bash("advisor", root));
    out.flush();
    return ExitCodes.OK;
  }

  /** A fish script: the subcommands, then each one's options with their values where fixed. */
  static String fish(CommandSpec root) {
    StringBuilder b =
        new StringBuilder("# fish completion for advisor (advisor completion fish)\n");
    b.append("complete -c advisor -f\n");
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, CommandLine> e : root.subcommands().entrySet()) {
      if (!e.getKey().equals(e.getValue().getCommandName())) {
        continue; // an alias
      }
      names.add(e.getKey());
    }
    for (String name : names) {
      b.append("complete -c advisor -n __fish_use_subcommand -a ")
          .append(name)
          .append(" -d ")
          .append(quote(first(root.subcommands().get(name).getCommandSpec())))
          .append('\n');
    }
    options(b, root, "__fish_use_subcommand");
    for (String name : names) {
      options(
          b,
          root.subcommands().get(name).getCommandSpec(),
          "'__fish_seen_subcommand_from " + name + "'");
    }
    return b.toString();
  }

  private static void options(StringBuilder b, CommandSpec spec, String condition) {
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      b.append("complete -c advisor -n ").append(condition);
      for (String n : o.names()) {
        b.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
      }
      if (o.arity().max() > 0) {
        Iterable<String> candidates = o.completionCandidates();
        if (candidates != null && candidates.iterator().hasNext()) {
          b.append(" -xa ").append(quote(String.join(" ", candidates)));
        } else {
          b.append(" -r");
        }
      }
      String[] description = o.description();
      if (description.length > 0) {
        b.append(" -d ").append(quote(summary(description[0])));
      }
      b.append('\n');
    }
  }

  private static String first(CommandSpec spec) {
    String[] d = spec.usageMessage().description();
    return d.length == 0 ? "" : summary(d[0]);
  }

  /** The first sentence, without picocli's %-escapes. */
  private static String summary(String text) {
    String t = text.replace("%%", "%").replace("%n", " ");
    int stop = t.indexOf(". ");
    return stop < 0 ? t : t.substring(0, stop + 1);
  }

  private static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
