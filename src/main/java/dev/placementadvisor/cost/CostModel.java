package dev.placementadvisor.cost;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Instance;
import dev.placementadvisor.pricing.PriceCatalog.Price;
import dev.placementadvisor.report.Format;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices one service on Lambda, on an EKS cluster and on a Workers-style edge platform, for a
 * month. Account-level charges are shared with the other services on the same platform in
 * proportion to usage, so one service alone costs exactly the provider's bill. See
 * docs/cost-model.md for every formula.
 */
public final class CostModel {
  private static final double MILLION = 1_000_000;

  private final PriceCatalog catalog;
  private final KubernetesSettings cluster;
  private final Instance node;
  private final Instance gpuNode;
  private final boolean freeTier;
  private final double hours;
  private final Price lambdaRequests;
  private final Price durationX86;
  private final Price durationArm;
  private final Price restRequests;
  private final Price httpRequests;
  private final Price logIngestion;
  private final Price natHour;
  private final Price controlPlane;
  private final Price albHour;
  private final Price albLcu;
  private final double freeRequests;
  private final double freeGbSeconds;
  private final double edgeBaseFee;
  private final double edgeRequestPrice;
  private final double edgeCpuPrice;
  private final double edgeIncludedRequests;
  private final double edgeIncludedCpuMs;
  private final double connectionsPerLcu;
  private final Rates rates;

  /**
   * @param instanceTypeWhere where the instance type was named, for the error when it is unknown
   */
  public CostModel(
      PriceCatalog catalog,
      KubernetesSettings cluster,
      boolean freeTier,
      dev.placementadvisor.input.Location instanceTypeWhere) {
    this.catalog = catalog;
    this.cluster = cluster;
    this.freeTier = freeTier;
    this.hours = catalog.hoursPerMonth();
    this.lambdaRequests = catalog.price("lambda.requests");
    this.durationX86 = catalog.price("lambda.duration.x86_64");
    this.durationArm = catalog.price("lambda.duration.arm64");
    this.restRequests = catalog.price("apigateway.rest.requests");
    this.httpRequests = catalog.price("apigateway.http.requests");
    this.logIngestion = catalog.price("cloudwatch.logs.ingestion");
    this.natHour = catalog.price("nat.hour");
    this.controlPlane = catalog.price("eks.controlPlane");
    this.albHour = catalog.price("alb.hour");
    this.albLcu = catalog.price("alb.lcu");
    this.freeRequests = catalog.quantity("lambda.freeTier.requests");
    this.freeGbSeconds = catalog.quantity("lambda.freeTier.gbSeconds");
    this.edgeBaseFee = catalog.price("edge.baseFee").first();
    this.edgeRequestPrice = catalog.price("edge.requests").first();
    this.edgeCpuPrice = catalog.price("edge.cpuMs").first();
    this.edgeIncludedRequests = catalog.quantity("edge.includedRequests");
    this.edgeIncludedCpuMs = catalog.quantity("edge.includedCpuMs");
    this.connectionsPerLcu = catalog.quantity("alb.lcu.newConnectionsPerSecond");
    this.node = catalog.instances().get(cluster.instanceType());
    if (node == null) {
      throw new InputException(
          instanceTypeWhere,
          "instance type '"
              + cluster.instanceType()
              + "' is not in the pricing catalog (known: "
              + String.join(", ", catalog.instances().keySet().stream().sorted().toList())
              + ")");
    }
    this.gpuNode =
        catalog.instances().values().stream()
            .filter(i -> i.gpu() > 0)
            .min(java.util.Comparator.comparingDouble(Instance::hourly).thenComparing(Instance::type))
            .orElse(null);
    this.rates = new Rates(this);
  }

  private static double[] upTo(Price p) {
    double[] a = new double[p.tiers().size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = p.tiers().get(i).upTo();
    }
    return a;
  }

  private static double[] prices(Price p) {
    double[] a = new double[p.tiers().size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = p.tiers().get(i).price();
    }
    return a;
  }

  public PriceCatalog catalog() {
    return catalog;
  }

  double secondsPerMonth() {
    return hours * 3600;
  }

  /** The usage one service adds to each platform's account at a request volume. */
  Usage usage(Service s, double requests) {
    double gbs = requests * Math.ceil(s.avgDurationMs()) / 1000.0 * s.memoryMb() / 1024.0;
    boolean arm = s.architecture() == Architecture.ARM64;
    Sizing k = sizing(s, requests);
    return new Usage(
        1,
        requests,
        arm ? 0 : gbs,
        arm ? gbs : 0,
        s.apiGateway() == ApiGateway.REST ? requests : 0,
        s.apiGateway() == ApiGateway.HTTP ? requests : 0,
        s.vpcEgress() ? 1 : 0,
        s.vpcEgress() ? requests : 0,
        requests * s.cpuMsPerRequest(),
        s.gpu() ? 0 : k.nodes(),
        k.weight());
  }

  /** How one service is sized on the cluster. */
  record Sizing(double cores, int replicas, double vcpu, double memoryGib, double nodes, double weight, boolean gpu) {}

