package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.DataStore;
import dev.placementadvisor.pricing.PriceCatalog;
import java.util.List;

/**
 * The registry of data tiers: where a service's {@code dataStore} is priced, by kind of store.
 * A data tier is not a compute platform: it belongs to no placement and is never chosen between
 * placements, so it is not in {@link Platforms#ALL}. {@code advisor platforms} lists it after the
 * platforms (docs/platforms.md is generated from both lists; a test compares them).
 */
public final class DataTiers {
  private DataTiers() {}

  /**
   * One data tier's description.
   *
   * @param id stable id: provider, then product ({@code aws-aurora-serverless-v2})
   * @param store the kind of store it holds
   * @param summary one line on what is priced
   * @param billing how it bills, in words
   * @param prices the catalog entries its formula reads (prices and quantities)
   * @param source where the pricing model comes from
   * @param factory builds the data tier's formula for a price catalog
   */
  public record Info(
      String id,
      String name,
      DataStore.Type store,
      String provider,
      String summary,
      String billing,
      List<String> prices,
      String source,
      Factory factory) {
    public Info {
      prices = List.copyOf(prices);
    }
  }

  /** Builds a data tier's formula (reading its prices once) for one price catalog. */
  @FunctionalInterface
  public interface Factory {
    DataTier create(PriceCatalog catalog);
  }

  /** Amazon Aurora Serverless v2: a relational store that scales to zero when idle. */
  public static final Info AWS_AURORA_SERVERLESS_V2 =
      new Info(
          "aws-aurora-serverless-v2",
          "Amazon Aurora Serverless v2",
          DataStore.Type.RELATIONAL,
          "aws",
          "capacity in ACU-hours while the database is active (the load's request rate over an"
              + " assumed number of requests an ACU serves, between the least and the most"
              + " capacity), none while it is paused; storage in GB-months; I/O requests on"
              + " Aurora Standard (none on I/O-Optimized)",
          "ACU-hours while active, scales to zero when idle; storage every month",
          List.of(
              "aurora.serverlessV2.acuHour.standard",
              "aurora.serverlessV2.acuHour.ioOptimized",
              "aurora.storage.standard",
              "aurora.storage.ioOptimized",
              "aurora.io.standard",
              "aurora.serverlessV2.minActiveAcu",
              "aurora.serverlessV2.autoPauseSeconds",
              "aurora.serverlessV2.requestsPerSecondPerAcu",
              "aurora.storage.assumedGb",
              "aurora.io.perRequest"),
          "https://aws.amazon.com/rds/aurora/pricing/",
          AwsAuroraServerlessV2::new);

  /** Every registered data tier, in the order reports list them. */
  public static final List<Info> ALL = List.of(AWS_AURORA_SERVERLESS_V2);

  /** The ids, for messages. */
  public static List<String> ids() {
    return ALL.stream().map(Info::id).toList();
  }

  /** The data tier with this id, or null. */
  public static Info byId(String id) {
    for (Info i : ALL) {
      if (i.id().equals(id)) {
        return i;
      }
    }
    return null;
  }

  /** The first registered data tier that holds {@code store}, or null when none does. */
  public static Info forStore(DataStore.Type store) {
    for (Info i : ALL) {
      if (i.store() == store) {
        return i;
      }
    }
    return null;
  }
}
