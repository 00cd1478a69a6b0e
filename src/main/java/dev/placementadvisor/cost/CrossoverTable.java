package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.TrafficPattern;
import dev.placementadvisor.inventory.TrafficProfile;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.result.Crossover;
import dev.placementadvisor.result.Crossover.Assumptions;
import dev.placementadvisor.result.Crossover.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Serverless versus Kubernetes cost for one function over a range of monthly volumes, and the
 * crossover volume, as in the seed's cost crossover analysis.
 */
public final class CrossoverTable {
  /** The volumes of the table, requests per month. */
  public static final double[] VOLUMES = {1e5, 1e6, 1e7, 5e7, 1e8, 5e8};

  private CrossoverTable() {}

  /** AWS Lambda against Amazon EKS. */
  public static Crossover compute(PriceCatalog catalog, Assumptions a) {
    return compute(catalog, a, Platforms.AWS_LAMBDA, Platforms.AWS_EKS);
  }

  /** The serverless platform {@code from} against the Kubernetes platform {@code to}. */
  public static Crossover compute(
      PriceCatalog catalog, Assumptions a, Platforms.Info from, Platforms.Info to) {
    CostModel model =
        new CostModel(
            catalog,
            new KubernetesSettings(
                a.instanceType(),
                a.nodes(),
                KubernetesSettings.DEFAULT_TARGET_UTILIZATION,
                true,
                null),
            a.freeTier(),
            dev.placementadvisor.input.Location.ofFile("--instance-type"),
            List.of(from, to));
    Platform serverless = model.platform(from.id());
    Platform kubernetes = model.platform(to.id());
    Service s = service(a, 1);
    Costing costing = new Costing(model, List.of(s));
    List<Row> rows = new ArrayList<>();
    Bill bill = Bill.totals();
    for (double v : VOLUMES) {
      rows.add(
          new Row(
              v,
              serverless.total(s, v, serverless.alone(), bill),
              kubernetes.total(s, v, kubernetes.alone(), bill)));
    }
    return new Crossover(
        a,
        rows,
        costing.crossover(s, costing.none(), 0, 1),
        from.entry(catalog),
        to.entry(catalog),
        kubernetes.clusterText());
  }

  private static Service service(Assumptions a, double requests) {
    TrafficProfile traffic =
        new TrafficProfile(
            null,
            TrafficPattern.STEADY,
            requests,
            TrafficProfile.defaultPeakToAverage(TrafficPattern.STEADY),
            0);
    return new Service(
        "crossover",
        dev.placementadvisor.input.Location.ofFile("crossover"),
        traffic,
        null,
        a.durationMs(),
        a.memoryMb(),
        a.workload(),
        false,
        false,
        false,
        a.durationMs() / 1000,
        false,
        false,
        false,
        a.apiGateway(),
        false,
        0,
        Set.of(),
        a.architecture(),
        a.durationMs() * Service.cpuShare(a.workload()),
        false);
  }
}
