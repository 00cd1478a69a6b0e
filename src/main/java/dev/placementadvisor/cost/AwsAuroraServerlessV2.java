package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.MILLION;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.DataStore;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.TrafficPattern;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Price;

/**
 * Amazon Aurora Serverless v2 ({@link DataTiers#AWS_AURORA_SERVERLESS_V2}): a service's relational
 * store as a database of its own (one writer instance), in three lines.
 *
 * <p><b>Capacity.</b> A database of least capacity ({@code minAcu}) 0 pauses after {@code
 * autoPauseSeconds} without a request and bills no capacity while paused. Requests arrive at random
 * (a Poisson process) through the part of the month the traffic runs in: the whole month, or for a
 * {@code batch} pattern 1 / peakToAverage of it, at the peak rate. The database is active when a
 * request came within the pause delay, so the share of the month it is active is {@code share x (1
 * - e^(-rate x delay))}, with {@code rate} the request rate while the traffic runs. A database of
 * least capacity above 0 never pauses. While active, capacity follows the load: the request rate
 * while active over the requests a second one ACU serves, never below the least capacity of an
 * active instance nor above {@code maxAcu}. ACU-hours are that capacity times the active hours.
 *
 * <p><b>Storage</b> is billed every month, paused or not. <b>I/O</b> is billed per million on
 * Aurora Standard only. Every assumption is a catalog quantity or the service's own {@code
 * dataStore} field. See docs/cost-model.md, "Data tier (Aurora Serverless v2)".
 */
final class AwsAuroraServerlessV2 implements DataTier {
  private final double hours;
  private final Price acuStandard;
  private final Price acuIoOptimized;
  private final Price storageStandard;
  private final Price storageIoOptimized;
  private final Price io;
  private final double minActiveAcu;
  private final double autoPauseSeconds;
  private final double requestsPerSecondPerAcu;
  private final double assumedGb;
  private final double ioPerRequest;

  AwsAuroraServerlessV2(PriceCatalog c) {
    hours = c.hoursPerMonth();
    acuStandard = c.price("aurora.serverlessV2.acuHour.standard");
    acuIoOptimized = c.price("aurora.serverlessV2.acuHour.ioOptimized");
    storageStandard = c.price("aurora.storage.standard");
    storageIoOptimized = c.price("aurora.storage.ioOptimized");
    io = c.price("aurora.io.standard");
    minActiveAcu = c.quantity("aurora.serverlessV2.minActiveAcu");
    autoPauseSeconds = c.quantity("aurora.serverlessV2.autoPauseSeconds");
    requestsPerSecondPerAcu = c.quantity("aurora.serverlessV2.requestsPerSecondPerAcu");
    assumedGb = c.quantity("aurora.storage.assumedGb");
    ioPerRequest = c.quantity("aurora.io.perRequest");
  }

  @Override
  public DataTiers.Info info() {
    return DataTiers.AWS_AURORA_SERVERLESS_V2;
  }

  /**
   * How the database runs in a month, at {@code requests} a month.
   *
   * @param share the part of the month the traffic runs in (1, or 1 / peakToAverage for batch)
   * @param rate requests a second while the traffic runs
   * @param pause seconds without a request before the database pauses
   * @param activeHours hours the database is active
   * @param perAcu requests a second one ACU serves
   * @param need the capacity the load needs while active, in ACU
   * @param floor the least capacity while active
   * @param acu the capacity billed while active: {@code need} between {@code floor} and maxAcu
   */
  record Capacity(
      double share,
      double rate,
      double pause,
      double activeHours,
      double perAcu,
      double need,
      double floor,
      double acu) {
    double acuHours() {
      return acu * activeHours;
    }
  }

  /** The capacity of the store of {@code s} at {@code requests} a month. */
  Capacity capacity(Service s, double requests) {
    DataStore d = s.dataStore();
    boolean batch = s.traffic().pattern() == TrafficPattern.BATCH;
    double share = batch ? 1 / s.traffic().peakToAverage() : 1;
    double rate = requests / (hours * 3600) / share;
    double pause = d.autoPauseSeconds() != null ? d.autoPauseSeconds() : autoPauseSeconds;
    double active;
    if (d.minAcu() > 0) {
      active = 1;
    } else if (requests <= 0) {
      active = 0;
    } else {
      active = share * -Math.expm1(-rate * pause);
    }
    double activeHours = hours * active;
    double perAcu =
        d.requestsPerSecondPerAcu() != null ? d.requestsPerSecondPerAcu() : requestsPerSecondPerAcu;
    double need = activeHours > 0 ? requests / (activeHours * 3600) / perAcu : 0;
    double floor = Math.max(d.minAcu(), minActiveAcu);
    double acu = Math.min(d.maxAcu(), Math.max(floor, need));
    return new Capacity(share, rate, pause, activeHours, perAcu, need, floor, acu);
  }

