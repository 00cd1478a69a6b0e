package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.ServiceRuntime;
import dev.placementadvisor.inventory.TrafficPattern;
import dev.placementadvisor.inventory.TrafficProfile;
import dev.placementadvisor.inventory.Workload;
import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.report.Placement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free totals ({@link CostModel.Quote}) are the very same doubles as the full cost
 * model's, and so the crossovers, the engine's costs and the estate are the same, on many random
 * services, accounts, clusters and volumes.
 */
class CostModelQuoteTest {
  private static final String[] INSTANCE_TYPES = {"t3.medium", "m5.large", "c6g.xlarge", "r5.large", "g4dn.xlarge"};

  /** Cost models over every mix of free tier, autoscaling and GPU nodes available or not. */
  static List<CostModel> models() {
    PriceCatalog bundled = CatalogLoader.bundled();
    Map<String, PriceCatalog.Instance> noGpu = new LinkedHashMap<>();
    bundled.instances().forEach((k, v) -> {
      if (v.gpu() == 0) {
        noGpu.put(k, v);
      }
    });
    PriceCatalog withoutGpu = new PriceCatalog(bundled.origin(), bundled.effectiveDate(),
        bundled.currency(), bundled.region(), bundled.hoursPerMonth(), bundled.prices(),
        bundled.quantities(), noGpu, bundled.kubernetesTax());
    List<CostModel> out = new ArrayList<>();
    int i = 0;
    for (PriceCatalog catalog : List.of(bundled, withoutGpu)) {
      for (boolean free : new boolean[] {false, true}) {
        for (boolean autoscaling : new boolean[] {true, false}) {
          String type = INSTANCE_TYPES[i++ % (catalog == bundled ? 5 : 4)];
          KubernetesSettings k = new KubernetesSettings(type, 1 + i % 4, 0.5 + 0.1 * (i % 4), autoscaling, null);
          out.add(new CostModel(catalog, k, free, Location.ofFile("test")));
        }
      }
    }
    return out;
  }

  static Service service(Random r, int n) {
    TrafficPattern pattern = TrafficPattern.values()[r.nextInt(TrafficPattern.values().length)];
    double requests = r.nextInt(10) == 0 ? 0 : Math.floor(Math.pow(10, r.nextDouble() * 11));
    double peak = r.nextBoolean() ? TrafficProfile.defaultPeakToAverage(pattern) : 1 + r.nextInt(12);
    TrafficProfile t = new TrafficProfile(null, pattern, requests, peak, 0);
    double avg = r.nextInt(8) == 0 ? 0.5 + r.nextDouble() * 3 : Math.pow(10, r.nextDouble() * 5);
    int memory = r.nextInt(20) == 0 ? 1024 * (1 + r.nextInt(400)) : 128 << r.nextInt(6);
    Workload w = Workload.values()[r.nextInt(Workload.values().length)];
    ApiGateway gw = ApiGateway.values()[r.nextInt(ApiGateway.values().length)];
    Architecture arch = r.nextBoolean() ? Architecture.ARM64 : Architecture.X86_64;
    double cpu = r.nextBoolean() ? avg * Service.cpuShare(w) : avg * r.nextDouble();
    return new Service("s" + n, Location.ofFile("s" + n), t,
        ServiceRuntime.values()[r.nextInt(ServiceRuntime.values().length)], avg, memory, w,
        r.nextInt(5) == 0, r.nextInt(6) == 0, r.nextInt(6) == 0, avg / 1000, r.nextBoolean(),
        r.nextBoolean(), false, gw, r.nextInt(3) == 0, r.nextInt(3) == 0 ? r.nextDouble() * 50 : 0,
        Set.of(), arch, cpu, true);
  }

  /** Volumes around every kind of point the crossover search visits. */
  static double[] volumes(Random r) {
    List<Double> v = new ArrayList<>(List.of(0.0, 1.0, 2.0, 3.5, Costing.CROSSOVER_CEILING, 1e12 + 0.5));
    for (double d = 1; d <= Costing.CROSSOVER_CEILING; d *= 2) {
      v.add(d);
      v.add(d * (1 + r.nextDouble()));
    }
    for (int i = 0; i < 40; i++) {
      v.add(Math.pow(10, r.nextDouble() * 13));
    }
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Sixty random services, as one estate. */
  private static List<Service> services(Random r) {
    List<Service> services = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      services.add(service(r, i));
    }
    return services;
  }

