package dev.placementadvisor.importer;

import java.util.List;

/** The formats {@code advisor import} knows, in the order detection tries them. */
public final class ImportFormats {
  /** Deployment files; the first that accepts a file reads it. */
  public static final List<DeploymentFormat> DEPLOYMENT =
      List.of(new KubernetesManifests(), new ComposeFile());

  /** Measured-traffic files; the first that accepts a file reads it. */
  public static final List<TrafficFormat> TRAFFIC = List.of(new CsvTraffic());

  private ImportFormats() {}
}
