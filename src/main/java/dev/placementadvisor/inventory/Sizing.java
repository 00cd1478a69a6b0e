package dev.placementadvisor.inventory;

/**
 * How a service's work is scheduled and sized beyond its requests: as jobs run on a schedule, and
 * on GPUs by their throughput. See docs/inventory.md, "Jobs and GPU sizing".
 *
 * @param schedule runs a month when the service runs as a job (0: it serves requests all month)
 * @param gpusPerReplica the GPUs one replica holds (a GPU service; 1 by default)
 * @param requestsPerGpuSecond the requests one GPU answers a second, or 0 when not given (then one
 *     request holds a GPU for its CPU time: 1000 / cpuMsPerRequest)
 */
public record Sizing(double schedule, int gpusPerReplica, double requestsPerGpuSecond) {
  /** A service that runs all month and, on a GPU, holds one GPU a replica. */
  public static final Sizing NONE = new Sizing(0, 1, 0);

  /** True when the service runs as a job on a schedule. */
  public boolean scheduled() {
    return schedule > 0;
  }
}
