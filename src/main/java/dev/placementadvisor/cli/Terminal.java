package dev.placementadvisor.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Gives a command its output writer and whether colour is on (a terminal, no NO_COLOR). */
@picocli.CommandLine.Command
final class Terminal {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  boolean color() {
    return spec.commandLine().getColorScheme().ansi().enabled();
  }
}
