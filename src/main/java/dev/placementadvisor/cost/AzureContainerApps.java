package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.share;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Azure Container Apps on the Consumption plan ({@link Platforms#AZURE_CONTAINER_APPS}), East US:
 * requests, and the vCPU-seconds and GiB-seconds allocated to the replicas while they run, at the
 * active rate, each less the subscription's monthly free grant (with {@code pricing.freeTier}),
 * shared by usage.
 *
 * <p>A replica's allocation is the smallest of the allowed combinations (0.25 vCPU with 0.5 GiB,
 * then steps of 0.25 vCPU and 0.5 GiB, up to 4 vCPU with 8 GiB) whose memory holds the service's
 * {@code memoryMb}. Replicas scale to zero (the default minimum) and back: the default HTTP scale
 * rule adds a replica above 10 concurrent requests, and the last replica stops only after the scale
 * rule's cool-down period (300 s) without requests. So the replica time is {@link
 * Formulas#activeSeconds} with each request keeping a replica up for its duration plus the
 * cool-down. No idle time is priced: that rate applies only to replicas kept above a minimum of
 * zero. The requests are the request layer a hybrid keeps. See docs/cost-model.md, "Serverless
 * (Azure Container Apps)".
 */
final class AzureContainerApps extends Platform {
  private final double requestPrice;
  private final double vcpuPrice;
  private final double gibPrice;
  private final double freeRequests;
  private final double freeVcpuSeconds;
  private final double freeGibSeconds;
  private final double concurrency;
  private final double cooldownSeconds;
  private final double vcpuStep;
  private final double gibPerVcpu;
  private final double maxVcpu;
  private final double maxRequestSeconds;
  private final double monthSeconds;

  AzureContainerApps(PriceCatalog c, boolean freeTier) {
    super(Platforms.AZURE_CONTAINER_APPS, DIMENSIONS, REQUEST_LAYER);
    requestPrice = c.price("containerapps.requests").first();
    vcpuPrice = c.price("containerapps.vcpuSecond.active").first();
    gibPrice = c.price("containerapps.gibSecond.active").first();
    freeRequests = freeTier ? c.quantity("containerapps.freeGrant.requests") : 0;
    freeVcpuSeconds = freeTier ? c.quantity("containerapps.freeGrant.vcpuSeconds") : 0;
    freeGibSeconds = freeTier ? c.quantity("containerapps.freeGrant.gibSeconds") : 0;
    concurrency = Math.max(1, c.quantity("containerapps.concurrentRequests"));
    cooldownSeconds = c.quantity("containerapps.cooldownSeconds");
    vcpuStep = c.quantity("containerapps.vcpuStep");
    gibPerVcpu = c.quantity("containerapps.gibPerVcpu");
    maxVcpu = c.quantity("containerapps.maxVcpu");
    maxRequestSeconds = c.quantity("containerapps.requestTimeoutSeconds");
    monthSeconds = c.hoursPerMonth() * 3600;
  }

  /** The dimensions of its account usage. */
  static final int REQUESTS = 1;

  static final int VCPU_SECONDS = 2;
  static final int GIB_SECONDS = 3;
  private static final int DIMENSIONS = 4;

  /** A hybrid's request layer on Container Apps: its requests, not its replica time. */
  private static final boolean[] REQUEST_LAYER = {true, true, false, false};

  /**
   * Container Apps' limits. Persistent connections are not one: ingress carries WebSockets and
   * gRPC, and a replica serves them for as long as they last.
   */
  @Override
  public List<String> blockedBy(Service s) {
    List<String> why = new ArrayList<>();
    double maxGib = maxVcpu * gibPerVcpu;
    if (s.gpu()) {
      why.add("needs a GPU: Container Apps' serverless GPUs are not priced");
    }
    if (s.maxDurationSeconds() > maxRequestSeconds) {
      why.add(
          "an execution of "
              + Format.number(s.maxDurationSeconds())
              + " s exceeds Container Apps ingress's "
              + Format.number(maxRequestSeconds)
              + " s request timeout");
    }
    if (s.memoryMb() / 1024.0 > maxGib) {
      why.add(
          Format.number(s.memoryMb())
              + " MB exceeds a Container Apps Consumption replica's "
              + Format.number(maxGib)
              + " GiB");
    }
    if (s.stateful()) {
      why.add("keeps state in the process: Container Apps replicas are stopped at will");
    }
    if (s.onPremises()) {
      why.add(
          "must run on premises: Container Apps on the Consumption plan runs only in Azure"
              + " regions");
    }
    return why;
  }

  /**
   * The vCPU allocated to a replica of {@code s}: the smallest allowed step whose memory holds it,
   * at most the plan's largest.
   */
  double vcpu(Service s) {
    double gibPerStep = vcpuStep * gibPerVcpu;
    double steps = Math.max(1, Math.ceil(s.memoryMb() / 1024.0 / gibPerStep - 1e-9));
    return Math.min(maxVcpu, steps * vcpuStep);
  }

  /** The memory allocated to a replica of {@code s}, GiB. */
  double gib(Service s) {
    return vcpu(s) * gibPerVcpu;
  }

  /** The seconds replicas of {@code s} run for {@code requests} requests. */
  double replicaSeconds(Service s, double requests) {
    double seconds = s.avgDurationMs() / 1000.0;
    return Formulas.activeSeconds(
        requests, seconds, concurrency, seconds + cooldownSeconds, monthSeconds);
  }

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    double seconds = replicaSeconds(s, requests);
    u[o + Usage.SERVICES] = 1;
    u[o + REQUESTS] = requests;
    u[o + VCPU_SECONDS] = seconds * vcpu(s);
    u[o + GIB_SECONDS] = seconds * gib(s);
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    boolean explain = bill.explaining();
    Formulas.addPerMillion(
        bill,
        "Container Apps requests",
        "containerapps.requests",
        "requests",
        requests,
        others[REQUESTS],
        freeRequests,
        requestPrice);

    double seconds = replicaSeconds(s, requests);
    String replicas = explain ? replicaText(s, requests, seconds) : null;
    addVcpu(s, seconds, replicas, others, bill);
    addMemory(s, seconds, replicas, others, bill);
  }

  /**
   * The active vCPU time of the replicas' {@code seconds}: its share by usage of the account's
   * charge after the free tier ({@code replicas} explains the seconds).
   */
  private void addVcpu(Service s, double seconds, String replicas, double[] others, Bill bill) {
    double vcpuSeconds = seconds * vcpu(s);
    double allVcpu = others[VCPU_SECONDS] + vcpuSeconds;
    double billableVcpu = Math.max(0, allVcpu - freeVcpuSeconds);
    bill.add(
        "Container Apps vCPU (active)",
        "containerapps.vcpuSecond.active",
        bill.explaining()
            ? replicas
                + " x "
                + Format.number(vcpu(s))
                + " vCPU (the allocation whose "
                + Format.number(gib(s))
                + " GiB holds "
                + Format.number(s.memoryMb())
                + " MB) = "
                + Format.number(vcpuSeconds)
                + " vCPU-s; "
                + Formulas.accountFormula(
                    Format.number(vcpuSeconds) + " vCPU-s",
                    allVcpu,
                    vcpuSeconds,
                    freeVcpuSeconds,
                    "vCPU-s",
                    billableVcpu,
                    "$" + Format.price(vcpuPrice) + " per vCPU-s")
            : null,
        share(vcpuSeconds, allVcpu, billableVcpu * vcpuPrice));
  }

  /**
   * The active memory time of the replicas' {@code seconds}: its share by usage of the account's
   * charge after the free tier ({@code replicas} explains the seconds).
   */
  private void addMemory(Service s, double seconds, String replicas, double[] others, Bill bill) {
    double gibSeconds = seconds * gib(s);
    double allGib = others[GIB_SECONDS] + gibSeconds;
    double billableGib = Math.max(0, allGib - freeGibSeconds);
    bill.add(
        "Container Apps memory (active)",
        "containerapps.gibSecond.active",
        bill.explaining()
            ? replicas
                + " x "
                + Format.number(gib(s))
                + " GiB = "
                + Format.number(gibSeconds)
                + " GiB-s; "
                + Formulas.accountFormula(
                    Format.number(gibSeconds) + " GiB-s",
                    allGib,
                    gibSeconds,
                    freeGibSeconds,
                    "GiB-s",
                    billableGib,
                    "$" + Format.price(gibPrice) + " per GiB-s")
            : null,
        share(gibSeconds, allGib, billableGib * gibPrice));
  }

  /** "min(1M x (100 ms + 300 s cool-down), max(1M x 100 ms / 10 a replica, 2,628,000 s))". */
  private String replicaText(Service s, double requests, double seconds) {
    return "min("
        + Format.number(requests)
        + " requests x ("
        + Format.number(s.avgDurationMs())
        + " ms + "
        + Format.number(cooldownSeconds)
        + " s cool-down) each alone, max("
        + Format.number(requests)
        + " x "
        + Format.number(s.avgDurationMs())
        + " ms / "
        + Format.number(concurrency)
        + " requests a replica, "
        + Format.number(monthSeconds)
        + " s of the month)) = "
        + Format.number(seconds)
        + " replica-s";
  }
}
