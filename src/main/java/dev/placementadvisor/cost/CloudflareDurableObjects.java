package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.MILLION;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.DataStore;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Price;

/**
 * Cloudflare Durable Objects ({@link DataTiers#CLOUDFLARE_DURABLE_OBJECTS}): a service's key-value
 * state at the edge, on SQLite-backed objects, in five lines, each beyond the Workers Paid plan's
 * monthly allowance (applied to the service alone, as its store is priced alone). Requests: one
 * call to an object a request. Duration: the time an object is active for a request, billed at 128
 * MB an object whatever it uses. Rows read and written: a key-value read or write is a row.
 * Storage: GB-months. See docs/cost-model.md, "Data tiers: key-value and cache".
 */
final class CloudflareDurableObjects implements DataTier {
  private final Price requestsPrice;
  private final Price duration;
  private final Price rowsRead;
  private final Price rowsWritten;
  private final Price storage;
  private final double includedRequests;
  private final double includedGbs;
  private final double includedRowsRead;
  private final double includedRowsWritten;
  private final double includedGb;
  private final double billedGb;
  private final double msPerRequest;
  private final KeyValueSizing sizing;

  CloudflareDurableObjects(PriceCatalog c) {
    requestsPrice = c.price("durableobjects.requests");
    duration = c.price("durableobjects.duration");
    rowsRead = c.price("durableobjects.sqlite.rowsRead");
    rowsWritten = c.price("durableobjects.sqlite.rowsWritten");
    storage = c.price("durableobjects.sqlite.storage");
    includedRequests = c.quantity("durableobjects.included.requests");
    includedGbs = c.quantity("durableobjects.included.gbSeconds");
    includedRowsRead = c.quantity("durableobjects.included.rowsRead");
    includedRowsWritten = c.quantity("durableobjects.included.rowsWritten");
    includedGb = c.quantity("durableobjects.included.storageGb");
    billedGb = DurableObjectsMemory.gb(c.quantity("durableobjects.billedMemoryMb"));
    msPerRequest = c.quantity("durableobjects.msPerRequest");
    sizing = new KeyValueSizing(c, "durableobjects.assumed");
  }

  @Override
  public DataTiers.Info info() {
    return DataTiers.CLOUDFLARE_DURABLE_OBJECTS;
  }

  @Override
  public void price(Service s, double requests, Bill bill) {
    boolean explain = bill.explaining();
    beyond(
        bill,
        "Durable Objects requests",
        "durableobjects.requests",
        requests,
        explain ? Format.number(requests) + " calls (one a request)" : null,
        includedRequests,
        "requests",
        requestsPrice,
        MILLION);
    addDuration(requests, explain, bill);
    addSqlite(s.dataStore(), requests, explain, bill);
  }

  /**
   * The objects' active time: an assumed time a request, at the billed memory of an object whatever
   * it uses.
   */
  private void addDuration(double requests, boolean explain, Bill bill) {
    double gbs = requests * msPerRequest / 1000 * billedGb;
    beyond(
        bill,
        "Durable Objects duration",
        "durableobjects.duration",
        gbs,
        explain
            ? Format.number(requests)
                + " requests x "
                + Format.number(msPerRequest)
                + " ms active (assumed: durableobjects.msPerRequest) x "
                + Format.number(billedGb * 1000)
                + " MB = "
                + Format.number(gbs)
                + " GB-s"
            : null,
        includedGbs,
        "GB-s",
        duration,
        MILLION);
  }

  /** The SQLite backend's lines: rows read, rows written and storage, sized from the store. */
  private void addSqlite(DataStore d, double requests, boolean explain, Bill bill) {
    double read = requests * sizing.reads(d);
    beyond(
        bill,
        "Durable Objects rows read",
        "durableobjects.sqlite.rowsRead",
        read,
        explain ? Format.number(requests) + " requests x " + sizing.readsText(d) + " rows" : null,
        includedRowsRead,
        "rows",
        rowsRead,
        MILLION);
    double written = requests * sizing.writes(d);
    beyond(
        bill,
        "Durable Objects rows written",
        "durableobjects.sqlite.rowsWritten",
        written,
        explain ? Format.number(requests) + " requests x " + sizing.writesText(d) + " rows" : null,
        includedRowsWritten,
        "rows",
        rowsWritten,
        MILLION);
    beyond(
        bill,
        "Durable Objects storage",
        "durableobjects.sqlite.storage",
        sizing.storageGb(d),
        explain ? sizing.storageText(d) : null,
        includedGb,
        "GB-months",
        storage,
        1);
  }

  /** A line billing {@code usage} beyond {@code included}, at {@code price} per {@code per}. */
  private static void beyond(
      Bill bill,
      String item,
      String priceId,
      double usage,
      String usageText,
      double included,
      String unit,
      Price price,
      double per) {
    double billable = Math.max(0, usage - included);
    bill.add(
        item,
        priceId,
        bill.explaining()
            ? "("
                + usageText
                + " - "
                + Format.number(included)
                + " "
                + unit
                + " included) = "
                + Format.number(billable)
                + " "
                + unit
                + " x "
                + Formulas.tierText(price, unit)
            : null,
        billable / per * price.first());
  }
}
