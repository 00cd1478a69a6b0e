package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.result.CostLine;
import dev.placementadvisor.result.PlatformCost;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every registered platform's formula must do, whichever the provider, checked on random
 * services, accounts and volumes through the {@link Platform} interface alone: the cost never falls
 * as the monthly volume grows, everything else fixed (the crossover search's shortcut relies on
 * it), and the lines a bill keeps add up to its total, each with its arithmetic and a catalog entry
 * its platform lists.
 */
class PlatformFormulaPropertiesTest {
  private static final double SLACK = 1e-12;

  /** The settings the platforms are built with: free tier, autoscaling and node types vary. */
  static List<Platforms.Setting> settings() {
    PriceCatalog c = CatalogLoader.bundled();
    String[] types = {"t3.medium", "e2-standard-4", "c6g.xlarge", "n2-standard-2"};
    List<Platforms.Setting> out = new ArrayList<>();
    int i = 0;
    for (boolean free : new boolean[] {false, true}) {
      for (boolean autoscaling : new boolean[] {true, false}) {
        KubernetesSettings k =
            new KubernetesSettings(
                types[i % types.length], 1 + i % 3, 0.5 + 0.1 * i, autoscaling, null);
        out.add(new Platforms.Setting(c, k, free, Location.ofFile("t")));
        i++;
      }
    }
    return out;
  }

  /** The usage of {@code services} on {@code p}, summed: the rest of an account. */
  static double[] account(Platform p, List<Service> services) {
    double[] sum = Usage.none(p.dimensions());
    double[] one = new double[p.dimensions()];
    for (Service s : services) {
      p.usage(s, s.traffic().requestsPerMonth(), one, 0);
      Usage.add(sum, one, 0);
    }
    return sum;
  }

  @Test
  void everyPlatformsCostGrowsWithTheVolume() {
    Random r = new Random(17);
    int checked = 0;
    for (Platforms.Setting setting : settings()) {
      for (Platforms.Info info : Platforms.ALL) {
        Platform p = info.factory().create(setting);
        List<Service> rest = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
          rest.add(CostFormulaTest.service(r, 100 + i));
        }
        Bill bill = Bill.totals();
        for (int n = 0; n < 25; n++) {
          Service s = CostFormulaTest.service(r, n);
          double[] volumes = CostFormulaTest.volumes(r);
          java.util.Arrays.sort(volumes);
          for (double[] others : List.of(p.alone(), account(p, rest))) {
            double last = -1;
            for (double v : volumes) {
              double cost = p.total(s, v, others, bill);
              assertThat(cost)
                  .as("%s of %s at %s", info.id(), s, v)
                  .isGreaterThanOrEqualTo(last - Math.abs(last) * SLACK);
              last = cost;
              checked++;
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(100_000);
  }

  @Test
  void everyPlatformsLinesAddUpToItsTotal() {
    Random r = new Random(23);
    for (Platforms.Setting setting : settings()) {
      for (Platforms.Info info : Platforms.ALL) {
        Platform p = info.factory().create(setting);
        List<Service> rest = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          rest.add(CostFormulaTest.service(r, 100 + i));
        }
        for (int n = 0; n < 40; n++) {
          Service s = CostFormulaTest.service(r, n);
          double v = s.traffic().requestsPerMonth();
          for (double[] others : List.of(p.alone(), account(p, rest))) {
            Bill lines = Bill.withLines();
            p.price(s, v, others, lines);
            PlatformCost cost = lines.cost(p);
            double sum = 0;
            for (CostLine l : cost.lines()) {
              sum += l.amount();
              assertThat(l.formula())
                  .as("the arithmetic of %s on %s", l.item(), info.id())
                  .isNotBlank();
              assertThat(
                      info.prices().contains(l.priceId())
                          || info.usesInstances()
                              && setting.catalog().instances().containsKey(l.priceId()))
                  .as("%s on %s reads %s", l.item(), info.id(), l.priceId())
                  .isTrue();
            }
            assertThat(sum).as("lines of %s on %s", s, info.id()).isEqualTo(cost.total());
            assertThat(p.total(s, v, others, Bill.totals())).isEqualTo(cost.total());
            assertThat(cost.requestLayer()).isBetween(0.0, cost.total());
            if (p.requestLayer() == null) {
              assertThat(cost.requestLayer()).as("%s fronts nothing", info.id()).isZero();
            }
          }
        }
      }
    }
  }
}