  Sizing sizing(Service s, double requests) {
    double rate = requests / secondsPerMonth();
    double cores = rate * s.cpuMsPerRequest() / 1000.0;
    double sized = cluster.autoscaling() ? cores : cores * s.traffic().peakToAverage();
    int replicas = (int) Math.max(2, Math.ceil(sized - 1e-9));
    double vcpu = sized / cluster.targetUtilization();
    double memory = replicas * s.memoryMb() / 1024.0 / cluster.targetUtilization();
    if (s.gpu() && gpuNode != null) {
      double gpuNodes = replicas;
      return new Sizing(sized, replicas, vcpu, memory, gpuNodes, gpuNodes * gpuNode.hourly(), true);
    }
    double nodes = Math.max(vcpu / node.vcpu(), memory / node.memoryGib());
    return new Sizing(sized, replicas, vcpu, memory, nodes, nodes * node.hourly(), false);
  }

  /** Lambda: requests, duration, API Gateway, logs and NAT. {@code others}: the rest of the account. */
  PlatformCost serverless(Service s, double requests, Usage others, boolean explain) {
    Usage self = usage(s, requests);
    Usage all = others.plus(self);
    PlatformCost.Builder lines = new PlatformCost.Builder(explain);

    Price req = lambdaRequests;
    double free = freeTier ? freeRequests : 0;
    double billable = Math.max(0, all.requests() - free);
    double reqCost = share(requests, all.requests(), billable / MILLION * req.first());
    lines.add("Lambda requests", explain
        ? accountFormula(Format.number(requests) + " requests", all.requests(), requests, free, "requests", billable,
            "$" + Format.price(req.first()) + " per 1M")
        : null, reqCost, true);

    double gbs = arch(s) ? self.gbSecondsArm() : self.gbSecondsX86();
    double allGbs = all.gbSecondsX86() + all.gbSecondsArm();
    double freeGbs = freeTier ? freeGbSeconds : 0;
    double billableFraction = allGbs <= 0 ? 0 : Math.max(0, allGbs - freeGbs) / allGbs;
    double archGbs = arch(s) ? all.gbSecondsArm() : all.gbSecondsX86();
    Price dur = arch(s) ? durationArm : durationX86;
    double archCost = PriceCatalog.tiered(dur, archGbs * billableFraction, 1);
    double durCost = share(gbs, archGbs, archCost);
    lines.add("Lambda duration (" + s.architecture().id() + ")", explain
        ? Format.number(requests) + " requests x " + Format.number(Math.ceil(s.avgDurationMs())) + " ms x "
            + Format.number(s.memoryMb()) + " MB / 1024 = " + Format.number(gbs) + " GB-s"
            + (freeTier ? ", less its share of the 400,000 GB-s free tier" : "")
            + (others.services() > 0 ? ", its share of the account's tiered charge" : "")
            + " x " + tierText(dur, "GB-s")
        : null, durCost);

    if (s.apiGateway() != ApiGateway.NONE) {
      boolean rest = s.apiGateway() == ApiGateway.REST;
      Price gw = rest ? restRequests : httpRequests;
      double total = rest ? all.restRequests() : all.httpRequests();
      double gwCost = share(requests, total, PriceCatalog.tiered(gw, total, MILLION));
      lines.add("API Gateway " + (rest ? "REST" : "HTTP") + " requests", explain
          ? Format.number(requests) + " requests x " + tierText(gw, "requests")
              + (others.services() > 0 && total > requests ? " (tiers on the account's " + Format.number(total) + ")" : "")
          : null, gwCost, true);
    }
    if (s.logsGbPerMonth() > 0) {
      Price logs = logIngestion;
      lines.add("CloudWatch Logs ingestion", explain
          ? Format.number(s.logsGbPerMonth()) + " GB x $" + Format.price(logs.first()) + " per GB" : null,
          s.logsGbPerMonth() * logs.first());
    }
    if (s.vpcEgress()) {
      Price nat = natHour;
      double natMonth = nat.first() * hours;
      double natShare = all.natRequests() > 0 ? share(requests, all.natRequests(), natMonth) : natMonth / all.natServices();
      lines.add("NAT gateway", explain
          ? Format.number(hours) + " h x $" + Format.price(nat.first()) + " per hour"
              + (all.natServices() > 1 ? ", shared by requests with " + (all.natServices() - 1) + " other VPC service(s)" : "")
              + " (data processing not included: no payload size given)"
          : null, natShare);
    }
    return lines.build();
  }

