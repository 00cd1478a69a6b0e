package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.MILLION;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.DataStore;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Price;

/**
 * Amazon DynamoDB on-demand ({@link DataTiers#AWS_DYNAMODB}): a service's key-value store as a
 * table of its own, in three lines. Reads: requests x reads a request x read request units a read
 * (the item's KB over 4, rounded up: a strongly consistent read). Writes: requests x writes a
 * request x write request units a write (the item's KB, rounded up). Storage: GB-months. Nothing is
 * billed for capacity, so the table costs nothing without requests but its storage. See
 * docs/cost-model.md, "Data tiers: key-value and cache".
 */
final class AwsDynamoDb implements DataTier {
  private final Price reads;
  private final Price writes;
  private final Price storage;
  private final double readUnitKb;
  private final double writeUnitKb;
  private final KeyValueSizing sizing;

  AwsDynamoDb(PriceCatalog c) {
    reads = c.price("dynamodb.onDemand.readRequestUnits");
    writes = c.price("dynamodb.onDemand.writeRequestUnits");
    storage = c.price("dynamodb.storage.standard");
    readUnitKb = c.quantity("dynamodb.readUnitKb");
    writeUnitKb = c.quantity("dynamodb.writeUnitKb");
    sizing = new KeyValueSizing(c, "dynamodb.assumed");
  }

  @Override
  public DataTiers.Info info() {
    return DataTiers.AWS_DYNAMODB;
  }

  /** Request units one operation on an item of {@code kb} takes, with {@code unitKb} a unit. */
  static double units(double kb, double unitKb) {
    return Math.max(1, Math.ceil(kb / unitKb - 1e-9));
  }

  /**
   * One request-unit line ({@code op} "read" or "write"): requests x {@code op}s a request x the
   * units an item of {@code kb} takes.
   */
  private static void units(
      Bill bill,
      String op,
      String priceId,
      double requests,
      double perRequest,
      String perRequestText,
      double kb,
      double unitKb,
      String itemText,
      Price price,
      String unit) {
    double u = requests * perRequest * units(kb, unitKb);
    bill.add(
        "DynamoDB " + op + "s (" + op + " request units)",
        priceId,
        bill.explaining()
            ? Format.number(requests)
                + " requests x "
                + perRequestText
                + " "
                + op
                + "s x "
                + Format.number(units(kb, unitKb))
                + " unit(s) a "
                + op
                + " of "
                + itemText
                + " ("
                + Format.number(unitKb)
                + " KB a unit) = "
                + Format.number(u)
                + " "
                + unit
                + " x "
                + Formulas.tierText(price, unit)
            : null,
        u / MILLION * price.first());
  }

  @Override
  public void price(Service s, double requests, Bill bill) {
    DataStore d = s.dataStore();
    boolean explain = bill.explaining();
    double kb = sizing.itemKb(d);
    units(
        bill,
        "read",
        "dynamodb.onDemand.readRequestUnits",
        requests,
        sizing.reads(d),
        sizing.readsText(d),
        kb,
        readUnitKb,
        sizing.itemText(d),
        reads,
        "RRU");
    units(
        bill,
        "write",
        "dynamodb.onDemand.writeRequestUnits",
        requests,
        sizing.writes(d),
        sizing.writesText(d),
        kb,
        writeUnitKb,
        sizing.itemText(d),
        writes,
        "WRU");
    double gb = sizing.storageGb(d);
    bill.add(
        "DynamoDB storage",
        "dynamodb.storage.standard",
        explain ? sizing.storageText(d) + " x " + Formulas.tierText(storage, "GB") : null,
        gb * storage.first());
  }
}
