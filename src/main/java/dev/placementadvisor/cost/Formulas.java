package dev.placementadvisor.cost;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Price;

/**
 * What the platforms' formulas share: usage shares, tiered prices, and their arithmetic in words.
 */
final class Formulas {
  static final double MILLION = 1_000_000;

  private Formulas() {}

  /** {@code mine}'s share of {@code amount}, by {@code mine} over {@code total}. */
  static double share(double mine, double total, double amount) {
    if (amount == 0 || mine <= 0) {
      return 0;
    }
    return total <= mine ? amount : amount * (mine / total);
  }

  /**
   * The seconds a platform that scales to zero bills its instances for {@code requests} a month
   * ({@link AzureFunctionsFlex}, {@link AzureContainerApps}). Each request keeps an instance active
   * for at least {@code minimumSeconds} (a billing minimum, or the time an instance stays up after
   * its last request), so requests far apart cost that much each. Requests close enough to overlap
   * those periods keep instances active back to back: then the instances are busy {@code requests x
   * seconds / concurrency} (each serving up to {@code concurrency} at once), and at least one is
   * active all month ({@code monthSeconds}). With the requests spread evenly over the month, the
   * bill is the smaller of the two:
   *
   * <pre>min(requests x minimumSeconds, max(requests x seconds / concurrency, monthSeconds))</pre>
   *
   * It never falls as {@code requests} grow.
   */
  static double activeSeconds(
      double requests,
      double seconds,
      double concurrency,
      double minimumSeconds,
      double monthSeconds) {
    double apart = requests * minimumSeconds;
    double packed = requests * seconds / concurrency;
    return Math.min(apart, Math.max(packed, monthSeconds));
  }

  /** A tiered price as arrays, read once from the catalog. */
  record Tiers(double[] upTo, double[] price) {
    static Tiers of(Price p) {
      double[] upTo = new double[p.tiers().size()];
      double[] price = new double[upTo.length];
      for (int i = 0; i < upTo.length; i++) {
        upTo[i] = p.tiers().get(i).upTo();
        price[i] = p.tiers().get(i).price();
      }
      return new Tiers(upTo, price);
    }

    /** {@link PriceCatalog#tiered}: {@code usage} priced per {@code perUnits}, tier by tier. */
    double cost(double usage, double perUnits) {
      double cost = 0;
      double lower = 0;
      for (int i = 0; i < upTo.length; i++) {
        if (usage <= lower) {
          break;
        }
        double inTier = Math.min(usage, upTo[i]) - lower;
        cost += inTier / perUnits * price[i];
        lower = upTo[i];
      }
      return cost;
    }
  }

  /** "(account 1,000 requests - 1,000,000 free) = 0 x $0.20 per 1M, its share 10%". */
  static String accountFormula(
      String mine,
      double total,
      double requests,
      double free,
      String unit,
      double billable,
      String price) {
    StringBuilder b = new StringBuilder();
    if (total > requests) {
      b.append("(account ").append(Format.number(total)).append(' ').append(unit);
    } else {
      b.append("(").append(mine);
    }
    if (free > 0) {
      b.append(" - ").append(Format.number(free)).append(" free");
    }
    b.append(") = ").append(Format.number(billable)).append(" x ").append(price);
    if (total > requests) {
      b.append(", its share ").append(Format.percent(requests / total));
    }
    return b.toString();
  }

  /**
   * Adds a request layer's line priced per million {@code unit} (requests, executions) beyond an
   * account's free allowance: the account's billable count ({@code others} besides this service's
   * {@code mine}, less {@code free}) at {@code price} per 1M, the service's share by its count.
   * Lambda, Cloud Run, Azure Functions and Container Apps bill their requests so.
   */
  static void addPerMillion(
      Bill bill,
      String item,
      String priceId,
      String unit,
      double mine,
      double others,
      double free,
      double price) {
    double all = others + mine;
    double billable = Math.max(0, all - free);
    bill.add(
        item,
        priceId,
        bill.explaining()
            ? accountFormula(
                Format.number(mine) + " " + unit,
                all,
                mine,
                free,
                unit,
                billable,
                "$" + Format.price(price) + " per 1M")
            : null,
        share(mine, all, billable / MILLION * price),
        true);
  }

  /** "$0.20 per 1M requests", or "tiers ($3.50 to 333.3M requests, ...) per 1M requests". */
  static String tierText(Price p, String unit) {
    if (!p.tiered()) {
      return "$" + Format.price(p.first()) + " " + p.unit();
    }
    StringBuilder b = new StringBuilder("tiers (");
    for (int i = 0; i < p.tiers().size(); i++) {
      PriceCatalog.Tier t = p.tiers().get(i);
      if (i > 0) {
        b.append(", ");
      }
      b.append("$").append(Format.price(t.price()));
      b.append(
          Double.isInfinite(t.upTo()) ? " beyond" : " to " + Format.volume(t.upTo()) + " " + unit);
    }
    return b.append(") ").append(p.unit()).toString();
  }
}