  /** Workers-style edge: base fee, requests and CPU time beyond the included allowances. */
  PlatformCost edge(Service s, double requests, Usage others, boolean explain) {
    Usage self = usage(s, requests);
    Usage all = others.plus(self);
    PlatformCost.Builder lines = new PlatformCost.Builder(explain);
    double base = edgeBaseFee;
    double baseShare = all.requests() > 0 ? share(requests, all.requests(), base) : base / all.services();
    lines.add("Edge plan base fee", explain
        ? "$" + Format.number(base) + " per month" + (others.services() > 0 ? ", shared by requests" : "") : null,
        baseShare, true);
    double includedReq = edgeIncludedRequests;
    double reqPrice = edgeRequestPrice;
    double overReq = Math.max(0, all.requests() - includedReq);
    lines.add("Edge requests", explain
        ? "(" + Format.number(all.requests()) + " - " + Format.number(includedReq) + " included) / 1M x $"
            + Format.price(reqPrice) + (others.services() > 0 ? ", its request share" : "")
        : null, share(requests, all.requests(), overReq / MILLION * reqPrice), true);
    double includedCpu = edgeIncludedCpuMs;
    double cpuPrice = edgeCpuPrice;
    double overCpu = Math.max(0, all.cpuMs() - includedCpu);
    lines.add("Edge CPU time", explain
        ? "(" + Format.number(requests) + " x " + Format.number(s.cpuMsPerRequest()) + " ms"
            + (others.services() > 0 ? " + others' " + Format.number(others.cpuMs()) + " ms" : "")
            + " - " + Format.number(includedCpu) + " included) / 1M x $" + Format.price(cpuPrice)
        : null, share(self.cpuMs(), all.cpuMs(), overCpu / MILLION * cpuPrice));
    return lines.build();
  }

  /** EKS: the service's nodes (or its share of the minimum), control plane and load balancer. */
  PlatformCost kubernetes(Service s, double requests, Usage others, boolean explain) {
    Usage self = usage(s, requests);
    Usage all = others.plus(self);
    Sizing z = sizing(s, requests);
    PlatformCost.Builder lines = new PlatformCost.Builder(explain);
    if (z.gpu()) {
      double cost = z.nodes() * gpuNode.hourly() * hours;
      lines.add("GPU nodes (" + gpuNode.type() + ")", explain
          ? Format.number(z.nodes()) + " node(s), one per replica, x $" + Format.price(gpuNode.hourly())
              + " per hour x " + Format.number(hours) + " h"
          : null, cost);
    } else {
      double demand = Math.max(0, all.nodeDemand());
      double clusterNodes = Math.max(cluster.minNodes(), demand);
      if (!cluster.autoscaling()) {
        clusterNodes = Math.ceil(clusterNodes - 1e-9);
      }
      double nodesCost = clusterNodes * node.hourly() * hours;
      double myShare = demand > 0 ? self.nodeDemand() / demand
          : all.weight() > 0 ? self.weight() / all.weight() : 1.0 / all.services();
      lines.add("Nodes (" + node.type() + ")", explain
          ? sizingText(s, z) + "; cluster " + Format.number(clusterNodes) + " node(s) (minimum "
              + cluster.minNodes() + ") x $" + Format.price(node.hourly()) + " per hour x "
              + Format.number(hours) + " h" + (others.services() > 0 ? ", its share " + Format.percent(myShare) : "")
          : null, nodesCost * myShare);
    }
    double weightShare = all.weight() > 0 ? self.weight() / all.weight() : 1.0 / all.services();
    Price cp = controlPlane;
    lines.add("EKS control plane", explain
        ? Format.number(hours) + " h x $" + Format.price(cp.first()) + " per hour"
            + (others.services() > 0 ? ", its share " + Format.percent(weightShare) : "")
        : null, cp.first() * hours * weightShare);
    Price alb = albHour;
    lines.add("Load balancer (ALB)", explain
        ? Format.number(hours) + " h x $" + Format.price(alb.first()) + " per hour"
            + (others.services() > 0 ? ", its share " + Format.percent(weightShare) : "")
        : null, alb.first() * hours * weightShare);
    double perLcu = connectionsPerLcu;
    double lcu = requests / secondsPerMonth() / perLcu;
    Price lcuPrice = albLcu;
    lines.add("Load balancer capacity units", explain
        ? Format.number(requests / secondsPerMonth()) + " requests/s (one new connection each) / "
            + Format.number(perLcu) + " per LCU = " + Format.number(lcu) + " LCU x $"
            + Format.price(lcuPrice.first()) + " per LCU-hour x " + Format.number(hours) + " h"
        : null, lcu * lcuPrice.first() * hours);
    return lines.build();
  }

  /** What {@link Quote} reads of the model, worked out once per model. */
  private static final class Rates {
    final double free;
    final double freeGbs;
    final double reqPrice;
    final double natMonth;
    final double secondsPerMonth;
    final boolean autoscaling;
    final double targetUtilization;
    final double minNodes;
    final double nodeVcpu;
    final double nodeMemoryGib;
    final double nodeHourly;
    final double gpuHourly;
    final double hours;
    final double controlPlaneMonth;
    final double albMonth;
    final double perLcu;
    final double lcuPrice;
    final double edgeBase;
    final double edgeIncludedRequests;
    final double edgeRequestPrice;
    final double edgeIncludedCpuMs;
    final double edgeCpuPrice;
    final double[] durationX86UpTo;
    final double[] durationX86Prices;
    final double[] durationArmUpTo;
    final double[] durationArmPrices;
    final double[] restUpTo;
    final double[] restPrices;
    final double[] httpUpTo;
    final double[] httpPrices;
    /** Whether the rates suit Quote.negativeOn: finite, not negative, divisors above zero. */
    final boolean boundable;

