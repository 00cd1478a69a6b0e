package dev.placementadvisor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs a month of five-field cron expressions, averaged over the Gregorian 400-year cycle. */
class CronTest {
  /** Days in the average Gregorian month. */
  private static final double MONTH = 365.2425 / 12;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 2 * * *        | 1",
        "@daily           | 1",
        "*/15 * * * *     | 96",
        "0 * * * *        | 24",
        "@hourly          | 24",
        "0 9-17 * * *     | 9",
        "0,30 8 * * *     | 2",
        "0 0 * * 0        | 0.14285714285714285",
        "0 0 * * SUN      | 0.14285714285714285",
        "0 0 * * 7        | 0.14285714285714285",
        "0 0 * * MON-FRI  | 0.7142857142857143",
        "CRON_TZ=UTC 0 2 * * * | 1",
      })
  void dailyAndWeeklyExpressionsRunInProportionToTheDays(String cron, double perDay)
      throws Cron.Invalid {
    assertThat(Cron.runsPerMonth(cron)).isCloseTo(perDay * MONTH, within(1e-9));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 0 1 * *        | 1",
        "@monthly         | 1",
        "0 0 1 1 *        | 0.08333333333333333",
        "@yearly          | 0.08333333333333333",
        "0 0 1,15 * *     | 2",
        "0 0 1 JAN,jul *  | 0.16666666666666666",
        // 29 February: 97 leap years in 400.
        "0 0 29 2 *       | 0.020208333333333332",
        // 31st: 7 months in 12.
        "0 0 31 * *       | 0.5833333333333334",
        "0 0 30 2 *       | 0",
      })
  void monthlyExpressionsCountTheDaysTheCalendarHas(String cron, double runs) throws Cron.Invalid {
    assertThat(Cron.runsPerMonth(cron)).isCloseTo(runs, within(1e-9));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The 13th or any Friday: cron's day-of-month OR day-of-week.
        "0 0 13 * 5",
      })
  void aRestrictedDayOfMonthAndDayOfWeekMatchEither(String cron) throws Cron.Invalid {
    double thirteenth = 1;
    double fridays = MONTH / 7;
    // Fridays that fall on the 13th are counted once: 688 of the 4,800 months' 13ths.
    double both = 688.0 / 4800;
    assertThat(Cron.runsPerMonth(cron)).isCloseTo(thirteenth + fridays - both, within(1e-9));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "* * * *          | a cron expression has 5 fields",
        "61 * * * *       | the minute field holds 61; it takes 0 to 59",
        "0 24 * * *       | the hour field holds 24",
        "0 0 0 * *        | the day of month field holds 0",
        "0 0 * 13 *       | the month field holds 13",
        "0 0 * * 8        | the day of week field holds 8",
        "0 5-1 * * *      | a range that ends before it starts",
        "x * * * *        | the minute field holds something that is not a number",
        "*/0 * * * *      | the minute field holds 0",
        "@every 5m        | an unknown cron macro",
      })
  void anythingElseIsRefusedWithTheField(String cron, String problem) {
    assertThatThrownBy(() -> Cron.runsPerMonth(cron))
        .isInstanceOf(Cron.Invalid.class)
        .hasMessageContaining(problem);
  }
}
