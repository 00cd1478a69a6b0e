package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.MILLION;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.DataStore;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Price;

/**
 * Amazon ElastiCache Serverless ({@link DataTiers#AWS_ELASTICACHE_SERVERLESS}): a service's cache
 * as a cache of its own, in two lines. Data stored: the GB it holds, never below the engine's
 * minimum, for every hour of the month (a serverless cache does not pause). ElastiCache Processing
 * Units: requests x ECPUs a request. Valkey by default; Redis OSS (and Memcached) at its own rates
 * and minimum. See docs/cost-model.md, "Data tiers: key-value and cache".
 */
final class AwsElastiCacheServerless implements DataTier {
  private static final String VALKEY_STORAGE = "elasticache.serverless.valkey.storage";
  private static final String VALKEY_ECPU = "elasticache.serverless.valkey.ecpu";
  private static final String REDIS_STORAGE = "elasticache.serverless.redis.storage";
  private static final String REDIS_ECPU = "elasticache.serverless.redis.ecpu";
  private final double hours;
  private final Price valkeyStorage;
  private final Price valkeyEcpu;
  private final Price redisStorage;
  private final Price redisEcpu;
  private final double valkeyMinimumGb;
  private final double redisMinimumGb;
  private final double assumedGb;
  private final double ecpusPerRequest;

  AwsElastiCacheServerless(PriceCatalog c) {
    hours = c.hoursPerMonth();
    valkeyStorage = c.price(VALKEY_STORAGE);
    valkeyEcpu = c.price(VALKEY_ECPU);
    redisStorage = c.price(REDIS_STORAGE);
    redisEcpu = c.price(REDIS_ECPU);
    valkeyMinimumGb = c.quantity("elasticache.serverless.valkey.minimumGb");
    redisMinimumGb = c.quantity("elasticache.serverless.redis.minimumGb");
    assumedGb = c.quantity("elasticache.serverless.assumedGb");
    ecpusPerRequest = c.quantity("elasticache.serverless.ecpusPerRequest");
  }

  @Override
  public DataTiers.Info info() {
    return DataTiers.AWS_ELASTICACHE_SERVERLESS;
  }

  @Override
  public void price(Service s, double requests, Bill bill) {
    DataStore d = s.dataStore();
    boolean explain = bill.explaining();
    boolean valkey = d.sizing().cacheEngine() == DataStore.CacheEngine.VALKEY;
    String engine = valkey ? "valkey" : "redis";
    Price storage = valkey ? valkeyStorage : redisStorage;
    Price ecpu = valkey ? valkeyEcpu : redisEcpu;
    double minimum = valkey ? valkeyMinimumGb : redisMinimumGb;
    double gb = d.storageGb() != null ? d.storageGb() : assumedGb;
    double billed = Math.max(gb, minimum);
    bill.add(
        valkey
            ? "ElastiCache Serverless data stored (Valkey)"
            : "ElastiCache Serverless data stored (Redis OSS)",
        valkey ? VALKEY_STORAGE : REDIS_STORAGE,
        explain
            ? KeyValueSizing.given(
                    gb, d.storageGb(), "storageGb", "elasticache.serverless.assumedGb")
                + " GB"
                + (billed > gb
                    ? ", raised to the minimum "
                        + Format.number(minimum)
                        + " GB"
                        + " (elasticache.serverless."
                        + engine
                        + ".minimumGb)"
                    : "")
                + " x "
                + Format.number(hours)
                + " h x "
                + Formulas.tierText(storage, "GB-hours")
            : null,
        billed * hours * storage.first());
    double perRequest =
        d.sizing().ecpusPerRequest() != null ? d.sizing().ecpusPerRequest() : ecpusPerRequest;
    double ecpus = requests * perRequest;
    bill.add(
        valkey
            ? "ElastiCache Processing Units (Valkey)"
            : "ElastiCache Processing Units (Redis OSS)",
        valkey ? VALKEY_ECPU : REDIS_ECPU,
        explain
            ? Format.number(requests)
                + " requests x "
                + KeyValueSizing.given(
                    perRequest,
                    d.sizing().ecpusPerRequest(),
                    "ecpusPerRequest",
                    "elasticache.serverless.ecpusPerRequest")
                + " ECPUs = "
                + Format.number(ecpus)
                + " ECPUs x "
                + Formulas.tierText(ecpu, "ECPUs")
            : null,
        ecpus / MILLION * ecpu.first());
  }
}