    Rates(CostModel m) {
      free = m.freeTier ? m.freeRequests : 0;
      freeGbs = m.freeTier ? m.freeGbSeconds : 0;
      reqPrice = m.lambdaRequests.first();
      natMonth = m.natHour.first() * m.hours;
      secondsPerMonth = m.secondsPerMonth();
      autoscaling = m.cluster.autoscaling();
      targetUtilization = m.cluster.targetUtilization();
      minNodes = m.cluster.minNodes();
      nodeVcpu = m.node.vcpu();
      nodeMemoryGib = m.node.memoryGib();
      nodeHourly = m.node.hourly();
      gpuHourly = m.gpuNode == null ? 0 : m.gpuNode.hourly();
      hours = m.hours;
      controlPlaneMonth = m.controlPlane.first() * m.hours;
      albMonth = m.albHour.first() * m.hours;
      perLcu = m.connectionsPerLcu;
      lcuPrice = m.albLcu.first();
      edgeBase = m.edgeBaseFee;
      edgeIncludedRequests = m.edgeIncludedRequests;
      edgeRequestPrice = m.edgeRequestPrice;
      edgeIncludedCpuMs = m.edgeIncludedCpuMs;
      edgeCpuPrice = m.edgeCpuPrice;
      durationX86UpTo = upTo(m.durationX86);
      durationX86Prices = prices(m.durationX86);
      durationArmUpTo = upTo(m.durationArm);
      durationArmPrices = prices(m.durationArm);
      restUpTo = upTo(m.restRequests);
      restPrices = prices(m.restRequests);
      httpUpTo = upTo(m.httpRequests);
      httpPrices = prices(m.httpRequests);
      boolean sane = true;
      for (double v : new double[] {free, freeGbs, reqPrice, natMonth, minNodes, nodeHourly,
          gpuHourly, hours, controlPlaneMonth, albMonth, lcuPrice, secondsPerMonth,
          targetUtilization, nodeVcpu, nodeMemoryGib, perLcu}) {
        sane &= Quote.sane(v);
      }
      boundable =
          sane
              && secondsPerMonth > 0
              && targetUtilization > 0
              && nodeVcpu > 0
              && nodeMemoryGib > 0
              && perLcu > 0
              && tiersSane(durationX86UpTo, durationX86Prices)
              && tiersSane(durationArmUpTo, durationArmPrices)
              && tiersSane(restUpTo, restPrices)
              && tiersSane(httpUpTo, httpPrices);
    }

    /** Tier bounds rising (any last one may be infinite), prices finite and not negative. */
    private static boolean tiersSane(double[] upTo, double[] prices) {
      double lower = 0;
      for (int i = 0; i < upTo.length; i++) {
        if (!(upTo[i] >= lower) || !(prices[i] >= 0 && prices[i] < Double.POSITIVE_INFINITY)) {
          return false;
        }
        lower = upTo[i];
      }
      return true;
    }
  }

  /**
   * The totals of {@code s} on each platform at any volume, {@code others} fixed, bit for bit the
   * totals of {@link #serverless}, {@link #kubernetes} and {@link #edge} without their lines and
   * without allocating. The crossover search asks for the gap a couple of hundred times per
   * service, and the engine for all three totals many times, so what does not depend on the volume
   * is worked out once here.
   */
  Quote quote(Service s, Usage others) {
    return new Quote(this, s, others);
  }

  /** {@link #quote} with the rest of the account {@code all} less {@code self}, clamped at zero. */
  Quote quote(Service s, Usage all, Usage self) {
    return new Quote(this, s, all, self);
  }

  /**
   * The totals-only twin of {@link #serverless}, {@link #kubernetes} and {@link #edge} (with
   * {@link #usage} and {@link #sizing} inlined): every double is computed by the same operations
   * in the same order as there, so the results are the same doubles. A change to any formula must
   * be made here too; CostModelQuoteTest compares the two on many services and volumes.
   */
  static final class Quote {
    private final Rates r;
    private final boolean arm;
    private final double ceilAvg;
    private final int memoryMb;
    private final double cpuMs;
    private final double peakToAverage;
    private final boolean rest;
    private final boolean http;
    private final boolean vpc;
    private final boolean gpu;
    private final boolean gpuSized;
    private final boolean logs;
    private final double logsCost;
    private final double[] durUpTo;
    private final double[] durPrice;
    private final double[] gwUpTo;
    private final double[] gwPrice;
    // The rest of the account.
    private final int oServices;
    private final double oRequests;
    private final double oX86;
    private final double oArm;
    private final double oRest;
    private final double oHttp;
    private final int oNatServices;
    private final double oNatRequests;
    private final double oCpuMs;
    private final double oNodeDemand;
    private final double oWeight;

    /** {@code s} with {@code others} as the rest of the account. */
    Quote(CostModel m, Service s, Usage others) {
      this(m, s, others.services(), others.requests(), others.gbSecondsX86(),
          others.gbSecondsArm(), others.restRequests(), others.httpRequests(),
          others.natServices(), others.natRequests(), others.cpuMs(), others.nodeDemand(),
          others.weight());
    }

