package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.ServiceRuntime;
import dev.placementadvisor.inventory.TrafficPattern;
import dev.placementadvisor.inventory.TrafficProfile;
import dev.placementadvisor.inventory.Workload;
import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.result.CostLine;
import dev.placementadvisor.result.PlatformCost;
import dev.placementadvisor.result.ServiceCosts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The platforms' formulas, on many random services, accounts, clusters and volumes: what the fast
 * paths built on them rely on. Serverless and Kubernetes costs grow with the volume (the crossover
 * search's shortcut assumes it), the search finds the same crossover with and without the shortcut,
 * the lines of {@code explain} add up to the totals, and the estate's costs are the formulas' with
 * the account the estate gives.
 */
class CostFormulaTest {
  private static final String[] INSTANCE_TYPES = {
    "t3.medium", "m5.large", "c6g.xlarge", "r5.large", "g4dn.xlarge"
  };

  /**
   * One platform per placement, so that "everything on one placement" is everything on one platform
   * (PlatformFormulaPropertiesTest checks every platform's formula).
   */
  static final List<Platforms.Info> ONE_PER_PLACEMENT =
      List.of(Platforms.AWS_LAMBDA, Platforms.AWS_EKS, Platforms.CLOUDFLARE_WORKERS);

  /** Cost models over every mix of free tier, autoscaling and GPU nodes available or not. */
  static List<CostModel> models() {
    PriceCatalog bundled = CatalogLoader.bundled();
    Map<String, PriceCatalog.Instance> noGpu = new LinkedHashMap<>();
    bundled
        .instances()
        .forEach(
            (k, v) -> {
              if (v.gpu() == 0) {
                noGpu.put(k, v);
              }
            });
    PriceCatalog withoutGpu =
        new PriceCatalog(
            bundled.origin(),
            bundled.effectiveDate(),
            bundled.currency(),
            bundled.region(),
            bundled.hoursPerMonth(),
            bundled.prices(),
            bundled.quantities(),
            noGpu,
            bundled.kubernetesTax());
    List<CostModel> out = new ArrayList<>();
    int i = 0;
    for (PriceCatalog catalog : List.of(bundled, withoutGpu)) {
      for (boolean free : new boolean[] {false, true}) {
        for (boolean autoscaling : new boolean[] {true, false}) {
          String type = INSTANCE_TYPES[i++ % (catalog == bundled ? 5 : 4)];
          KubernetesSettings k =
              new KubernetesSettings(type, 1 + i % 4, 0.5 + 0.1 * (i % 4), autoscaling, null);
          out.add(new CostModel(catalog, k, free, Location.ofFile("test"), ONE_PER_PLACEMENT));
        }
      }
    }
    return out;
  }

  static Service service(Random r, int n) {
    TrafficPattern pattern = TrafficPattern.values()[r.nextInt(TrafficPattern.values().length)];
    double requests = r.nextInt(10) == 0 ? 0 : Math.floor(Math.pow(10, r.nextDouble() * 11));
    double peak =
        r.nextBoolean() ? TrafficProfile.defaultPeakToAverage(pattern) : 1 + r.nextInt(12);
    TrafficProfile t = new TrafficProfile(null, pattern, requests, peak, 0);
    double avg = r.nextInt(8) == 0 ? 0.5 + r.nextDouble() * 3 : Math.pow(10, r.nextDouble() * 5);
    int memory = r.nextInt(20) == 0 ? 1024 * (1 + r.nextInt(400)) : 128 << r.nextInt(6);
    Workload w = Workload.values()[r.nextInt(Workload.values().length)];
    ApiGateway gw = ApiGateway.values()[r.nextInt(ApiGateway.values().length)];
    Architecture arch = r.nextBoolean() ? Architecture.ARM64 : Architecture.X86_64;
    double cpu = r.nextBoolean() ? avg * Service.cpuShare(w) : avg * r.nextDouble();
    return new Service(
        "s" + n,
        Location.ofFile("s" + n),
        t,
        ServiceRuntime.values()[r.nextInt(ServiceRuntime.values().length)],
        avg,
        memory,
        w,
        r.nextInt(5) == 0,
        r.nextInt(6) == 0,
        r.nextInt(6) == 0,
        avg / 1000,
        r.nextBoolean(),
        r.nextBoolean(),
        false,
        gw,
        r.nextInt(3) == 0,
        r.nextInt(3) == 0 ? r.nextDouble() * 50 : 0,
        Set.of(),
        arch,
        cpu,
        true);
  }

  /** Volumes around every kind of point the crossover search visits. */
  static double[] volumes(Random r) {
    List<Double> v =
        new ArrayList<>(List.of(0.0, 1.0, 2.0, 3.5, Costing.CROSSOVER_CEILING, 1e12 + 0.5));
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

  /** Relative slack for rounding: far below the search's margin, far above a double's error. */
  private static final double SLACK = 1e-12;

  @Test
  void serverlessAndKubernetesGrowWithTheVolume() {
    Random r = new Random(3);
    int checked = 0;
    for (CostModel model : models()) {
      List<Service> services = services(r);
      Costing costing = new Costing(model, services);
      for (int i = 0; i < services.size(); i++) {
        Service s = services.get(i);
        double[] v = volumes(r);
        java.util.Arrays.sort(v);
        for (double[][] others : List.of(costing.others(i), costing.none())) {
          Costing.Gap gap = costing.new Gap(s, others);
          double lastS = -1;
          double lastK = -1;
          for (double volume : v) {
            double sv = gap.serverless(volume);
            double kv = gap.kubernetes(volume);
            assertThat(sv)
                .as("serverless of %s at %s", s.name(), volume)
                .isGreaterThanOrEqualTo(lastS - Math.abs(lastS) * SLACK);
            assertThat(kv)
                .as("kubernetes of %s at %s", s.name(), volume)
                .isGreaterThanOrEqualTo(lastK - Math.abs(lastK) * SLACK);
            lastS = sv;
            lastK = kv;
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(50_000);
  }

  @Test
  void theShortcutFindsWhatAPlainScanFinds() {
    Random r = new Random(7);
    int found = 0;
    for (CostModel model : models()) {
      List<Service> services = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        services.add(service(r, i));
      }
      Costing costing = new Costing(model, services);
      for (int i = 0; i < services.size(); i++) {
        for (double[][] others : List.of(costing.others(i), costing.none())) {
          Double fast = costing.crossover(services.get(i), others, true);
          assertThat(fast)
              .as("crossover of %s with %s", services.get(i), others)
              .isEqualTo(costing.crossover(services.get(i), others, false));
          if (fast != null && fast > 0) {
            found++;
          }
        }
      }
    }
    assertThat(found).as("services with a crossover above zero").isGreaterThan(20);
  }

  @Test
  void theLinesOfExplainAddUpToTheTotals() {
    Random r = new Random(11);
    for (CostModel model : models()) {
      List<Service> services = services(r);
      Costing costing = new Costing(model, services);
      for (int i = 0; i < services.size(); i++) {
        ServiceCosts totals = costing.costs(i, false);
        List<PlatformCost> explained = costing.explain(i);
        double[] expected = {totals.serverless(), totals.kubernetes(), totals.edge()};
        for (int p = 0; p < 3; p++) {
          double sum = 0;
          for (CostLine l : explained.get(p).lines()) {
            sum += l.amount();
            assertThat(l.formula()).as("the arithmetic of %s", l.item()).isNotBlank();
          }
          assertThat(explained.get(p).total()).isEqualTo(expected[p]);
          assertThat(sum).isEqualTo(expected[p]);
        }
        ServiceCosts.HybridParts parts = totals.choice().hybridParts();
        assertThat(totals.hybrid())
            .isEqualTo(
                parts != null
                    ? parts.total()
                    : totals.kubernetes() + explained.get(0).requestLayer());
      }
    }
  }

  /** With every service on one platform, the estate's costs are the platform's costs. */
  @Test
  void theEstateOfOnePlatformIsThatPlatformsCosts() {
    Random r = new Random(5);
    for (CostModel model : models()) {
      List<Service> services = services(r);
      Costing costing = new Costing(model, services);
      for (Placement p : List.of(Placement.SERVERLESS, Placement.KUBERNETES, Placement.WASM_EDGE)) {
        Placement[] all = new Placement[services.size()];
        java.util.Arrays.fill(all, p);
        Costing.Estate estate = costing.estateOf(all, new boolean[services.size()]);
        for (int i = 0; i < services.size(); i++) {
          assertThat(estate.cost(i))
              .as("%s on %s", services.get(i).name(), p)
              .isEqualTo(costing.costs(i, false).on(p));
        }
      }
    }
  }
}
