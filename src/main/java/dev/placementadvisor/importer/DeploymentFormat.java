package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import java.nio.file.Path;
import java.util.List;

/**
 * A kind of deployment file {@code advisor import} reads: Kubernetes manifests, a SAM or
 * CloudFormation template, a Serverless Framework file, a Terraform plan, a wrangler file, a
 * Compose file. Each is one class, listed in {@link ImportFormats#DEPLOYMENT}.
 */
public interface DeploymentFormat {
  /** Stable id, lower case ({@code kubernetes}, {@code sam}, ...), shown in messages. */
  String id();

  /**
   * Whether the file is of this format, from its name and its text (already read as UTF-8 and
   * within the size limit). Cheap: no full parse.
   */
  boolean accepts(Path file, String text);

  /**
   * The services the file defines, in file order; empty when it defines none.
   *
   * @param file the file as named on the command line (or found under a named directory)
   * @param text its content
   * @throws InputException for a file that cannot be read as this format, naming file, line and
   *     column, never quoting more of the file than the offending token
   */
  List<Draft> read(Path file, String text);
}