    /**
     * {@code s} with the rest of the account {@code all} less {@code self}, each field at least
     * zero: {@code Costing.clamp(all.minus(self))} without the two records.
     */
    Quote(CostModel m, Service s, Usage all, Usage self) {
      this(m, s,
          Math.max(0, all.services() - self.services()),
          Math.max(0, all.requests() - self.requests()),
          Math.max(0, all.gbSecondsX86() - self.gbSecondsX86()),
          Math.max(0, all.gbSecondsArm() - self.gbSecondsArm()),
          Math.max(0, all.restRequests() - self.restRequests()),
          Math.max(0, all.httpRequests() - self.httpRequests()),
          Math.max(0, all.natServices() - self.natServices()),
          Math.max(0, all.natRequests() - self.natRequests()),
          Math.max(0, all.cpuMs() - self.cpuMs()),
          Math.max(0, all.nodeDemand() - self.nodeDemand()),
          Math.max(0, all.weight() - self.weight()));
    }

    private Quote(CostModel m, Service s, int oServices, double oRequests, double oX86,
        double oArm, double oRest, double oHttp, int oNatServices, double oNatRequests,
        double oCpuMs, double oNodeDemand, double oWeight) {
      r = m.rates;
      arm = s.architecture() == Architecture.ARM64;
      ceilAvg = ceil(s.avgDurationMs());
      memoryMb = s.memoryMb();
      cpuMs = s.cpuMsPerRequest();
      peakToAverage = s.traffic().peakToAverage();
      rest = s.apiGateway() == ApiGateway.REST;
      http = s.apiGateway() == ApiGateway.HTTP;
      vpc = s.vpcEgress();
      gpu = s.gpu();
      gpuSized = s.gpu() && m.gpuNode != null;
      logs = s.logsGbPerMonth() > 0;
      logsCost = s.logsGbPerMonth() * m.logIngestion.first();
      durUpTo = arm ? r.durationArmUpTo : r.durationX86UpTo;
      durPrice = arm ? r.durationArmPrices : r.durationX86Prices;
      gwUpTo = rest ? r.restUpTo : r.httpUpTo;
      gwPrice = rest ? r.restPrices : r.httpPrices;
      this.oServices = oServices;
      this.oRequests = oRequests;
      this.oX86 = oX86;
      this.oArm = oArm;
      this.oRest = oRest;
      this.oHttp = oHttp;
      this.oNatServices = oNatServices;
      this.oNatRequests = oNatRequests;
      this.oCpuMs = oCpuMs;
      this.oNodeDemand = oNodeDemand;
      this.oWeight = oWeight;
    }

    /** Whether {@link #negativeOn} can bound this quote: every input finite and not negative. */
    private boolean boundable() {
      return r.boundable
          && memoryMb >= 0
          && oServices >= 0
          && oNatServices >= 0
          && sane(ceilAvg) && sane(cpuMs) && sane(peakToAverage)
          && sane(oRequests) && sane(oX86) && sane(oArm) && sane(oRest) && sane(oHttp)
          && sane(oNatRequests) && sane(oCpuMs) && sane(oNodeDemand) && sane(oWeight);
    }

    /** True when {@code v} is finite and not negative. */
    static boolean sane(double v) {
      return v >= 0 && v < Double.POSITIVE_INFINITY;
    }

    /** {@link PriceCatalog#tiered}, over arrays. */
    private static double tiered(double[] upTo, double[] price, double usage, double perUnits) {
      double cost = 0;
      double lower = 0;
      for (int i = 0; i < upTo.length; i++) {
        if (usage <= lower) {
          break;
        }
        double inTier = min(usage, upTo[i]) - lower;
        cost += inTier / perUnits * price[i];
        lower = upTo[i];
      }
      return cost;
    }

    /**
     * True only if {@link #gap} is negative at every volume from {@code a} to {@code b} (0 &le; a
     * &le; b): serverless stays cheaper there, so a search for where it stops being cheaper need
     * not look at any volume in between. False when that cannot be shown (which proves nothing).
     *
     * <p>It bounds {@link #serverless} from above and {@link #kubernetes} from below over the
     * whole range by running their operations on the ends of ranges. Rounding to nearest is
     * monotone, so every operation that only grows (or only shrinks) with an input keeps its
     * computed result between its results at the ends of that input's range; where the code
     * branches, the bound takes every branch that can happen. The bounds therefore hold for the
     * doubles {@link #gap} computes, not just for exact arithmetic. They need every input finite
     * and not negative, and a cluster and prices that make sense ({@link #boundable}).
     */
    boolean negativeOn(double a, double b) {
      if (!(a >= 0) || !(b >= a) || !(b < Double.POSITIVE_INFINITY) || !boundable()) {
        return false;
      }
      double k = kubernetesAtLeast(a, b);
      return k < Double.POSITIVE_INFINITY && serverlessAtMost(a, b) < k;
    }