  @Override
  public void price(Service s, double requests, Bill bill) {
    DataStore d = s.dataStore();
    boolean explain = bill.explaining();
    boolean optimized = d.storageType() == DataStore.StorageType.IO_OPTIMIZED;
    Capacity c = capacity(s, requests);

    Price acuPrice = optimized ? acuIoOptimized : acuStandard;
    bill.add(
        "Aurora capacity (ACU-hours)",
        optimized
            ? "aurora.serverlessV2.acuHour.ioOptimized"
            : "aurora.serverlessV2.acuHour.standard",
        explain ? capacityText(s, requests, c, acuPrice) : null,
        c.acuHours() * acuPrice.first());

    double gb = d.storageGb() != null ? d.storageGb() : assumedGb;
    Price storage = optimized ? storageIoOptimized : storageStandard;
    bill.add(
        "Aurora storage",
        optimized ? "aurora.storage.ioOptimized" : "aurora.storage.standard",
        explain
            ? Format.number(gb)
                + " GB ("
                + (d.storageGb() != null
                    ? "dataStore.storageGb"
                    : "assumed: aurora.storage.assumedGb")
                + ") x "
                + Formulas.tierText(storage, "GB")
                + (optimized ? "; I/O-Optimized bills no I/O" : "")
            : null,
        gb * storage.first());

    if (!optimized) {
      double perRequest = d.ioPerRequest() != null ? d.ioPerRequest() : ioPerRequest;
      double ios = requests * perRequest;
      bill.add(
          "Aurora I/O requests",
          "aurora.io.standard",
          explain
              ? Format.number(requests)
                  + " requests x "
                  + Format.number(perRequest)
                  + " I/O ("
                  + (d.ioPerRequest() != null
                      ? "dataStore.ioPerRequest"
                      : "assumed: aurora.io.perRequest")
                  + ") = "
                  + Format.number(ios)
                  + " I/Os x "
                  + Formulas.tierText(io, "I/Os")
              : null,
          ios / MILLION * io.first());
    }
  }

  /** The capacity line's arithmetic in words. */
  private String capacityText(Service s, double requests, Capacity c, Price price) {
    DataStore d = s.dataStore();
    StringBuilder b = new StringBuilder();
    if (d.minAcu() > 0) {
      b.append("never paused (minAcu ")
          .append(Format.number(d.minAcu()))
          .append("): active ")
          .append(Format.number(c.activeHours()))
          .append(" h");
    } else if (requests <= 0 || c.activeHours() <= 0) {
      return "paused all month (minAcu 0, no requests) = 0 ACU-hours x "
          + Formulas.tierText(price, "ACU-hours");
    } else {
      appendActiveHours(b, d, c);
    }
    appendAcu(b, d, requests, c);
    b.append("; ")
        .append(Format.number(c.acu()))
        .append(" ACU x ")
        .append(Format.number(c.activeHours()))
        .append(" h = ")
        .append(Format.number(c.acuHours()))
        .append(" ACU-hours x ")
        .append(Formulas.tierText(price, "ACU-hours"));
    return b.toString();
  }

  /**
   * How the hours active come about for a store that pauses: the chance, from the request rate,
   * that a request comes within the pause delay of the last.
   */
  private void appendActiveHours(StringBuilder b, DataStore d, Capacity c) {
    b.append("active ").append(Format.number(hours)).append(" h x ");
    if (c.share() < 1) {
      b.append("1/")
          .append(Format.number(1 / c.share()))
          .append(" (batch: requests come at the peak rate, ")
          .append(Format.number(1 / c.share()))
          .append(" x the average) x ");
    }
    b.append("(1 - e^-(")
        .append(Format.number(c.rate()))
        .append(" requests/s x ")
        .append(Format.number(c.pause()))
        .append(" s without one before it pauses");
    b.append(
        d.autoPauseSeconds() == null
            ? " (AWS's default: aurora.serverlessV2.autoPauseSeconds)"
            : " (dataStore.autoPauseSeconds)");
    b.append(")) = ").append(Format.number(c.activeHours())).append(" h");
  }

  /**
   * The ACUs while active: the load while active over what an ACU serves, raised to the least while
   * active or capped at maxAcu.
   */
  private void appendAcu(StringBuilder b, DataStore d, double requests, Capacity c) {
    b.append("; the load ")
        .append(Format.number(requests / (c.activeHours() * 3600)))
        .append(" requests/s while active / ")
        .append(Format.number(c.perAcu()))
        .append(" a second an ACU (")
        .append(
            d.requestsPerSecondPerAcu() != null
                ? "dataStore.requestsPerSecondPerAcu"
                : "assumed: aurora.serverlessV2.requestsPerSecondPerAcu")
        .append(") = ")
        .append(Format.number(c.need()))
        .append(" ACU");
    if (c.acu() > c.need()) {
      b.append(", raised to the least while active, ")
          .append(Format.number(c.floor()))
          .append(d.minAcu() >= minActiveAcu ? " (minAcu)" : " (aurora.serverlessV2.minActiveAcu)");
    } else if (c.acu() < c.need()) {
      b.append(", capped at maxAcu ").append(Format.number(d.maxAcu()));
    }
  }
}
