package dev.placementadvisor.compare;

/**
 * The smallest change of a service's monthly cost that counts: a change below either amount is
 * noise, so the service is unchanged (no annotation, no gate). The default is $1 and 1%.
 *
 * @param dollars the least change in US dollars a month
 * @param percent the least change as a percentage of the baseline's cost
 */
public record MinChange(double dollars, double percent) {
  /** $1 and 1%. */
  public static final MinChange DEFAULT = new MinChange(1, 1);

  /** Every cent counts. */
  public static final MinChange NONE = new MinChange(0, 0);

  /**
   * Parses "1,1%", "5", "2%" or "0": dollars, a percentage, or both, comma-separated; a kind not
   * given is 0. Throws IllegalArgumentException with a message for users.
   */
  public static MinChange parse(String text) {
    double dollars = 0;
    double percent = 0;
    boolean sawDollars = false;
    boolean sawPercent = false;
    for (String part : text.split(",", -1)) {
      Threshold t = Threshold.parse(part);
      if (t.percent() ? sawPercent : sawDollars) {
        throw new IllegalArgumentException(
            "'" + text + "' gives " + (t.percent() ? "a percentage" : "dollars") + " twice");
      }
      if (t.percent()) {
        percent = t.value();
        sawPercent = true;
      } else {
        dollars = t.value();
        sawDollars = true;
      }
    }
    return new MinChange(dollars, percent);
  }

  /** True when a change from {@code before} to {@code after} is below this (noise). */
  public boolean noise(double before, double after) {
    double delta = Math.abs(Math.round((after - before) * 100) / 100.0);
    return delta < dollars || before > 0 && delta / before * 100 < percent;
  }

  @Override
  public String toString() {
    return new Threshold(false, dollars) + "," + new Threshold(true, percent);
  }
}