    /** Not less than {@link #serverless} at any volume from {@code a} to {@code b}. */
    double serverlessAtMost(double a, double b) {
      double gbsLo = a * ceilAvg / 1000.0 * memoryMb / 1024.0;
      double gbsHi = b * ceilAvg / 1000.0 * memoryMb / 1024.0;
      double allRequestsLo = oRequests + a;
      double allRequestsHi = oRequests + b;
      double allX86Lo = oX86 + (arm ? 0 : gbsLo);
      double allX86Hi = oX86 + (arm ? 0 : gbsHi);
      double allArmLo = oArm + (arm ? gbsLo : 0);
      double allArmHi = oArm + (arm ? gbsHi : 0);
      double total = 0;

      double amountLo = atLeastZero(allRequestsLo - r.free) / MILLION * r.reqPrice;
      double amountHi = atLeastZero(allRequestsHi - r.free) / MILLION * r.reqPrice;
      total += shareAtMost(b, allRequestsLo, amountHi);

      double allGbsLo = allX86Lo + allArmLo;
      double allGbsHi = allX86Hi + allArmHi;
      // max(0, G - free) / G is at most 1 (the free tier is not negative) and 0 when G <= 0.
      double fractionHi =
          allGbsLo > 0 ? min(1.0, atLeastZero(allGbsHi - r.freeGbs) / allGbsLo) : 1.0;
      double archGbsLo = arm ? allArmLo : allX86Lo;
      double archGbsHi = arm ? allArmHi : allX86Hi;
      double archCostHi = tiered(durUpTo, durPrice, archGbsHi * fractionHi, 1);
      total += shareAtMost(gbsHi, archGbsLo, archCostHi);

      if (rest || http) {
        double gwTotalLo = rest ? oRest + a : oHttp + a;
        double gwTotalHi = rest ? oRest + b : oHttp + b;
        total += shareAtMost(b, gwTotalLo, tiered(gwUpTo, gwPrice, gwTotalHi, MILLION));
      }
      if (logs) {
        total += logsCost;
      }
      if (vpc) {
        double allNatLo = oNatRequests + a;
        double allNatHi = oNatRequests + b;
        double natHi = allNatHi > 0 ? shareAtMost(b, allNatLo, r.natMonth) : 0;
        if (allNatLo <= 0) {
          natHi = max(natHi, r.natMonth / (oNatServices + 1));
        }
        total += natHi;
      }
      return total;
    }

    /**
     * Not less than {@code share(mine, total, amount)} for any mine up to {@code mineHi}, total
     * from {@code totalLo} and amount up to {@code amountHi} (all not negative): the share is
     * the whole amount when total &le; mine, and otherwise amount times a ratio below 1.
     */
    private static double shareAtMost(double mineHi, double totalLo, double amountHi) {
      if (amountHi == 0 || mineHi <= 0) {
        return 0;
      }
      if (totalLo <= mineHi) {
        return amountHi;
      }
      return amountHi * min(1.0, mineHi / totalLo);
    }

    /** Not more than {@link #kubernetes} at any volume from {@code a} to {@code b}. */
    double kubernetesAtLeast(double a, double b) {
      double rateLo = a / r.secondsPerMonth;
      double rateHi = b / r.secondsPerMonth;
      double sizedLo = sized(rateLo);
      double sizedHi = sized(rateHi);
      int replicasLo = replicas(sizedLo);
      int replicasHi = replicas(sizedHi);
      if ((long) replicasHi * memoryMb > Integer.MAX_VALUE) {
        // replicas * memoryMb would wrap around: no longer growing with the volume.
        return Double.NEGATIVE_INFINITY;
      }
      double nodesLo;
      double nodesHi;
      double weightLo;
      double weightHi;
      if (gpuSized) {
        nodesLo = replicasLo;
        nodesHi = replicasHi;
        weightLo = nodesLo * r.gpuHourly;
        weightHi = nodesHi * r.gpuHourly;
      } else {
        double memoryLo = replicasLo * memoryMb / 1024.0 / r.targetUtilization;
        double memoryHi = replicasHi * memoryMb / 1024.0 / r.targetUtilization;
        nodesLo = max(sizedLo / r.targetUtilization / r.nodeVcpu, memoryLo / r.nodeMemoryGib);
        nodesHi = max(sizedHi / r.targetUtilization / r.nodeVcpu, memoryHi / r.nodeMemoryGib);
        weightLo = nodesLo * r.nodeHourly;
        weightHi = nodesHi * r.nodeHourly;
      }
      double selfDemandLo = gpu ? 0 : nodesLo;
      double selfDemandHi = gpu ? 0 : nodesHi;
      double allDemandLo = oNodeDemand + selfDemandLo;
      double allDemandHi = oNodeDemand + selfDemandHi;
      double allWeightLo = oWeight + weightLo;
      double allWeightHi = oWeight + weightHi;
      int allServices = oServices + 1;
      // weight / allWeight when allWeight > 0, else 1 / services.
      double weightShareLo = Double.POSITIVE_INFINITY;
      if (allWeightHi > 0) {
        weightShareLo = weightLo <= 0 ? 0 : weightLo / allWeightHi;
      }
      if (allWeightLo <= 0) {
        weightShareLo = min(weightShareLo, 1.0 / allServices);
      }
      double total = 0;
      if (gpuSized) {
        total += nodesLo * r.gpuHourly * r.hours;
      } else {
        double demandLo = atLeastZero(allDemandLo);
        double demandHi = atLeastZero(allDemandHi);
        double clusterNodesLo = max(r.minNodes, demandLo);
        if (!r.autoscaling) {
          clusterNodesLo = ceil(clusterNodesLo - 1e-9);
        }
        double nodesCostLo = clusterNodesLo * r.nodeHourly * r.hours;
        // selfDemand / demand when demand > 0, else the weight share.
        double myShareLo = Double.POSITIVE_INFINITY;
        if (demandHi > 0) {
          myShareLo = selfDemandLo <= 0 ? 0 : selfDemandLo / demandHi;
        }
        if (demandLo <= 0) {
          myShareLo = min(myShareLo, weightShareLo);
        }
        total += nodesCostLo * myShareLo;
      }
      total += r.controlPlaneMonth * weightShareLo;
      total += r.albMonth * weightShareLo;
      double lcuLo = rateLo / r.perLcu;
      total += lcuLo * r.lcuPrice * r.hours;
      return total;
    }

