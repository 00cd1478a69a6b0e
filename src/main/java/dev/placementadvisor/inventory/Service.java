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
 * @param platforms the platforms the service is pinned to or kept off ({@link PlatformChoice#NONE}
 *     when it names none)
 * @param dataStore where it keeps its data ({@link DataStore#NONE} when it says nothing)
 * @param connections its persistent connections' minutes and messages ({@link Connections#NONE}
 *     when it gives none)
 * @param sizing its schedule as a job and its GPU sizing ({@link Sizing#NONE} when it says nothing)
 * @param role the request-layer work it only does ({@link ServiceRole#NONE} when it does work of
 *     its own)
 * @param source where {@code advisor import} read the service ({@code FILE:LINE}), or null
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
    boolean cpuMsPerRequestGiven,
    PlatformChoice platforms,
    DataStore dataStore,
    Connections connections,
    Sizing sizing,
    ServiceRole role,
    String source) {

  public static final double DEFAULT_AVG_DURATION_MS = 100;
  public static final int DEFAULT_MEMORY_MB = 128;

  /**
   * A service that names no platform, keeps no data in a store and gives no connections, schedule,
   * GPU sizing or role.
   */
  public Service(
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
    this(
        name,
        location,
        traffic,
        runtime,
        avgDurationMs,
        memoryMb,
        workload,
        stateful,
        persistentConnections,
        gpu,
        maxDurationSeconds,
        coldStartSensitive,
        customNetworking,
        onPremises,
        apiGateway,
        vpcEgress,
        logsGbPerMonth,
        compliance,
        architecture,
        cpuMsPerRequest,
        cpuMsPerRequestGiven,
        PlatformChoice.NONE,
        DataStore.NONE,
        Connections.NONE,
        Sizing.NONE,
        ServiceRole.NONE,
        null);
  }

  public Service {
    if (platforms == null) {
      platforms = PlatformChoice.NONE;
    }
    if (connections == null) {
      connections = Connections.NONE;
    }
    if (sizing == null) {
      sizing = Sizing.NONE;
    }
    if (role == null) {
      role = ServiceRole.NONE;
    }
    if (dataStore == null) {
      dataStore = DataStore.NONE;
    }
    java.util.EnumSet<Compliance> copy = java.util.EnumSet.noneOf(Compliance.class);
    copy.addAll(compliance);
    compliance = java.util.Collections.unmodifiableSet(copy);
  }

  /** The same service with another traffic profile: a hybrid's base load, say. */
  public Service withTraffic(TrafficProfile t) {
    return new Service(
        name,
        location,
        t,
        runtime,
        avgDurationMs,
        memoryMb,
        workload,
        stateful,
        persistentConnections,
        gpu,
        maxDurationSeconds,
        coldStartSensitive,
        customNetworking,
        onPremises,
        apiGateway,
        vpcEgress,
        logsGbPerMonth,
        compliance,
        architecture,
        cpuMsPerRequest,
        cpuMsPerRequestGiven,
        platforms,
        dataStore,
        connections,
        sizing,
        role,
        source);
  }

  /** The same service behind another API Gateway ({@code none} for none): a cheaper door. */
  public Service withApiGateway(ApiGateway gateway) {
    return new Service(
        name,
        location,
        traffic,
        runtime,
        avgDurationMs,
        memoryMb,
        workload,
        stateful,
        persistentConnections,
        gpu,
        maxDurationSeconds,
        coldStartSensitive,
        customNetworking,
        onPremises,
        gateway,
        vpcEgress,
        logsGbPerMonth,
        compliance,
        architecture,
        cpuMsPerRequest,
        cpuMsPerRequestGiven,
        platforms,
        dataStore,
        connections,
        sizing,
        role,
        source);
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
