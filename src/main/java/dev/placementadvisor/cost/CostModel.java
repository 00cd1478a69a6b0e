package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.result.PlatformCost;
import java.util.List;

/**
 * The platforms an inventory is priced on, each a {@link Platform} with its one formula, built from
 * the price catalog and the organization's cluster settings: AWS Lambda for serverless, EKS for
 * Kubernetes, Cloudflare Workers for the edge. Account-level charges are shared with the other
 * services on the same platform in proportion to usage, so one service alone costs exactly the
 * provider's bill. See docs/cost-model.md for every formula.
 */
public final class CostModel {
  private final PriceCatalog catalog;
  private final List<Platform> platforms;
  private final List<DataTier> dataTiers;
  private final Platform lambda;
  private final Platform eks;
  private final Platform workers;

  /**
   * Every registered platform, built for this catalog and these settings.
   *
   * @param instanceTypeWhere where the instance type was named, for the error when it is unknown
   */
  public CostModel(
      PriceCatalog catalog,
      KubernetesSettings cluster,
      boolean freeTier,
      dev.placementadvisor.input.Location instanceTypeWhere) {
    this(catalog, cluster, freeTier, instanceTypeWhere, Platforms.ALL);
  }

  /** The platforms {@code infos}, built for this catalog and these settings. */
  public CostModel(
      PriceCatalog catalog,
      KubernetesSettings cluster,
      boolean freeTier,
      dev.placementadvisor.input.Location instanceTypeWhere,
      List<Platforms.Info> infos) {
    this.catalog = catalog;
    Platforms.Setting setting =
        new Platforms.Setting(catalog, cluster, freeTier, instanceTypeWhere);
    this.platforms = infos.stream().map(i -> i.factory().create(setting)).toList();
    this.dataTiers = DataTiers.ALL.stream().map(i -> i.factory().create(catalog)).toList();
    this.lambda = find(Platforms.AWS_LAMBDA.id());
    this.eks = find(Platforms.AWS_EKS.id());
    this.workers = find(Platforms.CLOUDFLARE_WORKERS.id());
  }

  private Platform find(String id) {
    for (Platform p : platforms) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    return null;
  }

  public PriceCatalog catalog() {
    return catalog;
  }

  /** The platform with this id. */
  public Platform platform(String id) {
    for (Platform p : platforms) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no platform " + id);
  }

  /** AWS Lambda, when priced (the crossover command's default serverless platform). */
  public Platform serverless() {
    return lambda;
  }

  /** Amazon EKS, when priced (the crossover command's default Kubernetes platform). */
  public Platform kubernetes() {
    return eks;
  }

  /** Cloudflare Workers, when priced. */
  public Platform edge() {
    return workers;
  }

  /** The platforms, in the registry's order. */
  public List<Platform> platforms() {
    return platforms;
  }

  /** Every registered data tier, in the registry's order, built for this catalog. */
  public List<DataTier> dataTiers() {
    return dataTiers;
  }

  /** {@code s} priced on {@code platform} at {@code requests}, every line with its arithmetic. */
  PlatformCost explain(Platform platform, Service s, double requests, double[] others) {
    Bill bill = Bill.withLines();
    platform.price(s, requests, others, bill);
    return bill.cost(platform);
  }
}