    /**
     * {@code Math.min(a, b)}: the strict comparisons decide most cases without Math.min's checks
     * for NaN and signed zeros (not free without C2); the rest goes to Math.min.
     */
    static double min(double a, double b) {
      return a < b ? a : b < a ? b : Math.min(a, b);
    }

    /** {@code Math.max(a, b)}, the same way. */
    static double max(double a, double b) {
      return a > b ? a : b > a ? b : Math.max(a, b);
    }

    /** {@code Math.max(0, x)}, the same way. */
    static double atLeastZero(double x) {
      return x > 0 ? x : Math.max(0, x);
    }

    /** Serverless total minus Kubernetes total at {@code requests} a month. */
    double gap(double requests) {
      return serverless(requests) - kubernetes(requests);
    }

    /** {@code serverless(s, requests, others, false).total()}. */
    double serverless(double requests) {
      double gbs = requests * ceilAvg / 1000.0 * memoryMb / 1024.0;
      double allRequests = oRequests + requests;
      double allX86 = oX86 + (arm ? 0 : gbs);
      double allArm = oArm + (arm ? gbs : 0);
      double total = 0;

      double billable = atLeastZero(allRequests - r.free);
      total += share(requests, allRequests, billable / MILLION * r.reqPrice);

      double allGbs = allX86 + allArm;
      double billableFraction = allGbs <= 0 ? 0 : atLeastZero(allGbs - r.freeGbs) / allGbs;
      double archGbs = arm ? allArm : allX86;
      double archCost = tiered(durUpTo, durPrice, archGbs * billableFraction, 1);
      total += share(gbs, archGbs, archCost);

      if (rest || http) {
        double gwTotal = rest ? oRest + requests : oHttp + requests;
        total += share(requests, gwTotal, tiered(gwUpTo, gwPrice, gwTotal, MILLION));
      }
      if (logs) {
        total += logsCost;
      }
      if (vpc) {
        double allNatRequests = oNatRequests + requests;
        total += allNatRequests > 0
            ? share(requests, allNatRequests, r.natMonth)
            : r.natMonth / (oNatServices + 1);
      }
      return total;
    }

    /** {@code serverless(s, requests, others, false).requestLayer()}. */
    double serverlessRequestLayer(double requests) {
      double allRequests = oRequests + requests;
      double layer = 0;
      double billable = atLeastZero(allRequests - r.free);
      layer += share(requests, allRequests, billable / MILLION * r.reqPrice);
      if (rest || http) {
        double gwTotal = rest ? oRest + requests : oHttp + requests;
        layer += share(requests, gwTotal, tiered(gwUpTo, gwPrice, gwTotal, MILLION));
      }
      return layer;
    }

    /** {@code kubernetes(s, requests, others, false).total()}. */
    double kubernetes(double requests) {
      double rate = requests / r.secondsPerMonth;
      double sized = sized(rate);
      int replicas = replicas(sized);
      double nodes;
      double weight;
      if (gpuSized) {
        nodes = replicas;
        weight = nodes * r.gpuHourly;
      } else {
        double vcpu = sized / r.targetUtilization;
        double memory = replicas * memoryMb / 1024.0 / r.targetUtilization;
        nodes = max(vcpu / r.nodeVcpu, memory / r.nodeMemoryGib);
        weight = nodes * r.nodeHourly;
      }
      double selfDemand = gpu ? 0 : nodes;
      double allDemand = oNodeDemand + selfDemand;
      double allWeight = oWeight + weight;
      int allServices = oServices + 1;
      double total = 0;
      if (gpuSized) {
        total += nodes * r.gpuHourly * r.hours;
      } else {
        double demand = atLeastZero(allDemand);
        double clusterNodes = max(r.minNodes, demand);
        if (!r.autoscaling) {
          clusterNodes = ceil(clusterNodes - 1e-9);
        }
        double nodesCost = clusterNodes * r.nodeHourly * r.hours;
        double myShare = demand > 0 ? selfDemand / demand
            : allWeight > 0 ? weight / allWeight : 1.0 / allServices;
        total += nodesCost * myShare;
      }
      double weightShare = allWeight > 0 ? weight / allWeight : 1.0 / allServices;
      total += r.controlPlaneMonth * weightShare;
      total += r.albMonth * weightShare;
      // requests / secondsPerMonth / perLcu, the rate already divided out.
      double lcu = rate / r.perLcu;
      total += lcu * r.lcuPrice * r.hours;
      return total;
    }

