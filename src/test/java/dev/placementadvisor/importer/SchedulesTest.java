package dev.placementadvisor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Schedule expressions to runs a month: a rate over a month of 30.4375 days, a cron expression over
 * the Gregorian calendar's average month (30.436875 days; {@link CronTest} holds the count).
 */
class SchedulesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "rate(1 minute); 43830",
        "rate(5 minutes); 8766",
        "rate(1 hour); 730.5",
        "rate(2 hours); 365.25",
        "rate(1 day); 30.4375",
        "rate(7 days); 4.348214",
        "cron(0 2 * * ? *); 30.436875",
        "cron(0/15 * * * ? *); 2921.94",
        "cron(0 9 ? * MON-FRI *); 21.740625",
        "cron(0 8 1 * ? *); 1",
        "cron(0 0 1,15 * ? *); 2",
        "cron(0 12 L * ? *); 1",
        "cron(0 10 ? * 2#1 *); 1",
        "cron(0 0 1 JAN,JUL ? *); 0.166667",
        "cron(0 18 ? * 6L 2026-2030); 1",
        "cron(0 22-2 * * ? *); 152.184375",
        // AWS numbers weekdays from 1 for Sunday: 2-6 is Monday to Friday, 6L the last Friday.
        "cron(0 9 ? * 2-6 *); 21.740625",
        "cron(0 9 ? * FRI-MON *); 17.3925",
        "cron(0 0 LW * ? *); 1",
        "cron(0 0 15W * ? *); 1",
        // Months with a fifth Monday: 1,671 of the cycle's 4,800.
        "cron(0 0 ? * 2#5 *); 0.348125",
        // No 30 February: the schedule never runs.
        "cron(0 0 30 2 ? *); 0",
      })
  void awsExpressions(String expression, double runs) {
    assertThat(Schedules.aws(expression)).isCloseTo(runs, within(1e-5));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "*/30 * * * *; 1460.97",
        "0 0 * * *; 30.436875",
        "0 3 * * 1-5; 21.740625",
        "0 0 1 * *; 1",
        // The 1st or a Sunday, either (as cron has it): the 688 Sundays that are a 1st once.
        "0 0 1 * 0; 5.204792",
        // Cloudflare's cron triggers take L, W and #.
        "0 0 L * *; 1",
        "0 0 * * 5L; 1",
        "0 0 * * MON#5; 0.348125",
        "0 0 30 2 *; 0",
      })
  void unixExpressions(String expression, double runs) {
    assertThat(Schedules.unix(expression)).isCloseTo(runs, within(1e-5));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rate(0 minutes)",
        "rate(5 weeks)",
        "cron(0 2 * *)",
        "at(2026-01-01)",
        "cron(99 2 * * ? *)",
        "cron(0/0 * * * ? *)",
        "cron(x y z a b c)"
      })
  void whatIsNotUnderstoodIsNull(String expression) {
    assertThat(Schedules.aws(expression)).isNull();
  }
}
