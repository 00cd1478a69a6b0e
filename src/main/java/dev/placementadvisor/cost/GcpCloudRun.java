package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.share;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;

/**
 * Google Cloud Run services with request-based billing ({@link Platforms#GCP_CLOUD_RUN}): requests,
 * and the instance's vCPU-seconds and GiB-seconds while it serves a request, each with the billing
 * account's free tier shared by usage. One request is assumed per instance at a time (see
 * docs/cost-model.md, "Serverless (Google Cloud Run)"), so an instance is billed for every
 * request's duration, rounded up to Cloud Run's 100 ms. The requests are the request layer a hybrid
 * would keep.
 *
 * <p>With instance-based billing ({@link Platforms#GCP_CLOUD_RUN_INSTANCE}) the same instances are
 * billed for their whole lifetime instead, idle or not, at lower rates and without a request fee:
 * as many as the service's busy cores need at the target utilisation, at least one, all month (the
 * busy cores as {@link Replicas} counts them), less the instance-based free tier.
 *
 * <p>A cold-start-sensitive service on request-based billing keeps minimum instances warm: as many
 * as its peak concurrency ({@link ColdStarts#peakConcurrency}, one request an instance), all month
 * at the idle rate. Instance-based billing needs none: its instances run all month.
 */
final class GcpCloudRun extends Platform {
  /** Null for request-based billing; the cluster settings that size instance-based instances. */
  private final KubernetesSettings instanceBased;

  private final double secondsPerMonth;

  /** The vCPU counts Cloud Run offers from one vCPU up (memory-limits page). */
  private static final int[] VCPUS = {1, 2, 4, 6, 8};

  private final double requestsPrice;
  private final double vcpuPrice;
  private final double gibPrice;
  private final double freeRequests;
  private final double freeVcpuSeconds;
  private final double freeGibSeconds;
  private final double incrementMs;
  private final double maxSeconds;
  private final double maxMemoryMb;
  private final double minMemoryMb;
  private final double gibPerVcpu;

  /** The idle minimum instances' rates (request-based billing only). */
  private final double idleVcpuPrice;

  private final double idleGibPrice;

  GcpCloudRun(PriceCatalog c, boolean freeTier) {
    this(c, freeTier, null);
  }

  /** Request-based billing, or instance-based with {@code instanceBased} sizing the instances. */
  GcpCloudRun(PriceCatalog c, boolean freeTier, KubernetesSettings instanceBased) {
    // Instance-based billing has no request fee: its instances stand behind, never in front.
    super(
        instanceBased == null ? Platforms.GCP_CLOUD_RUN : Platforms.GCP_CLOUD_RUN_INSTANCE,
        DIMENSIONS,
        instanceBased == null ? REQUEST_LAYER : null);
    this.instanceBased = instanceBased;
    secondsPerMonth = c.hoursPerMonth() * 3600;
    String mode = instanceBased == null ? "cloudrun.request." : "cloudrun.instance.";
    requestsPrice = instanceBased == null ? c.price("cloudrun.request.requests").first() : 0;
    vcpuPrice = c.price(mode + "vcpuSecond").first();
    gibPrice = c.price(mode + "gibSecond").first();
    freeRequests =
        freeTier && instanceBased == null ? c.quantity("cloudrun.request.freeTier.requests") : 0;
    freeVcpuSeconds = freeTier ? c.quantity(mode + "freeTier.vcpuSeconds") : 0;
    freeGibSeconds = freeTier ? c.quantity(mode + "freeTier.gibSeconds") : 0;
    incrementMs = c.quantity("cloudrun.billingIncrementMs");
    maxSeconds = c.quantity("cloudrun.maxRequestSeconds");
    maxMemoryMb = c.quantity("cloudrun.maxMemoryMb");
    minMemoryMb = c.quantity("cloudrun.minMemoryMb");
    gibPerVcpu = c.quantity("cloudrun.maxMemoryGibPerVcpu");
    idleVcpuPrice =
        instanceBased == null ? c.price("cloudrun.request.idleMinInstance.vcpuSecond").first() : 0;
    idleGibPrice =
        instanceBased == null ? c.price("cloudrun.request.idleMinInstance.gibSecond").first() : 0;
  }

  /** The dimensions of its account usage. */
  static final int REQUESTS = 1;

  static final int VCPU_SECONDS = 2;
  static final int GIB_SECONDS = 3;
  private static final int DIMENSIONS = 4;

