package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.share;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Azure Functions on the Consumption plan ({@link Platforms#AZURE_FUNCTIONS}), East US: executions,
 * and GB-seconds of each execution on its memory rounded up to 128 MB and its time rounded up to
 * the millisecond, at least 100 ms and 128 MB, each less the subscription's monthly free grant
 * (with {@code pricing.freeTier}), shared by usage as Lambda's free tier is. The service's {@code
 * memoryMb} stands for the memory the function is observed to use, which is what the plan bills.
 * The executions are the request layer a hybrid keeps. See docs/cost-model.md, "Serverless (Azure
 * Functions)".
 */
final class AzureFunctions extends Platform {
  private final double executionPrice;
  private final double gbSecondPrice;
  private final double freeExecutions;
  private final double freeGbs;
  private final double memoryStepMb;
  private final double maxMemoryMb;
  private final double minimumMs;
  private final double roundingMs;
  private final double maxSeconds;

  AzureFunctions(PriceCatalog c, boolean freeTier) {
    super(Platforms.AZURE_FUNCTIONS, DIMENSIONS, REQUEST_LAYER);
    executionPrice = c.price("azurefunctions.consumption.executions").first();
    gbSecondPrice = c.price("azurefunctions.consumption.gbSecond").first();
    freeExecutions = freeTier ? c.quantity("azurefunctions.consumption.freeGrant.executions") : 0;
    freeGbs = freeTier ? c.quantity("azurefunctions.consumption.freeGrant.gbSeconds") : 0;
    memoryStepMb = c.quantity("azurefunctions.consumption.memoryRoundingMb");
    maxMemoryMb = c.quantity("azurefunctions.consumption.maxMemoryMb");
    minimumMs = c.quantity("azurefunctions.consumption.minimumBillableMs");
    roundingMs = c.quantity("azurefunctions.consumption.durationRoundingMs");
    maxSeconds = c.quantity("azurefunctions.consumption.maxDurationSeconds");
  }

  /** The dimensions of its account usage. */
  static final int EXECUTIONS = 1;

  static final int GB_SECONDS = 2;
  private static final int DIMENSIONS = 3;

  /** A hybrid's request layer on Functions: its executions, not its execution time. */
  private static final boolean[] REQUEST_LAYER = {true, true, false};

  @Override
  public List<String> blockedBy(Service s) {
    List<String> why = new ArrayList<>();
    if (s.gpu()) {
      why.add("needs a GPU: the Functions Consumption plan has none");
    }
    if (s.maxDurationSeconds() > maxSeconds) {
      why.add(
          "an execution of "
              + Format.number(s.maxDurationSeconds())
              + " s exceeds the Functions Consumption plan's "
              + Format.number(maxSeconds)
              + " s");
    }
    if (s.memoryMb() > maxMemoryMb) {
      why.add(
          Format.number(s.memoryMb())
              + " MB exceeds the Functions Consumption plan's "
              + Format.number(maxMemoryMb)
              + " MB");
    }
    if (s.persistentConnections()) {
      why.add("holds persistent connections: a function execution ends with its response");
    }
    if (s.stateful()) {
      why.add("keeps state in the process: Functions instances are recycled at will");
    }
    if (s.onPremises()) {
      why.add("must run on premises: the Functions Consumption plan runs only in Azure regions");
    }
    if (s.coldStartSensitive()) {
      why.add(
          "is cold-start sensitive: the Functions Consumption plan keeps no instance warm"
              + " (Flex Consumption's always-ready instances do)");
    }
    return why;
  }

  /** The memory billed: the service's rounded up to 128 MB, at least 128 MB, at most 1,536 MB. */
  double billedMemoryMb(Service s) {
    double rounded = Math.ceil(s.memoryMb() / memoryStepMb) * memoryStepMb;
    return Math.min(maxMemoryMb, Math.max(memoryStepMb, rounded));
  }

  /** The time billed for one execution: its duration rounded up to 1 ms, at least 100 ms. */
  double billedMs(Service s) {
    return Math.max(minimumMs, Math.ceil(s.avgDurationMs() / roundingMs) * roundingMs);
  }

  /** The GB-seconds of {@code requests} executions. */
  double gbSeconds(Service s, double requests) {
    return requests * billedMs(s) / 1000.0 * billedMemoryMb(s) / 1024.0;
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
        "Functions executions",
        "azurefunctions.consumption.executions",
        "executions",
        requests,
        others[EXECUTIONS],
        freeExecutions,
        executionPrice);

    double gbs = gbSeconds(s, requests);
    double allGbs = others[GB_SECONDS] + gbs;
    double billableGbs = Math.max(0, allGbs - freeGbs);
    bill.add(
        "Functions execution time",
        "azurefunctions.consumption.gbSecond",
        explain
            ? Format.number(requests)
                + " executions x "
                + Format.number(billedMs(s))
                + " ms ("
                + Format.number(s.avgDurationMs())
                + " ms rounded up to "
                + Format.number(roundingMs)
                + " ms, at least "
                + Format.number(minimumMs)
                + " ms) x "
                + Format.number(billedMemoryMb(s))
                + " MB ("
                + Format.number(s.memoryMb())
                + " MB rounded up to "
                + Format.number(memoryStepMb)
                + " MB) / 1024 = "
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
  }
}
