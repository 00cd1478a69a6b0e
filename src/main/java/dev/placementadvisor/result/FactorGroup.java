package dev.placementadvisor.result;

/** What a scoring factor feeds. */
public enum FactorGroup {
  /** The seed's Kubernetes score function: sums into {@code kubernetesScore}. */
  KUBERNETES_SCORE("Kubernetes score"),
  /** Adjustments added to the Kubernetes score to give the placement score. */
  ADJUSTMENT("placement adjustment"),
  /** The Wasm suitability audit: no points, decides wasm-edge eligibility. */
  WASM_AUDIT("Wasm audit"),
  /** Hard platform limits: no points, remove placements whatever the score. */
  LIMIT("platform limit");

  private final String label;

  FactorGroup(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** True for groups whose points count. */
  public boolean weighted() {
    return this == KUBERNETES_SCORE || this == ADJUSTMENT;
  }
}
