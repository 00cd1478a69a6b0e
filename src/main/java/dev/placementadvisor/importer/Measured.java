package dev.placementadvisor.importer;

import dev.placementadvisor.input.Location;
import java.util.List;

/**
 * Measured traffic of one service, scaled to a month, merged into the imported service of the same
 * name. A figure the source does not give is {@code null}.
 *
 * @param service the service's name as in the deployment files
 * @param source where the figures were read
 * @param requestsPerMonth requests a month (scaled from the measured period)
 * @param avgDurationMs average duration of a request, in milliseconds
 * @param p95DurationMs 95th percentile duration, in milliseconds (becomes the longest execution
 *     when the deployment files give none)
 * @param maxMemoryMb most memory used, in MB
 * @param peakRps highest request rate a second (with the average rate, the peak-to-average)
 * @param notes what was assumed or scaled ("7 days scaled to a month"), one line each
 */
public record Measured(
    String service,
    Location source,
    Double requestsPerMonth,
    Double avgDurationMs,
    Double p95DurationMs,
    Double maxMemoryMb,
    Double peakRps,
    List<String> notes) {
  public Measured {
    notes = List.copyOf(notes);
  }
}
