package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.DataStore;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.result.DataTierEntry;
import java.util.List;

/**
 * The registry of data tiers: where a service's {@code dataStore} is priced, by kind of store. A
 * data tier is not a compute platform: it belongs to no placement and is never chosen between
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
      Factory factory)
      implements Registered {
    public Info {
      prices = List.copyOf(prices);
    }

    /** The data tier as the listings show it. */
    public DataTierEntry entry() {
      return new DataTierEntry(id, name, store, provider, summary, billing, prices, source);
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

  /** Amazon DynamoDB on-demand: a key-value store billed by the request and the GB stored. */
  public static final Info AWS_DYNAMODB =
      new Info(
          "aws-dynamodb",
          "Amazon DynamoDB (on-demand)",
          DataStore.Type.KEY_VALUE,
          "aws",
          "read and write request units for each request's reads and writes (units by the"
              + " item's size), storage in GB-months",
          "per request unit, no capacity; storage every month",
          List.of(
              "dynamodb.onDemand.readRequestUnits",
              "dynamodb.onDemand.writeRequestUnits",
              "dynamodb.storage.standard",
              "dynamodb.readUnitKb",
              "dynamodb.writeUnitKb",
              "dynamodb.assumed.readsPerRequest",
              "dynamodb.assumed.writesPerRequest",
              "dynamodb.assumed.itemKb",
              "dynamodb.assumed.storageGb"),
          "https://aws.amazon.com/dynamodb/pricing/on-demand/",
          AwsDynamoDb::new);

  /** Amazon ElastiCache Serverless: a cache billed by the data it holds and the work it does. */
  public static final Info AWS_ELASTICACHE_SERVERLESS =
      new Info(
          "aws-elasticache-serverless",
          "Amazon ElastiCache Serverless",
          DataStore.Type.CACHE,
          "aws",
          "data stored in GB-hours (never below the engine's minimum) every hour of the month,"
              + " ElastiCache Processing Units for each request's commands; Valkey or Redis OSS",
          "GB-hours of data stored all month (a minimum per cache), ECPUs per request",
          List.of(
              "elasticache.serverless.valkey.storage",
              "elasticache.serverless.valkey.ecpu",
              "elasticache.serverless.redis.storage",
              "elasticache.serverless.redis.ecpu",
              "elasticache.serverless.valkey.minimumGb",
              "elasticache.serverless.redis.minimumGb",
              "elasticache.serverless.assumedGb",
              "elasticache.serverless.ecpusPerRequest"),
          "https://aws.amazon.com/elasticache/pricing/",
          AwsElastiCacheServerless::new);

  /**
   * Cloudflare Durable Objects: key-value state at the edge, the store of a key-value service on
   * Cloudflare's platforms.
   */
  public static final Info CLOUDFLARE_DURABLE_OBJECTS =
      new Info(
          "cloudflare-durable-objects",
          "Cloudflare Durable Objects (SQLite storage)",
          DataStore.Type.KEY_VALUE,
          "cloudflare",
          "requests (a call a request), duration in GB-s at 128 MB an active object, rows read"
              + " and written, storage in GB-months, each beyond the Workers Paid allowance",
          "per request and active GB-second beyond the plan's allowance; storage every month",
          List.of(
              "durableobjects.requests",
              "durableobjects.duration",
              "durableobjects.sqlite.rowsRead",
              "durableobjects.sqlite.rowsWritten",
              "durableobjects.sqlite.storage",
              "durableobjects.included.requests",
              "durableobjects.included.gbSeconds",
              "durableobjects.included.rowsRead",
              "durableobjects.included.rowsWritten",
              "durableobjects.included.storageGb",
              "durableobjects.billedMemoryMb",
              "durableobjects.msPerRequest",
              "durableobjects.assumed.readsPerRequest",
              "durableobjects.assumed.writesPerRequest",
              "durableobjects.assumed.storageGb"),
          "https://developers.cloudflare.com/durable-objects/platform/pricing/",
          CloudflareDurableObjects::new);

  /**
   * Every registered data tier, in the order reports list them. For a kind of store held by more
   * than one provider, the first of an allowed provider is the store's tier ({@link #forStore}),
   * unless the platform the service runs on has one of its own ({@link #forPlatform}).
   */
  public static final List<Info> ALL =
      List.of(
          AWS_AURORA_SERVERLESS_V2,
          AWS_DYNAMODB,
          AWS_ELASTICACHE_SERVERLESS,
          CLOUDFLARE_DURABLE_OBJECTS);

  /** The ids, for messages. */
  public static List<String> ids() {
    return Registered.ids(ALL);
  }

  /** The data tier with this id, or null. */
  public static Info byId(String id) {
    return Registered.byId(ALL, id);
  }

  /** Every data tier as the listings show it. */
  public static List<DataTierEntry> entries() {
    return ALL.stream().map(Info::entry).toList();
  }

  /**
   * The data tier that holds {@code store} on a platform of {@code provider}: the provider's own
   * when it has one (Durable Objects for a key-value store on Cloudflare), or null.
   */
  public static Info forPlatform(DataStore.Type store, String provider) {
    for (Info i : ALL) {
      if (i.store() == store && i.provider().equals(provider)) {
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
