package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import java.nio.file.Path;
import java.util.List;

/**
 * A kind of measured-traffic file {@code advisor import --traffic} reads: a CSV, CloudWatch metric
 * data, a Prometheus range query, an Infracost usage file. Each is one class, listed in {@link
 * ImportFormats#TRAFFIC}.
 */
public interface TrafficFormat {
  /** Stable id, lower case ({@code csv}, {@code cloudwatch}, ...), shown in messages. */
  String id();

  /** Whether the file is of this format, from its name and its text. Cheap: no full parse. */
  boolean accepts(Path file, String text);

  /**
   * The measured services, in file order.
   *
   * @throws InputException for a file that cannot be read as this format, naming file, line and
   *     column
   */
  List<Measured> read(Path file, String text);
}