  /** A hybrid's request layer on Cloud Run: its requests, not its instance time. */
  private static final boolean[] REQUEST_LAYER = {true, true, false, false};

  /**
   * Cloud Run's limits. Persistent connections are not one: a WebSocket is a request that lasts as
   * long as the connection, within the request timeout that {@code maxDurationSeconds} is checked
   * against.
   */
  @Override
  public java.util.List<String> blockedBy(Service s) {
    java.util.List<String> why = new java.util.ArrayList<>();
    if (s.gpu()) {
      why.add(
          "needs a GPU: Cloud Run GPUs (some regions only, instance-based billing) are not"
              + " priced");
    }
    if (s.maxDurationSeconds() > maxSeconds) {
      why.add(
          "an execution of "
              + Format.number(s.maxDurationSeconds())
              + " s exceeds Cloud Run's "
              + Format.number(maxSeconds)
              + " s request timeout");
    }
    if (s.memoryMb() > maxMemoryMb) {
      why.add(
          Format.number(s.memoryMb())
              + " MB exceeds Cloud Run's "
              + Format.number(maxMemoryMb)
              + " MB");
    }
    if (s.stateful()) {
      why.add("keeps state in the process: Cloud Run instances are stopped at will");
    }
    if (s.onPremises()) {
      why.add("must run on premises: Cloud Run runs only in Google Cloud regions");
    }
    return why;
  }

  /** The memory of an instance in GiB: the service's, at least Cloud Run's minimum. */
  double gib(Service s) {
    return Math.max(s.memoryMb(), minMemoryMb) / 1024.0;
  }

  /** The vCPUs of an instance: one, or the fewest Cloud Run requires for its memory. */
  double vcpus(double gib) {
    for (int v : VCPUS) {
      if (v * gibPerVcpu >= gib) {
        return v;
      }
    }
    return VCPUS[VCPUS.length - 1];
  }

  /** The billed time of one request: its duration rounded up to Cloud Run's increment. */
  double billedMs(Service s) {
    return Math.ceil(s.avgDurationMs() / incrementMs) * incrementMs;
  }

  /**
   * The billed instance time of {@code requests} requests: one an instance at a time, each for its
   * rounded duration; with instance-based billing, {@link #instances} all month.
   */
  double instanceSeconds(Service s, double requests) {
    return instanceBased == null
        ? requests * billedMs(s) / 1000.0
        : instances(s, requests) * secondsPerMonth;
  }

  /**
   * Instance-based billing's instances on average over the month: at each level of the load ({@link
   * Replicas#load}), the busy cores at the target utilisation over the instance's vCPUs, rounded
   * up, at least one; none while there is no work (Cloud Run scales to zero), weighted by each
   * level's time.
   */
  double instances(Service s, double requests) {
    Replicas.Load l = Replicas.load(instanceBased, secondsPerMonth, s, requests);
    double vcpus = vcpus(gib(s));
    return l.mean(instancesAt(l.peak(), vcpus), instancesAt(l.offPeak(), vcpus));
  }

