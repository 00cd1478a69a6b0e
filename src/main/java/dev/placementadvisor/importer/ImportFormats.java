package dev.placementadvisor.importer;

import java.util.List;

/** The formats {@code advisor import} knows, in the order detection tries them. */
public final class ImportFormats {
  /**
   * Deployment files; the first that accepts a file reads it. Serverless Framework files and
   * Terraform plans come before SAM templates, as either may hold CloudFormation (a {@code
   * resources} section, a stack's template body); Kubernetes manifests and Compose files are told
   * apart by their content.
   */
  public static final List<DeploymentFormat> DEPLOYMENT =
      List.of(
          new KubernetesManifests(),
          new ComposeFile(),
          new ServerlessFramework(),
          new TerraformPlan(),
          new SamTemplate(),
          new Wrangler());

  /** Measured-traffic files; the first that accepts a file reads it. */
  public static final List<TrafficFormat> TRAFFIC =
      List.of(
          new CsvTraffic(), new CloudWatchMetrics(), new PrometheusRange(), new InfracostUsage());

  private ImportFormats() {}
}
