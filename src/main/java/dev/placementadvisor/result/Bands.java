package dev.placementadvisor.result;

import dev.placementadvisor.inventory.Placement;

/**
 * Score bands: below {@code hybridFrom} serverless, from {@code hybridFrom} hybrid, from {@code
 * kubernetesFrom} kubernetes.
 */
public record Bands(int hybridFrom, int kubernetesFrom) {

  /** The placement a score falls into. */
  public Placement of(int score) {
    if (score >= kubernetesFrom) {
      return Placement.KUBERNETES;
    }
    return score >= hybridFrom ? Placement.HYBRID : Placement.SERVERLESS;
  }

  /** The band's range in words, such as "9–15". */
  public String range(Placement band) {
    return switch (band) {
      case KUBERNETES -> kubernetesFrom + "+";
      case HYBRID -> hybridFrom + "–" + (kubernetesFrom - 1);
      default -> "up to " + (hybridFrom - 1);
    };
  }
}
