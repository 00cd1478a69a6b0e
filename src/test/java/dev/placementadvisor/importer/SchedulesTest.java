package dev.placementadvisor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Schedule expressions to runs a month (a month is 30.4375 days). */
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
        "cron(0 2 * * ? *); 30.4375",
        "cron(0/15 * * * ? *); 2922",
        "cron(0 9 ? * MON-FRI *); 21.741071",
        "cron(0 8 1 * ? *); 1",
        "cron(0 0 1,15 * ? *); 2",
        "cron(0 12 L * ? *); 1",
        "cron(0 10 ? * 2#1 *); 1",
        "cron(0 0 1 JAN,JUL ? *); 0.166667",
        "cron(0 18 ? * 6L 2026-2030); 1",
        "cron(0 22-2 * * ? *); 152.1875",
      })
  void awsExpressions(String expression, double runs) {
    assertThat(Schedules.aws(expression)).isCloseTo(runs, within(1e-5));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "*/30 * * * *; 1461",
        "0 0 * * *; 30.4375",
        "0 3 * * 1-5; 21.741071",
        "0 0 1 * *; 1",
        "0 0 1 * 0; 5.348214",
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
