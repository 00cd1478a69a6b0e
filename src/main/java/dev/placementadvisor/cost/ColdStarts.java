package dev.placementadvisor.cost;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.ServiceRuntime;

/**
 * What a cold-start-sensitive service ({@code coldStartSensitive: true}) pays on a function
 * platform to never wait for one, shared by the platforms' formulas: the peak concurrency that
 * Provisioned Concurrency ({@link ProvisionedConcurrency}), Cloud Run's minimum instances and Flex
 * Consumption's always-ready instances keep warm, whether SnapStart replaces it (a JVM runtime on
 * Lambda), and the edge's line saying none is needed. See docs/cost-model.md, "Cold starts".
 */
final class ColdStarts {
  private ColdStarts() {}

  /** True when the service runs on the JVM (java, kotlin): SnapStart, not warm capacity. */
  static boolean jvm(Service s) {
    return s.runtime() == ServiceRuntime.JAVA || s.runtime() == ServiceRuntime.KOTLIN;
  }

  /**
   * The peak concurrency of {@code requests} a month: the average concurrency (requests x duration
   * over the month's {@code monthSeconds}) times the peak-to-average ratio, rounded up, at least
   * one. It never falls as {@code requests} grow.
   */
  static double peakConcurrency(Service s, double requests, double monthSeconds) {
    double average = requests * s.avgDurationMs() / 1000.0 / monthSeconds;
    return Math.max(1, Math.ceil(average * s.traffic().peakToAverage() - 1e-9));
  }

  /** "the peak concurrency (10,000,000 requests x 120 ms / 2,628,000 s x 5 ...)", in words. */
  static String peakText(Service s, double requests, double monthSeconds) {
    return "the peak concurrency ("
        + Format.number(requests)
        + " requests x "
        + Format.number(s.avgDurationMs())
        + " ms / "
        + Format.number(monthSeconds)
        + " s x "
        + Format.number(s.traffic().peakToAverage())
        + " peak-to-average, rounded up)";
  }

  /**
   * Adds the edge's cold-start line for a cold-start-sensitive service: nothing to pay, since
   * {@code what} start in under {@code startMs}, the catalog quantity {@code startId} (the line
   * quotes it; it is not a price).
   */
  static void noneAtEdge(Service s, String what, String startId, double startMs, Bill bill) {
    if (!s.coldStartSensitive()) {
      return;
    }
    bill.add(
        "Cold starts: no mitigation needed",
        startId,
        bill.explaining()
            ? "cold-start sensitive, but "
                + what
                + " start in under "
                + Format.number(startMs)
                + " ms: nothing is kept warm, nothing is added"
            : null,
        0);
  }
}
