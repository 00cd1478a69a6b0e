package dev.placementadvisor.result;

/**
 * One line of a monthly cost: what is charged, the catalog price it comes from, the arithmetic in
 * words, and the amount in US dollars (unrounded; rounding to cents happens only when printed).
 *
 * @param priceId the id of the catalog entry that prices it ({@code advisor pricing} lists them),
 *     or null for a line that is not a catalog price (a share of an organization cost)
 */
public record CostLine(String item, String priceId, String formula, double amount) {

  /** A line that is not a catalog price. */
  public CostLine(String item, String formula, double amount) {
    this(item, null, formula, amount);
  }
}
