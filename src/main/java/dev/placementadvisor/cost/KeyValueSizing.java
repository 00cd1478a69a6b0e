package dev.placementadvisor.cost;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.DataStore;
import dev.placementadvisor.pricing.PriceCatalog;

/**
 * What a key-value store does a request and holds, the same on every key-value data tier (DynamoDB,
 * Durable Objects): each value the service's {@code dataStore} field or, when it gives none, the
 * data tier's assumption in the catalog ({@code dynamodb.assumed.*}).
 */
final class KeyValueSizing {
  private final double reads;
  private final double writes;
  private final double itemKb;
  private final double storageGb;

  private final String prefix;

  /**
   * The sizing with the assumptions of the catalog's entries under {@code prefix} ({@code
   * dynamodb.assumed}); without an {@code itemKb} entry, items are taken to be 1 KB.
   */
  KeyValueSizing(PriceCatalog c, String prefix) {
    this.prefix = prefix;
    reads = c.quantity(prefix + ".readsPerRequest");
    writes = c.quantity(prefix + ".writesPerRequest");
    itemKb = c.quantities().containsKey(prefix + ".itemKb") ? c.quantity(prefix + ".itemKb") : 1;
    storageGb = c.quantity(prefix + ".storageGb");
  }

  double reads(DataStore d) {
    return d.sizing().readsPerRequest() != null ? d.sizing().readsPerRequest() : reads;
  }

  double writes(DataStore d) {
    return d.sizing().writesPerRequest() != null ? d.sizing().writesPerRequest() : writes;
  }

  double itemKb(DataStore d) {
    return d.sizing().itemKb() != null ? d.sizing().itemKb() : itemKb;
  }

  double storageGb(DataStore d) {
    return d.storageGb() != null ? d.storageGb() : storageGb;
  }

  /** "2 (dataStore.readsPerRequest)" or "1 (assumed: dynamodb.assumed.readsPerRequest)". */
  static String given(double value, Object inventory, String field, String catalog) {
    return Format.number(value)
        + " ("
        + (inventory != null ? "dataStore." + field : "assumed: " + catalog)
        + ")";
  }

  /** Reads a request makes, in words. */
  String readsText(DataStore d) {
    return given(
        reads(d), d.sizing().readsPerRequest(), "readsPerRequest", prefix + ".readsPerRequest");
  }

  /** Writes a request makes, in words. */
  String writesText(DataStore d) {
    return given(
        writes(d), d.sizing().writesPerRequest(), "writesPerRequest", prefix + ".writesPerRequest");
  }

  /** The item's size, in words. */
  String itemText(DataStore d) {
    return given(itemKb(d), d.sizing().itemKb(), "itemKb", prefix + ".itemKb") + " KB";
  }

  /** The storage, in words. */
  String storageText(DataStore d) {
    return given(storageGb(d), d.storageGb(), "storageGb", prefix + ".storageGb") + " GB";
  }
}
