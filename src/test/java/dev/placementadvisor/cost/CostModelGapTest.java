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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The crossover search's allocation-free gap ({@link CostModel.Gap}) gives the very same doubles
 * as the full cost model, and so the same crossovers, on many random services, accounts,
 * clusters and volumes.
 */
class CostModelGapTest {
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

  @Test
  void gapIsBitForBitTheFullModelsDifference() {
    Random r = new Random(20261124);
    int checked = 0;
    for (CostModel model : models()) {
      List<Service> services = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        services.add(service(r, i));
      }
      Costing costing = new Costing(model, services);
      for (int i = 0; i < services.size(); i++) {
        Service s = services.get(i);
        for (Usage others : List.of(Usage.NONE, costing.others(i))) {
          CostModel.Gap gap = model.gap(s, others);
          for (double v : volumes(r)) {
            double sl = model.serverless(s, v, others, false).total();
            double k8s = model.kubernetes(s, v, others, false).total();
            assertThat(Double.doubleToRawLongBits(gap.serverless(v)))
                .as("serverless of %s at %s with %s", s, v, others)
                .isEqualTo(Double.doubleToRawLongBits(sl));
            assertThat(Double.doubleToRawLongBits(gap.kubernetes(v)))
                .as("kubernetes of %s at %s with %s", s, v, others)
                .isEqualTo(Double.doubleToRawLongBits(k8s));
            assertThat(Double.doubleToRawLongBits(gap.at(v)))
                .isEqualTo(Double.doubleToRawLongBits(costing.gap(s, v, others)));
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(50_000);
  }

  @Test
  void crossoverIsTheSameAsSearchingTheFullModel() {
    Random r = new Random(7);
    int found = 0;
    for (CostModel model : models()) {
      List<Service> services = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        services.add(service(r, i));
      }
      Costing costing = new Costing(model, services);
      for (int i = 0; i < services.size(); i++) {
        Usage others = costing.others(i);
        Double fast = costing.crossover(services.get(i), others);
        assertThat(fast).isEqualTo(referenceCrossover(costing, services.get(i), others));
        if (fast != null && fast > 0) {
          found++;
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
