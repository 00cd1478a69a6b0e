package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.MILLION;

import dev.placementadvisor.inventory.DataStore;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Price;
import dev.placementadvisor.report.Format;

/**
 * Amazon DynamoDB on-demand ({@link DataTiers#AWS_DYNAMODB}): a service's key-value store as a
 * table of its own, in three lines. Reads: requests x reads a request x read request units a read
 * (the item's KB over 4, rounded up: a strongly consistent read). Writes: requests x writes a
 * request x write request units a write (the item's KB, rounded up). Storage: GB-months. Nothing
 * is billed for capacity, so the table costs nothing without requests but its storage. See
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

  @Override
  public void price(Service s, double requests, Bill bill) {
    DataStore d = s.dataStore();
    boolean explain = bill.explaining();
    double kb = sizing.itemKb(d);
    double rru = requests * sizing.reads(d) * units(kb, readUnitKb);
    double wru = requests * sizing.writes(d) * units(kb, writeUnitKb);
    bill.add(
        "DynamoDB reads (read request units)",
        "dynamodb.onDemand.readRequestUnits",
        explain
            ? Format.number(requests) + " requests x " + sizing.readsText(d) + " reads x "
                + Format.number(units(kb, readUnitKb)) + " unit(s) a read of "
                + sizing.itemText(d) + " (" + Format.number(readUnitKb) + " KB a unit) = "
                + Format.number(rru) + " RRU x " + Formulas.tierText(reads, "RRU")
            : null,
        rru / MILLION * reads.first());
    bill.add(
        "DynamoDB writes (write request units)",
        "dynamodb.onDemand.writeRequestUnits",
        explain
            ? Format.number(requests) + " requests x " + sizing.writesText(d) + " writes x "
                + Format.number(units(kb, writeUnitKb)) + " unit(s) a write of "
                + sizing.itemText(d) + " (" + Format.number(writeUnitKb) + " KB a unit) = "
                + Format.number(wru) + " WRU x " + Formulas.tierText(writes, "WRU")
            : null,
        wru / MILLION * writes.first());
    double gb = sizing.storageGb(d);
    bill.add(
        "DynamoDB storage",
        "dynamodb.storage.standard",
        explain ? sizing.storageText(d) + " x " + Formulas.tierText(storage, "GB") : null,
        gb * storage.first());
  }
}
