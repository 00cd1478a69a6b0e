package dev.placementadvisor.cost;

import dev.placementadvisor.report.Placement;
import java.util.List;

/**
 * The registry of platforms: every platform the cost model prices, with its stable id (used in
 * the JSON report and on the command line), its placement class and its source. docs/platforms.md
 * is generated from this list (a test compares them).
 */
public final class Platforms {
  private Platforms() {}

  /**
   * One platform's description.
   *
   * @param id stable id: provider, then product ({@code aws-lambda})
   * @param placement the placement class it belongs to
   * @param summary one line on what is priced
   * @param source where the pricing model comes from
   */
  public record Info(
      String id, String name, Placement placement, String provider, String summary,
      String source) {}

  /** AWS Lambda, with API Gateway, CloudWatch Logs and a NAT gateway as the service needs. */
  public static final Info AWS_LAMBDA =
      new Info(
          "aws-lambda",
          "AWS Lambda",
          Placement.SERVERLESS,
          "aws",
          "requests and GB-seconds (tiered, free tier optional), API Gateway REST or HTTP,"
              + " CloudWatch Logs ingestion, a NAT gateway for VPC egress",
          "https://aws.amazon.com/lambda/pricing/");

  /** Amazon EKS with managed node groups. */
  public static final Info AWS_EKS =
      new Info(
          "aws-eks",
          "Amazon EKS (node groups)",
          Placement.KUBERNETES,
          "aws",
          "EC2 nodes sized from CPU and memory at a target utilisation (GPU nodes for GPU"
              + " services), the control plane, an application load balancer and its capacity"
              + " units",
          "https://aws.amazon.com/eks/pricing/");

  /** Cloudflare Workers on the Paid plan. */
  public static final Info CLOUDFLARE_WORKERS =
      new Info(
          "cloudflare-workers",
          "Cloudflare Workers (Paid)",
          Placement.WASM_EDGE,
          "cloudflare",
          "the plan's monthly base fee, requests and CPU time beyond the included allowances",
          "https://developers.cloudflare.com/workers/platform/pricing/");

  /** Every registered platform, in the order reports list them. */
  public static final List<Info> ALL = List.of(AWS_LAMBDA, AWS_EKS, CLOUDFLARE_WORKERS);

  /** The platform with this id, or null. */
  public static Info byId(String id) {
    for (Info i : ALL) {
      if (i.id().equals(id)) {
        return i;
      }
    }
    return null;
  }
}
