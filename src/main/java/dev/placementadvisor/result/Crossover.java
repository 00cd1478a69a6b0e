package dev.placementadvisor.result;

import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.Workload;
import java.util.List;

/**
 * Serverless against Kubernetes cost of one function over a range of monthly volumes ({@code
 * advisor crossover}), with the crossover volume.
 *
 * @param assumptions the function and cluster it prices
 * @param rows one volume's costs each
 * @param crossover the lowest volume at which the Kubernetes platform is no dearer: null when it
 *     never is, 0 when it is at any volume
 * @param from the serverless platform
 * @param to the Kubernetes platform
 * @param toCluster the nodes {@code to} prices ("2 x m5.large minimum, control plane, ALB"), or
 *     null when it bills no nodes
 */
public record Crossover(
    Assumptions assumptions,
    List<Row> rows,
    Double crossover,
    PlatformEntry from,
    PlatformEntry to,
    String toCluster) {
  public Crossover {
    rows = List.copyOf(rows);
  }

  /** The inputs of a crossover. */
  public record Assumptions(
      double durationMs,
      int memoryMb,
      ApiGateway apiGateway,
      String instanceType,
      int nodes,
      Workload workload,
      Architecture architecture,
      boolean freeTier) {}

  /** One volume's costs. */
  public record Row(double requests, double serverless, double kubernetes) {
    public String winner() {
      return serverless <= kubernetes ? "serverless" : "kubernetes";
    }

    /** Dearer over cheaper. */
    public double ratio() {
      double lo = Math.min(serverless, kubernetes);
      return lo <= 0 ? Double.POSITIVE_INFINITY : Math.max(serverless, kubernetes) / lo;
    }
  }
}