  @Test
  void quoteIsBitForBitTheFullModel() {
    Random r = new Random(20261124);
    int checked = 0;
    for (CostModel model : models()) {
      List<Service> services = services(r);
      Costing costing = new Costing(model, services);
      for (int i = 0; i < services.size(); i++) {
        Service s = services.get(i);
        for (Usage others : List.of(Usage.NONE, costing.others(i), costing.others(i).requestLayer())) {
          CostModel.Quote q = model.quote(s, others);
          for (double v : volumes(r)) {
            PlatformCost sl = model.serverless(s, v, others, false);
            PlatformCost k8s = model.kubernetes(s, v, others, false);
            PlatformCost edge = model.edge(s, v, others, false);
            String where = s + " at " + v + " with " + others;
            assertSame(q.serverless(v), sl.total(), "serverless of " + where);
            assertSame(q.serverlessRequestLayer(v), sl.requestLayer(), "serverless front of " + where);
            assertSame(q.kubernetes(v), k8s.total(), "kubernetes of " + where);
            assertSame(q.edge(v), edge.total(), "edge of " + where);
            assertSame(q.edgeRequestLayer(v), edge.requestLayer(), "edge front of " + where);
            assertSame(q.gap(v), costing.gap(s, v, others), "gap of " + where);
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(50_000);
  }

  @Test
  void boundsHoldAtEveryVolumeInTheirRange() {
    Random r = new Random(13);
    int shown = 0;
    for (CostModel model : models()) {
      List<Service> services = services(r);
      Costing costing = new Costing(model, services);
      for (int i = 0; i < services.size(); i++) {
        Service s = services.get(i);
        for (Usage others : List.of(Usage.NONE, costing.others(i), costing.others(i).requestLayer())) {
          CostModel.Quote q = model.quote(s, others);
          for (int round = 0; round < 40; round++) {
            double a = r.nextInt(10) == 0 ? 0 : Math.floor(Math.pow(10, r.nextDouble() * 13));
            double b = r.nextBoolean() ? a : a + Math.floor(Math.pow(10, r.nextDouble() * 13) * r.nextDouble());
            double serverlessAtMost = q.serverlessAtMost(a, b);
            double kubernetesAtLeast = q.kubernetesAtLeast(a, b);
            boolean negative = q.negativeOn(a, b);
            if (negative) {
              shown++;
            }
            for (int p = 0; p < 12; p++) {
              double v = p == 0 ? a : p == 1 ? b : a + (b - a) * r.nextDouble();
              if (p >= 2 && r.nextBoolean()) {
                v = Math.floor(v);
              }
              if (v < a || v > b) {
                continue;
              }
              String where = s + " at " + v + " in [" + a + ", " + b + "] with " + others;
              assertThat(q.serverless(v)).as("serverless of " + where).isLessThanOrEqualTo(serverlessAtMost);
              assertThat(q.kubernetes(v)).as("kubernetes of " + where).isGreaterThanOrEqualTo(kubernetesAtLeast);
              if (negative) {
                assertThat(q.gap(v)).as("gap of " + where).isNegative();
              }
            }
          }
        }
      }
    }
    assertThat(shown).as("ranges shown negative").isGreaterThan(1000);
  }

  @Test
  void ceilIsMathCeil() {
    Random r = new Random(14);
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
        1e-9, -1e-9, 0.5, 1.0, 1.5, 2.0, Math.nextUp(2.0), 0x1p52, Math.nextDown(0x1p52),
        Math.nextUp(0x1p52), 0x1p53, 1e300, -1.5, Double.MAX_VALUE, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN));
    for (int i = 0; i < 200_000; i++) {
      double x = Math.pow(10, -12 + r.nextDouble() * 30) * (r.nextInt(8) == 0 ? -1 : 1);
      values.add(x);
      values.add(Math.floor(x));
      values.add(Math.nextUp(Math.floor(x)));
      values.add(Math.floor(x) - 1e-9);
    }
    for (double x : values) {
      assertSame(CostModel.Quote.ceil(x), Math.ceil(x), "ceil(" + x + ")");
    }
  }

  @Test
  void minAndMaxAreMathsMinAndMax() {
    Random r = new Random(15);
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MAX_VALUE, 1e-300, 2.0, 1e13));
    for (int i = 0; i < 200; i++) {
      values.add((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(30) - 15));
    }
    for (double a : values) {
      assertSame(CostModel.Quote.atLeastZero(a), Math.max(0, a), "atLeastZero(" + a + ")");
      for (double b : values) {
        assertSame(CostModel.Quote.min(a, b), Math.min(a, b), "min(" + a + ", " + b + ")");
        assertSame(CostModel.Quote.max(a, b), Math.max(a, b), "max(" + a + ", " + b + ")");
      }
    }
  }

