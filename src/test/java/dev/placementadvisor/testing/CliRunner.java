package dev.placementadvisor.testing;

import dev.placementadvisor.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in-process with captured standard output and error. */
public final class CliRunner {
  private CliRunner() {}

  /** What one run of {@code advisor} produced. */
  public record Result(int code, String out, String err) {}

  /** Runs {@code advisor args...} and returns its exit code and output. */
  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }
}
