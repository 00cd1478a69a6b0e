package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.share;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.ServiceRuntime;
import dev.placementadvisor.inventory.Workload;
import dev.placementadvisor.pricing.PriceCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Azure Functions on the Flex Consumption plan, on demand ({@link Platforms#AZURE_FUNCTIONS_FLEX}),
 * East US: executions, and the GB-seconds of the instance memory chosen (the smallest of 512, 2,048
 * and 4,096 MB that holds the service) while an instance is actively executing, each less the
 * subscription's monthly free grant (with {@code pricing.freeTier}), shared by usage.
 *
 * <p>The plan bills an instance's activity, not each execution: executions that overlap on an
 * instance (up to its HTTP concurrency) share its time, and an activity period is billed at least
 * 1,000 ms, then in 100-ms steps. The instance time is {@link Formulas#activeSeconds}: each
 * execution alone costs its own billed period, overlapping ones cost the instances they keep busy,
 * at least one instance all month. The concurrency is one execution an instance for a compute-bound
 * service (Microsoft's advice for CPU-bound work, and its worked example) and for Python (the
 * plan's default for Python), else the default HTTP concurrency of a 2,048-MB instance scaled to
 * the instance's memory (an instance's CPU and bandwidth are in proportion to its memory). A
 * cold-start-sensitive service keeps always-ready instances for its peak concurrency ({@link
 * ColdStarts#peakConcurrency} over the executions an instance runs at once), their memory billed
 * all month at the always-ready baseline rate; its executions keep the on-demand rates. The
 * executions are the request layer a hybrid keeps. See docs/cost-model.md, "Serverless (Azure
 * Functions Flex Consumption)" and "Cold starts".
 */
final class AzureFunctionsFlex extends Platform {
  /** The instance memory sizes, ascending (quantity ids); the second is the default size. */
  private static final String[] SIZES = {
    "azurefunctions.flex.instanceMemoryMb.small",
    "azurefunctions.flex.instanceMemoryMb.medium",
    "azurefunctions.flex.instanceMemoryMb.large"
  };

  /** Every catalog entry the formula reads, for its registry entry. */
  static final List<String> ENTRIES =
      List.of(
          "azurefunctions.flex.onDemand.executions",
          "azurefunctions.flex.onDemand.gbSecond",
          "azurefunctions.flex.freeGrant.executions",
          "azurefunctions.flex.freeGrant.gbSeconds",
          "azurefunctions.flex.minimumBillableMs",
          "azurefunctions.flex.durationRoundingMs",
          SIZES[0],
          SIZES[1],
          SIZES[2],
          "azurefunctions.flex.httpConcurrency",
          "azurefunctions.flex.httpConcurrency.python",
          "azurefunctions.flex.maxDurationSeconds",
          "azurefunctions.flex.alwaysReady.baseline");

  private final double executionPrice;
  private final double gbSecondPrice;
  private final double freeExecutions;
  private final double freeGbs;
  private final double minimumMs;
  private final double roundingMs;
  private final double[] memoryMb = new double[SIZES.length];
  private final double[] concurrency = new double[SIZES.length];
  private final double pythonConcurrency;
  private final double maxSeconds;
  private final double monthSeconds;
  private final double alwaysReadyPrice;

  AzureFunctionsFlex(PriceCatalog c, boolean freeTier) {
    super(Platforms.AZURE_FUNCTIONS_FLEX, DIMENSIONS, REQUEST_LAYER);
    executionPrice = c.price("azurefunctions.flex.onDemand.executions").first();
    gbSecondPrice = c.price("azurefunctions.flex.onDemand.gbSecond").first();
    freeExecutions = freeTier ? c.quantity("azurefunctions.flex.freeGrant.executions") : 0;
    freeGbs = freeTier ? c.quantity("azurefunctions.flex.freeGrant.gbSeconds") : 0;
    minimumMs = c.quantity("azurefunctions.flex.minimumBillableMs");
    roundingMs = c.quantity("azurefunctions.flex.durationRoundingMs");
    for (int i = 0; i < SIZES.length; i++) {
      memoryMb[i] = c.quantity(SIZES[i]);
    }
    double perDefaultSize = c.quantity("azurefunctions.flex.httpConcurrency");
    for (int i = 0; i < SIZES.length; i++) {
      concurrency[i] = Math.max(1, Math.floor(perDefaultSize * memoryMb[i] / memoryMb[1]));
    }
    pythonConcurrency = Math.max(1, c.quantity("azurefunctions.flex.httpConcurrency.python"));
    maxSeconds = c.quantity("azurefunctions.flex.maxDurationSeconds");
    monthSeconds = c.hoursPerMonth() * 3600;
    alwaysReadyPrice = c.price("azurefunctions.flex.alwaysReady.baseline").first();
  }

  /** The dimensions of its account usage. */
  static final int EXECUTIONS = 1;

  static final int GB_SECONDS = 2;
  private static final int DIMENSIONS = 3;

  /** A hybrid's request layer on Flex Consumption: its executions, not its instance time. */
  private static final boolean[] REQUEST_LAYER = {true, true, false};

  /**
   * Flex Consumption's limits. The plan enforces no maximum execution time, but an execution is
   * given at most 60 minutes' grace when its instance scales in: the longest it can count on.
   */
  @Override
  public List<String> blockedBy(Service s) {
    List<String> why = new ArrayList<>();
    double largest = memoryMb[memoryMb.length - 1];
    if (s.gpu()) {
      why.add("needs a GPU: the Functions Flex Consumption plan has none");
    }
    if (s.maxDurationSeconds() > maxSeconds) {
      why.add(
          "an execution of "
              + Format.number(s.maxDurationSeconds())
              + " s exceeds the "
              + Format.number(maxSeconds)
              + " s an execution is given when a Flex Consumption instance scales in");
    }
    if (s.memoryMb() > largest) {
      why.add(
          Format.number(s.memoryMb())
              + " MB exceeds Flex Consumption's largest instance, "
              + Format.number(largest)
              + " MB");
    }
    if (s.persistentConnections()) {
      why.add("holds persistent connections: a function execution ends with its response");
    }
    if (s.stateful()) {
      why.add("keeps state in the process: Functions instances are recycled at will");
    }
    if (s.onPremises()) {
      why.add(
          "must run on premises: the Functions Flex Consumption plan runs only in Azure"
              + " regions");
    }
    return why;
  }

  /** Which instance size runs {@code s}: the smallest that holds it, else the largest. */
  private int size(Service s) {
    for (int i = 0; i < memoryMb.length; i++) {
      if (s.memoryMb() <= memoryMb[i]) {
        return i;
      }
    }
    return memoryMb.length - 1;
  }

  /** The instance memory billed for {@code s}, MB. */
  double instanceMemoryMb(Service s) {
    return memoryMb[size(s)];
  }

  /** The executions an instance of {@code s} runs at once. */
  double concurrency(Service s) {
    if (s.workload() == Workload.COMPUTE_BOUND) {
      return 1;
    }
    if (s.runtime() == ServiceRuntime.PYTHON) {
      return pythonConcurrency;
    }
    return concurrency[size(s)];
  }

  /** The billed period of one execution alone: at least 1,000 ms, then in 100-ms steps. */
  double periodMs(Service s) {
    return Math.max(minimumMs, Math.ceil(s.avgDurationMs() / roundingMs) * roundingMs);
  }

  /** The seconds instances of {@code s} are billed for {@code requests} executions. */
  double instanceSeconds(Service s, double requests) {
    return Formulas.activeSeconds(
        requests, s.avgDurationMs() / 1000.0, concurrency(s), periodMs(s) / 1000.0, monthSeconds);
  }

  /** The GB-seconds of {@code requests} executions. */
  double gbSeconds(Service s, double requests) {
    return instanceSeconds(s, requests) * instanceMemoryMb(s) / 1024.0;
  }

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    u[o + Usage.SERVICES] = 1;
    u[o + EXECUTIONS] = requests;
    u[o + GB_SECONDS] = gbSeconds(s, requests);
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    boolean explain = bill.explaining();
    Formulas.addPerMillion(
        bill,
        "Flex Consumption executions",
        "azurefunctions.flex.onDemand.executions",
        "executions",
        requests,
        others[EXECUTIONS],
        freeExecutions,
        executionPrice);

    double seconds = instanceSeconds(s, requests);
    double gbs = seconds * instanceMemoryMb(s) / 1024.0;
    double allGbs = others[GB_SECONDS] + gbs;
    double billableGbs = Math.max(0, allGbs - freeGbs);
    bill.add(
        "Flex Consumption execution time",
        "azurefunctions.flex.onDemand.gbSecond",
        explain
            ? timeText(s, requests, seconds)
                + " x "
                + Format.number(instanceMemoryMb(s))
                + " MB instances / 1024 = "
                + Format.number(gbs)
                + " GB-s; "
                + Formulas.accountFormula(
                    Format.number(gbs) + " GB-s",
                    allGbs,
                    gbs,
                    freeGbs,
                    "GB-s",
                    billableGbs,
                    "$" + Format.price(gbSecondPrice) + " per GB-s")
            : null,
        share(gbs, allGbs, billableGbs * gbSecondPrice));
    if (s.coldStartSensitive()) {
      addAlwaysReady(s, requests, explain, bill);
    }
  }

  /**
   * A cold-start-sensitive service's always-ready instances: enough for its peak concurrency at the
   * executions an instance runs at once, at least one, their memory all month at the baseline rate
   * (no free grant).
   */
  private void addAlwaysReady(Service s, double requests, boolean explain, Bill bill) {
    double peak = ColdStarts.peakConcurrency(s, requests, monthSeconds);
    double instances = Math.max(1, Math.ceil(peak / concurrency(s) - 1e-9));
    double gb = instanceMemoryMb(s) / 1024.0;
    bill.add(
        "Flex Consumption always-ready instances",
        "azurefunctions.flex.alwaysReady.baseline",
        explain
            ? "cold-start sensitive, so "
                + Format.number(instances)
                + " always-ready instance(s)"
                + " for "
                + ColdStarts.peakText(s, requests, monthSeconds)
                + " = "
                + Format.number(peak)
                + " / "
                + Format.number(concurrency(s))
                + " an instance, rounded up, x "
                + Format.number(gb)
                + " GB x "
                + Format.number(monthSeconds)
                + " s x $"
                + Format.price(alwaysReadyPrice)
                + " per GB-s (no free grant)"
            : null,
        instances * gb * monthSeconds * alwaysReadyPrice);
  }

  /** "min(1M x 1,000 ms, max(1M x 250 ms / 16 at once, 2,628,000 s)) = 2,628,000 instance-s". */
  private String timeText(Service s, double requests, double seconds) {
    double c = concurrency(s);
    return "min("
        + Format.number(requests)
        + " executions x "
        + Format.number(periodMs(s))
        + " ms each alone, max("
        + Format.number(requests)
        + " x "
        + Format.number(s.avgDurationMs())
        + " ms / "
        + Format.number(c)
        + (c == 1 ? " execution" : " executions")
        + " an instance, "
        + Format.number(monthSeconds)
        + " s of the month)) = "
        + Format.number(seconds)
        + " instance-s";
  }
}
