package dev.placementadvisor.inventory;

import dev.placementadvisor.input.Location;
import java.util.Set;

/**
 * One service of the inventory with every optional field resolved to its value or default.
 *
 * @param location where the service's entry starts in the inventory
 * @param runtime the language/runtime, or null when not given
 * @param compliance the service's own regimes (the organization's are added by the engine)
 * @param cpuMsPerRequestGiven false when {@code cpuMsPerRequest} was derived
 */
public record Service(
    String name,
    Location location,
    TrafficProfile traffic,
    ServiceRuntime runtime,
    double avgDurationMs,
    int memoryMb,
    Workload workload,
    boolean stateful,
    boolean persistentConnections,
    boolean gpu,
    double maxDurationSeconds,
    boolean coldStartSensitive,
    boolean customNetworking,
    boolean onPremises,
    ApiGateway apiGateway,
    boolean vpcEgress,
    double logsGbPerMonth,
    Set<Compliance> compliance,
    Architecture architecture,
    double cpuMsPerRequest,
    boolean cpuMsPerRequestGiven) {

  public static final double DEFAULT_AVG_DURATION_MS = 100;
  public static final int DEFAULT_MEMORY_MB = 128;

  public Service {
    java.util.EnumSet<Compliance> copy = java.util.EnumSet.noneOf(Compliance.class);
    copy.addAll(compliance);
    compliance = java.util.Collections.unmodifiableSet(copy);
  }

  /** The CPU share of wall time assumed per workload when cpuMsPerRequest is not given. */
  public static double cpuShare(Workload workload) {
    return switch (workload) {
      case COMPUTE_BOUND -> 0.9;
      case MIXED -> 0.5;
      case IO_BOUND -> 0.1;
    };
  }
}