  private double instancesAt(double cores, double vcpus) {
    double vcpu = cores / instanceBased.targetUtilization();
    return cores <= 0 ? 0 : Math.max(1, Math.ceil(vcpu / vcpus - 1e-9));
  }

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    double seconds = instanceSeconds(s, requests);
    double gib = gib(s);
    u[o + Usage.SERVICES] = 1;
    u[o + REQUESTS] = requests;
    u[o + VCPU_SECONDS] = seconds * vcpus(gib);
    u[o + GIB_SECONDS] = seconds * gib;
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    boolean explain = bill.explaining();
    if (instanceBased == null) {
      Formulas.addPerMillion(
          bill,
          "Cloud Run requests",
          "cloudrun.request.requests",
          "requests",
          requests,
          others[REQUESTS],
          freeRequests,
          requestsPrice);
    }
    addInstanceTime(s, requests, others, explain, bill);
    if (instanceBased == null && s.coldStartSensitive()) {
      addMinInstances(s, requests, explain, bill);
    }
  }

  /**
   * A cold-start-sensitive service's minimum instances: its peak concurrency, kept all month at the
   * idle rate, vCPU and memory (the time they serve requests is billed above at the active rate
   * too: an upper bound by at most that time at the idle rate).
   */
  private void addMinInstances(Service s, double requests, boolean explain, Bill bill) {
    double instances = ColdStarts.peakConcurrency(s, requests, secondsPerMonth);
    double gib = gib(s);
    double vcpus = vcpus(gib);
    String kept =
        !explain
            ? null
            : "cold-start sensitive, so min-instances = "
                + Format.number(instances)
                + " for "
                + ColdStarts.peakText(s, requests, secondsPerMonth)
                + " x "
                + Format.number(secondsPerMonth)
                + " s";
    bill.add(
        "Cloud Run minimum instances, idle vCPU",
        "cloudrun.request.idleMinInstance.vcpuSecond",
        explain
            ? kept
                + " x "
                + Format.number(vcpus)
                + " vCPU x $"
                + Format.price(idleVcpuPrice)
                + " per vCPU-s (no free tier)"
            : null,
        instances * secondsPerMonth * vcpus * idleVcpuPrice);
    bill.add(
        "Cloud Run minimum instances, idle memory",
        "cloudrun.request.idleMinInstance.gibSecond",
        explain
            ? kept
                + " x "
                + Format.number(gib)
                + " GiB x $"
                + Format.price(idleGibPrice)
                + " per GiB-s (no free tier)"
            : null,
        instances * secondsPerMonth * gib * idleGibPrice);
  }

  /**
   * The instance time of {@code requests} requests, vCPU and memory, each its share by usage of the
   * account's charge after the free tier.
   */
  private void addInstanceTime(
      Service s, double requests, double[] others, boolean explain, Bill bill) {
    String mode = instanceBased == null ? "cloudrun.request." : "cloudrun.instance.";
    String billing = instanceBased == null ? "" : " (instance-based)";
    double seconds = instanceSeconds(s, requests);
    double gib = gib(s);
    double vcpus = vcpus(gib);
    String time = explain ? instanceTimeText(s, requests, seconds) : null;
    addVcpuTime(seconds, gib, vcpus, others, mode, billing, time, bill);
    addMemoryTime(s, seconds, gib, others, mode, billing, time, bill);
  }

  /**
   * How the {@code seconds} of instance time come about: each request's rounded duration, one
   * request an instance; with instance-based billing, the average instances all month.
   */
  private String instanceTimeText(Service s, double requests, double seconds) {
    return instanceBased == null
        ? Format.number(requests)
            + " requests x "
            + Format.number(s.avgDurationMs())
            + " ms rounded up to "
            + Format.number(billedMs(s))
            + " ms, one request an instance, = "
            + Format.number(seconds)
            + " instance-s"
        : Format.number(instances(s, requests))
            + " instance(s) on average ("
            + Replicas.basis(Replicas.load(instanceBased, secondsPerMonth, s, requests), s)
            + "; at each level the cores at "
            + Format.percent(instanceBased.targetUtilization())
            + " target utilisation, at least one, none without work) x "
            + Format.number(secondsPerMonth)
            + " s = "
            + Format.number(seconds)
            + " instance-s";
  }

  /** The vCPU time: {@code vcpus} for every second of instance time ({@code time} explains it). */
  private void addVcpuTime(
      double seconds,
      double gib,
      double vcpus,
      double[] others,
      String mode,
      String billing,
      String time,
      Bill bill) {
    double vcpuSeconds = seconds * vcpus;
    double allVcpu = others[VCPU_SECONDS] + vcpuSeconds;
    double billableVcpu = Math.max(0, allVcpu - freeVcpuSeconds);
    bill.add(
        "Cloud Run vCPU time" + billing,
        mode + "vcpuSecond",
        bill.explaining()
            ? time
                + " x "
                + Format.number(vcpus)
                + " vCPU"
                + (vcpus > 1 ? " (the fewest for " + Format.number(gib) + " GiB)" : "")
                + "; "
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

  /** The memory time: {@code gib} for every second of instance time ({@code time} explains it). */
  private void addMemoryTime(
      Service s,
      double seconds,
      double gib,
      double[] others,
      String mode,
      String billing,
      String time,
      Bill bill) {
    double gibSeconds = seconds * gib;
    double allGib = others[GIB_SECONDS] + gibSeconds;
    double billableGib = Math.max(0, allGib - freeGibSeconds);
    bill.add(
        "Cloud Run memory time" + billing,
        mode + "gibSecond",
        bill.explaining()
            ? time
                + " x "
                + Format.number(gib)
                + " GiB"
                + (s.memoryMb() < minMemoryMb
                    ? " (Cloud Run's minimum " + Format.number(minMemoryMb) + " MiB)"
                    : " (" + Format.number(s.memoryMb()) + " MB / 1024)")
                + "; "
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
}
