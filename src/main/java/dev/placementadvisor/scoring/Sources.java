package dev.placementadvisor.scoring;

/** Citations for the factors: the articles and provider pages each one comes from. */
public final class Sources {
  private Sources() {}

  public static final String SCORE_FUNCTION =
      "\"Kubernetes vs Serverless in 2026\" (Pockit), Factor 3: should_use_kubernetes()";
  public static final String TEAM_SIZE =
      "\"Kubernetes vs Serverless in 2026\" (Pockit), Factor 1: team size and skills";
  public static final String TRAFFIC =
      "\"Kubernetes vs Serverless in 2026\" (Pockit), Factor 2: traffic patterns";
  public static final String PLATFORM_TEAM =
      "\"Kubernetes vs Serverless: When to Use What in 2026\" (N. Laquis): 2+ DevOps/SRE engineers"
          + " cover Kubernetes operations";
  public static final String COMPLIANCE =
      "\"Kubernetes vs Serverless: When to Use What in 2026\" (N. Laquis): HIPAA, SOC 2, PCI,"
          + " FedRAMP; \"Kubernetes vs Serverless in 2026\" (Pockit), checklist question 9";
  public static final String WASM_AUDIT =
      "\"The Debate That Needed a Third Variable\": audit for Wasm suitability (stateless,"
          + " compute-bound, cold-start sensitive)";
  public static final String WASM_RUNTIME =
      "\"The Fall of Kubernetes: Why Serverless 2.0 and WebAssembly Rule 2026\": the Rust factor;"
          + " \"The Debate That Needed a Third Variable\": Rust or Go compiled to Wasm";
  public static final String LAMBDA_QUOTAS =
      "AWS Lambda quotas: 900 s timeout, 10,240 MB memory"
          + " (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html)";
  public static final String EDGE_LIMITS =
      "Cloudflare Workers limits: 128 MB per isolate, up to 5 min CPU per request"
          + " (https://developers.cloudflare.com/workers/platform/limits/)";
  public static final String STATE =
      "\"Kubernetes vs Serverless: When to Use What in 2026\" (N. Laquis): serverless is designed"
          + " for stateless compute";
  public static final String GPU =
      "\"Kubernetes vs Serverless in 2026\" (Pockit), platform comparison: GPU support";
  public static final String CONNECTIONS =
      "\"Kubernetes vs Serverless in 2026\" (Pockit), checklist question 4: persistent"
          + " connections";
  public static final String COST =
      "\"Kubernetes vs Serverless in 2026\" (Pockit), Factor 4: cost crossover analysis; the"
          + " monthly costs of docs/cost-model.md";
  public static final String ON_PREMISES =
      "\"The Debate That Needed a Third Variable\": EKS Hybrid Nodes for on-premises";
  public static final String PLATFORMS =
      "The registry of platforms and their limits (docs/platforms.md); organization.platforms and"
          + " a service's platforms (docs/inventory.md)";
}