    /** The cores to size for, from the rate in requests per second. */
    private double sized(double rate) {
      double cores = rate * cpuMs / 1000.0;
      return r.autoscaling ? cores : cores * peakToAverage;
    }

    /**
     * {@code (int) Math.max(2, Math.ceil(sized - 1e-9))}: up to 2 cores that is 2 whatever the
     * ceiling, so the ceiling (slow without the optimising compiler) is only taken above.
     */
    private static int replicas(double sized) {
      double x = sized - 1e-9;
      // Above 2 the ceiling is above 2 too: Math.max(2, ceil(x)) is ceil(x).
      return x <= 2 ? 2 : (int) ceil(x);
    }

    /**
     * {@code Math.ceil(x)}: without C2, Math.ceil is a call into StrictMath; a positive double
     * below 2^52 rounds up through a long exactly as well.
     */
    static double ceil(double x) {
      if (x > 0 && x < 0x1p52) {
        long whole = (long) x;
        return whole < x ? whole + 1 : whole;
      }
      return Math.ceil(x);
    }

    /** {@code edge(s, requests, others, false).total()}. */
    double edge(double requests) {
      double allRequests = oRequests + requests;
      double total = edgeRequestLayer(requests, allRequests);
      double selfCpu = requests * cpuMs;
      double allCpu = oCpuMs + selfCpu;
      double overCpu = Math.max(0, allCpu - r.edgeIncludedCpuMs);
      total += share(selfCpu, allCpu, overCpu / MILLION * r.edgeCpuPrice);
      return total;
    }

    /** {@code edge(s, requests, others, false).requestLayer()}. */
    double edgeRequestLayer(double requests) {
      return edgeRequestLayer(requests, oRequests + requests);
    }

    /** The base fee and request lines, summed in their order from zero like the builder does. */
    private double edgeRequestLayer(double requests, double allRequests) {
      double layer = 0;
      layer += allRequests > 0
          ? share(requests, allRequests, r.edgeBase)
          : r.edgeBase / (oServices + 1);
      double overReq = Math.max(0, allRequests - r.edgeIncludedRequests);
      layer += share(requests, allRequests, overReq / MILLION * r.edgeRequestPrice);
      return layer;
    }
  }

  private String sizingText(Service s, Sizing z) {
    return Format.number(z.cores()) + " cores busy ("
        + (cluster.autoscaling() ? "average" : "peak, x" + Format.number(s.traffic().peakToAverage()))
        + "), " + z.replicas() + " replicas x " + Format.number(s.memoryMb()) + " MB, at "
        + Format.percent(cluster.targetUtilization()) + " target utilisation: "
        + Format.number(z.vcpu()) + " vCPU, " + Format.number(z.memoryGib()) + " GiB = "
        + Format.number(z.nodes()) + " node(s) of " + Format.number(node.vcpu()) + " vCPU, "
        + Format.number(node.memoryGib()) + " GiB";
  }

  private static boolean arch(Service s) {
    return s.architecture() == Architecture.ARM64;
  }

  private static double share(double mine, double total, double amount) {
    if (amount == 0 || mine <= 0) {
      return 0;
    }
    return total <= mine ? amount : amount * (mine / total);
  }

  private static String accountFormula(String mine, double total, double requests, double free, String unit,
      double billable, String price) {
    StringBuilder b = new StringBuilder();
    if (total > requests) {
      b.append("(account ").append(Format.number(total)).append(' ').append(unit);
    } else {
      b.append("(").append(mine);
    }
    if (free > 0) {
      b.append(" - ").append(Format.number(free)).append(" free");
    }
    b.append(") = ").append(Format.number(billable)).append(" x ").append(price);
    if (total > requests) {
      b.append(", its share ").append(Format.percent(requests / total));
    }
    return b.toString();
  }

  private static String tierText(Price p, String unit) {
    if (!p.tiered()) {
      return "$" + Format.price(p.first()) + " " + p.unit();
    }
    StringBuilder b = new StringBuilder("tiers (");
    for (int i = 0; i < p.tiers().size(); i++) {
      PriceCatalog.Tier t = p.tiers().get(i);
      if (i > 0) {
        b.append(", ");
      }
      b.append("$").append(Format.price(t.price()));
      b.append(Double.isInfinite(t.upTo()) ? " beyond" : " to " + Format.volume(t.upTo()) + " " + unit);
    }
    return b.append(") ").append(p.unit()).toString();
  }
}
