package dev.placementadvisor.result;

import java.util.List;

/**
 * The cheaper doors of a service whose REST API Gateway is most of its bill on a Lambda platform
 * (the REST line more than half of the platform's total): the same service behind an HTTP API, and
 * behind an Application Load Balancer in front of Lambda, each priced by the platform's own formula
 * ({@link AwsLambda#doors}), with the saving against the REST API, and the volume above which the
 * load balancer is the cheaper of the two. See docs/cost-model.md, "Cheaper doors".
 *
 * @param platform the Lambda platform's id the service is priced on
 * @param monthlyCost the service's monthly cost there behind its REST API
 * @param restCost the REST API Gateway's part of it
 * @param doors the HTTP API, then the load balancer
 * @param albCheaperFromRequests the monthly requests from which the load balancer costs no more
 *     than the HTTP API, the rest of the account fixed: 0 when it never costs more, null when it
 *     costs more at every volume up to {@link Costing#CROSSOVER_CEILING}
 */
public record CheaperDoors(
    String platform,
    double monthlyCost,
    double restCost,
    List<Door> doors,
    Double albCheaperFromRequests) {
  /** The id of the HTTP API door. */
  public static final String HTTP_API = "http-api";

  /** The id of the load balancer door. */
  public static final String ALB = "alb";

  /** A REST API Gateway line above this share of the platform's total names the cheaper doors. */
  public static final double SHARE = 0.5;

  public CheaperDoors {
    doors = List.copyOf(doors);
  }

  /**
   * One door.
   *
   * @param id {@link #HTTP_API} or {@link #ALB}
   * @param name the door in words
   * @param monthlyCost what the door itself costs the service a month
   * @param platformCost the service's monthly cost on the platform behind this door instead
   * @param saving the platform's cost behind the REST API less {@code platformCost} (negative when
   *     the door costs more)
   * @param lines the door's own lines, with their catalog prices
   */
  public record Door(
      String id,
      String name,
      double monthlyCost,
      double platformCost,
      double saving,
      List<CostLine> lines) {
    public Door {
      lines = List.copyOf(lines);
    }
  }
}
