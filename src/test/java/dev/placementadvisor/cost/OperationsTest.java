package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.result.CostLine;
import dev.placementadvisor.scoring.WeightsLoader;
import org.junit.jupiter.api.Test;

/**
 * A service's share of each kind of platform's operations: the seed's hidden tax is no longer a
 * flat figure, the same for one service or a hundred; it scales with the estate and the team.
 */
class OperationsTest {
  private static final PriceCatalog CATALOG = CatalogLoader.bundled();
  private static final Operations.Settings DEFAULTS = WeightsLoader.defaults().operations();

  private static Operations of(int platformEngineers, int services) {
    return new Operations(DEFAULTS, CATALOG.kubernetesTax(), platformEngineers, services);
  }

  @Test
  void oneServiceOfATeamWithoutPlatformEngineersCarriesAClustersFixedHalfAlone() {
    Operations o = of(0, 1);

    // $16,500 of lines x (50% / 1 service + 50% / 20 reference services).
    assertThat(o.share(Operations.Kind.CLUSTER)).isCloseTo(8_662.50, within(1e-9));
    // $1,000 of functions lines, the same way.
    assertThat(o.share(Operations.Kind.FUNCTIONS)).isCloseTo(525.00, within(1e-9));
    assertThat(o.share(Operations.Kind.EDGE)).isCloseTo(210.00, within(1e-9));
  }

  @Test
  void aHundredServicesWithAPlatformTeamShareLittle() {
    Operations o = of(1, 100);

    // The team pays the engineer and training and runs the cluster: $4,000 x 50% / 20.
    assertThat(o.share(Operations.Kind.CLUSTER)).isCloseTo(100.00, within(1e-9));
    // $1,000 x (50% / 100 + 50% / 20).
    assertThat(o.share(Operations.Kind.FUNCTIONS)).isCloseTo(30.00, within(1e-9));
  }

  @Test
  void theShareFallsAsTheEstateGrows() {
    double previous = Double.MAX_VALUE;
    for (int n : new int[] {1, 2, 5, 20, 100, 10_000}) {
      double share = of(0, n).share(Operations.Kind.CLUSTER);
      assertThat(share).as("%d services", n).isLessThan(previous);
      previous = share;
    }
  }

  @Test
  void aManagedClusterPaysHalfOfWhatTheProviderRuns() {
    Operations o = of(0, 1);

    // Engineer, networking, incidents at 50%: 6,000 + 400 + 500, the rest 2,700 in full.
    assertThat(o.share(Operations.Kind.MANAGED_CLUSTER)).isCloseTo(9_600 * 0.525, within(1e-9));
    assertThat(o.share(Platforms.AWS_EKS_AUTO)).isEqualTo(o.share(Operations.Kind.MANAGED_CLUSTER));
  }

  @Test
  void everyPlatformHasTheKindItIsRunAs() {
    assertThat(Operations.Kind.of(Platforms.AWS_EKS)).isEqualTo(Operations.Kind.CLUSTER);
    assertThat(Operations.Kind.of(Platforms.AWS_LAMBDA)).isEqualTo(Operations.Kind.FUNCTIONS);
    assertThat(Operations.Kind.of(Platforms.AWS_FARGATE)).isEqualTo(Operations.Kind.FUNCTIONS);
    assertThat(Operations.Kind.of(Platforms.CLOUDFLARE_WORKERS)).isEqualTo(Operations.Kind.EDGE);
    assertThat(
            Operations.Kind.of(
                Platforms.ALL.stream()
                    .filter(p -> p.id().equals("wasmcloud"))
                    .findFirst()
                    .orElseThrow()))
        .isEqualTo(Operations.Kind.CLUSTER);
  }

  @Test
  void explainsLinesAddUpToTheShare() {
    Operations o = of(2, 13);
    for (Operations.Kind k : Operations.Kind.values()) {
      double sum = o.lines(k).stream().mapToDouble(CostLine::amount).sum();
      assertThat(sum).as(k.id()).isCloseTo(o.share(k), within(1e-9));
    }
    assertThat(o.lines(Operations.Kind.CLUSTER))
        .anyMatch(l -> l.formula().startsWith("waived: the organization already has 2"));
  }
}