  private static void assertSame(double actual, double expected, String what) {
    assertThat(Double.doubleToRawLongBits(actual))
        .as("%s: %s vs %s", what, actual, expected)
        .isEqualTo(Double.doubleToRawLongBits(expected));
  }

  @Test
  void engineCostsAreTheFullModels() {
    Random r = new Random(11);
    for (CostModel model : models()) {
      List<Service> services = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        services.add(service(r, i));
      }
      Costing costing = new Costing(model, services);
      Usage total = Usage.NONE;
      for (Service s : services) {
        total = total.plus(model.usage(s, s.traffic().requestsPerMonth()));
      }
      for (int i = 0; i < services.size(); i++) {
        Service s = services.get(i);
        double v = s.traffic().requestsPerMonth();
        Usage o = clamp(total.minus(model.usage(s, v)));
        assertThat(costing.others(i)).isEqualTo(o);
        PlatformCost sl = model.serverless(s, v, o, false);
        PlatformCost k8s = model.kubernetes(s, v, o, false);
        PlatformCost edge = model.edge(s, v, o, false);
        for (boolean edgeFront : new boolean[] {false, true}) {
          ServiceCosts c = costing.costsOf(s, i, edgeFront, true);
          assertSame(c.serverless(), sl.total(), "serverless");
          assertSame(c.kubernetes(), k8s.total(), "kubernetes");
          assertSame(c.edge(), edge.total(), "edge");
          assertSame(c.hybrid(), k8s.total() + (edgeFront ? edge : sl).requestLayer(), "hybrid");
          assertThat(c.crossoverRequests()).isEqualTo(referenceCrossover(costing, s, o));
          assertThat(costing.costsOf(s, i, edgeFront, false).crossoverRequests()).isNull();
        }
      }
    }
  }

  @Test
  void estateIsTheFullModels() {
    Random r = new Random(12);
    for (CostModel model : models()) {
      for (int round = 0; round < 5; round++) {
        List<Service> services = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        List<Boolean> edgeFront = new ArrayList<>();
        int n = 1 + r.nextInt(25);
        for (int i = 0; i < n; i++) {
          services.add(service(r, i));
          placements.add(Placement.values()[r.nextInt(Placement.values().length)]);
          edgeFront.add(r.nextBoolean());
        }
        Costing costing = new Costing(model, services);
        double[] fast = costing.estate(placements, edgeFront);
        double[] full = referenceEstate(model, services, placements, edgeFront);
        for (int i = 0; i < n; i++) {
          assertSame(fast[i], full[i], "estate cost of " + placements.get(i) + " " + services.get(i));
        }
      }
    }
  }

  /** The estate as it was priced, on the full cost model. */
  static double[] referenceEstate(
      CostModel model, List<Service> services, List<Placement> placements, List<Boolean> edgeFront) {
    List<Usage> usages = new ArrayList<>();
    Usage serverless = Usage.NONE;
    Usage edge = Usage.NONE;
    Usage cluster = Usage.NONE;
    for (int i = 0; i < services.size(); i++) {
      Usage u = model.usage(services.get(i), services.get(i).traffic().requestsPerMonth());
      usages.add(u);
      switch (placements.get(i)) {
        case SERVERLESS -> serverless = serverless.plus(u);
        case WASM_EDGE -> edge = edge.plus(u);
        case KUBERNETES -> cluster = cluster.plus(u);
        case HYBRID -> {
          cluster = cluster.plus(u);
          if (edgeFront.get(i)) {
            edge = edge.plus(u.requestLayer());
          } else {
            serverless = serverless.plus(u.requestLayer());
          }
        }
      }
    }
    double[] cost = new double[services.size()];
    for (int i = 0; i < services.size(); i++) {
      Service s = services.get(i);
      double r = s.traffic().requestsPerMonth();
      Usage u = usages.get(i);
      cost[i] =
          switch (placements.get(i)) {
            case SERVERLESS -> model.serverless(s, r, clamp(serverless.minus(u)), false).total();
            case WASM_EDGE -> model.edge(s, r, clamp(edge.minus(u)), false).total();
            case KUBERNETES -> model.kubernetes(s, r, clamp(cluster.minus(u)), false).total();
            case HYBRID -> {
              double core = model.kubernetes(s, r, clamp(cluster.minus(u)), false).total();
              Usage others = clamp((edgeFront.get(i) ? edge : serverless).minus(u.requestLayer()));
              PlatformCost front =
                  edgeFront.get(i)
                      ? model.edge(s, r, others, false)
                      : model.serverless(s, r, others, false);
              yield core + front.requestLayer();
            }
          };
    }
    return cost;
  }

  private static Usage clamp(Usage u) {
    return new Usage(
        Math.max(0, u.services()),
        Math.max(0, u.requests()),
        Math.max(0, u.gbSecondsX86()),
        Math.max(0, u.gbSecondsArm()),
        Math.max(0, u.restRequests()),
        Math.max(0, u.httpRequests()),
        Math.max(0, u.natServices()),
        Math.max(0, u.natRequests()),
        Math.max(0, u.cpuMs()),
        Math.max(0, u.nodeDemand()),
        Math.max(0, u.weight()));
  }

  @Test
  void crossoverIsTheSameAsSearchingTheFullModel() {
    Random r = new Random(7);
    int found = 0;
    for (CostModel model : models()) {
      List<Service> services = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        services.add(service(r, i));
      }
      Costing costing = new Costing(model, services);
      for (int i = 0; i < services.size(); i++) {
        for (Usage others : List.of(costing.others(i), Usage.NONE)) {
          Double fast = costing.crossover(services.get(i), others);
          assertThat(fast)
              .as("crossover of %s with %s", services.get(i), others)
              .isEqualTo(referenceCrossover(costing, services.get(i), others));
          if (fast != null && fast > 0) {
            found++;
          }
        }
      }
    }
    assertThat(found).as("services with a crossover above zero").isGreaterThan(20);
  }

  /** The crossover search as it was, on the full cost model. */
  static Double referenceCrossover(Costing c, Service s, Usage others) {
    if (c.gap(s, 0, others) >= 0) {
      return 0.0;
    }
    double lo = 0;
    double hi = -1;
    for (double v = 1; v <= Costing.CROSSOVER_CEILING; v *= 2) {
      if (c.gap(s, v, others) >= 0) {
        hi = v;
        break;
      }
      lo = v;
    }
    if (hi < 0) {
      if (c.gap(s, Costing.CROSSOVER_CEILING, others) < 0) {
        return null;
      }
      hi = Costing.CROSSOVER_CEILING;
    }
    double base = lo;
    double step = (hi - base) / 128;
    for (int i = 1; i < 128; i++) {
      double v = base + step * i;
      if (c.gap(s, v, others) >= 0) {
        hi = v;
        break;
      }
      lo = v;
    }
    while (hi - lo > Math.max(1, hi * 1e-9)) {
      double mid = (lo + hi) / 2;
      if (c.gap(s, mid, others) >= 0) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return Math.ceil(hi);
  }
}
