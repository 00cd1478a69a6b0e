package dev.placementadvisor.cli;

import java.io.File;
import java.io.IOException;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the man pages' AsciiDoc sources from the command model: {@code advisor.adoc} and one page
 * per subcommand ({@code advisor-assess.adoc}, ...), with every option and its description as the
 * help shows them. The {@code man} profile of pom.xml runs it at {@code package} and turns the
 * sources into roff ({@code target/man/advisor.1}, ...); see docs/ci.md.
 *
 * <p>It lives with the tests because it needs the whole command model, which only this package
 * builds ({@link AdvisorCommand#commandLine}), and must not ship in the jar.
 */
public final class ManPages {
  private ManPages() {}

  /** Writes the pages into {@code dir}. */
  public static void write(File dir) throws IOException {
    if (!dir.isDirectory() && !dir.mkdirs()) {
      throw new IOException("cannot create " + dir);
    }
    int status =
        ManPageGenerator.generateManPage(
            dir, null, new boolean[0], true, AdvisorCommand.commandLine().getCommandSpec());
    if (status != 0) {
      throw new IOException("the man page generator exited with " + status);
    }
  }

  /** {@code ManPages OUTPUT_DIRECTORY} */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ManPages OUTPUT_DIRECTORY");
    }
    write(new File(args[0]));
  }
}
