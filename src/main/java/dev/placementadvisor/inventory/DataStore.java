package dev.placementadvisor.inventory;

/**
 * Where a service keeps its data ({@code dataStore}): the kind of store and, for a relational one,
 * what its price needs. A field the inventory does not give is null and the cost model takes the
 * price catalog's value for it (each one a named catalog quantity; docs/cost-model.md, "Data
 * tier"). The store is priced on its own data tier, the same whichever placement the service gets;
 * it never changes the placement.
 *
 * @param storageGb GB stored, or null for the catalog's assumption
 * @param minAcu the least capacity in Aurora capacity units; 0 lets the database pause when idle
 * @param maxAcu the most capacity, which caps what the load can use
 * @param autoPauseSeconds idle seconds before a database of {@code minAcu} 0 pauses, or null for
 *     the provider's default (a catalog quantity)
 * @param ioPerRequest storage I/O operations one request causes, or null for the catalog's
 *     assumption
 * @param requestsPerSecondPerAcu requests a second one capacity unit serves, or null for the
 *     catalog's assumption
 * @param sizing what a key-value or cache store's price needs ({@link Sizing#NONE}: every value
 *     from the catalog)
 */
public record DataStore(
    Type type,
    Double storageGb,
    double minAcu,
    double maxAcu,
    Integer autoPauseSeconds,
    StorageType storageType,
    Double ioPerRequest,
    Double requestsPerSecondPerAcu,
    Sizing sizing) {

  /** Capacity is set in steps of half a unit (Aurora Serverless v2's API). */
  public static final double ACU_STEP = 0.5;

  /** The most capacity an Aurora Serverless v2 instance takes (recent engine versions). */
  public static final double MAX_ACU = 256;

  /** The least capacity, which with auto-pause lets the database scale to zero. */
  public static final double DEFAULT_MIN_ACU = 0;

  /** The shortest idle time before an instance pauses, in seconds (five minutes). */
  public static final int MIN_AUTO_PAUSE_SECONDS = 300;

  /** The longest idle time before an instance pauses, in seconds (a day). */
  public static final int MAX_AUTO_PAUSE_SECONDS = 86_400;

  /** The largest Aurora cluster volume, 128 TiB, in GB. */
  public static final double MAX_STORAGE_GB = 131_072;

  /** No store: nothing is priced. */
  public static final DataStore NONE = of(Type.NONE);

  /** A store without a key-value or cache sizing (a relational one, or one at the defaults). */
  public DataStore(
      Type type,
      Double storageGb,
      double minAcu,
      double maxAcu,
      Integer autoPauseSeconds,
      StorageType storageType,
      Double ioPerRequest,
      Double requestsPerSecondPerAcu) {
    this(
        type,
        storageGb,
        minAcu,
        maxAcu,
        autoPauseSeconds,
        storageType,
        ioPerRequest,
        requestsPerSecondPerAcu,
        Sizing.NONE);
  }

  public DataStore {
    if (type == null) {
      type = Type.NONE;
    }
    if (sizing == null) {
      sizing = Sizing.NONE;
    }
    if (storageType == null) {
      storageType = StorageType.STANDARD;
    }
  }

  /** A store of {@code type} with every other field at its default. */
  public static DataStore of(Type type) {
    return new DataStore(
        type, null, DEFAULT_MIN_ACU, MAX_ACU, null, StorageType.STANDARD, null, null);
  }

  /** True when the service keeps data in a store. */
  public boolean present() {
    return type != Type.NONE;
  }

  /**
   * What the price of a key-value or cache store needs beyond its size ({@code storageGb}): each
   * value null when the inventory does not give it, and the cost model then takes the price
   * catalog's (docs/cost-model.md, "Data tiers: key-value and cache").
   *
   * @param readsPerRequest reads of the store one request makes (key-value)
   * @param writesPerRequest writes to the store one request makes (key-value)
   * @param itemKb the size of an item read or written, in KB (key-value)
   * @param ecpusPerRequest ElastiCache Processing Units one request uses (cache)
   * @param engine the cache's engine (cache; null for the default, Valkey)
   */
  public record Sizing(
      Double readsPerRequest,
      Double writesPerRequest,
      Double itemKb,
      Double ecpusPerRequest,
      CacheEngine engine) {
    /** Every value from the catalog. */
    public static final Sizing NONE = new Sizing(null, null, null, null, null);

    /** The cache's engine, Valkey when the inventory names none. */
    public CacheEngine cacheEngine() {
      return engine == null ? CacheEngine.VALKEY : engine;
    }
  }

  /** The largest item DynamoDB stores, 400 KB. */
  public static final double MAX_ITEM_KB = 400;

  /**
   * The engines of ElastiCache Serverless: Valkey, and Redis OSS (Memcached bills as Redis OSS
   * does).
   */
  public enum CacheEngine {
    VALKEY("valkey"),
    REDIS("redis");

    private final String id;

    CacheEngine(String id) {
      this.id = id;
    }

    /** The name used in inventories and output. */
    public String id() {
      return id;
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /** The kinds of store a service can need. */
  public enum Type {
    NONE("none"),
    KEY_VALUE("key-value"),
    CACHE("cache"),
    RELATIONAL("relational");

    private final String id;

    Type(String id) {
      this.id = id;
    }

    /** The name used in inventories and output. */
    public String id() {
      return id;
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /**
   * Aurora's two cluster storage configurations: Standard bills I/O by the request, I/O-Optimized
   * has none to bill and dearer capacity and storage.
   */
  public enum StorageType {
    STANDARD("standard"),
    IO_OPTIMIZED("io-optimized");

    private final String id;

    StorageType(String id) {
      this.id = id;
    }

    /** The name used in inventories and output. */
    public String id() {
      return id;
    }

    @Override
    public String toString() {
      return id;
    }
  }
}
