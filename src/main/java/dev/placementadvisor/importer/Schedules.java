package dev.placementadvisor.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a month of a schedule expression: AWS's {@code rate(5 minutes)} and six-field {@code cron(0
 * 12 * * ? *)} (EventBridge, SAM, Serverless Framework), and the five-field cron of Cloudflare's
 * cron triggers. A rate counts a month of {@link #DAYS_A_MONTH} days; a cron expression is counted
 * over the calendar by {@link Cron}, the same count as a CronJob's schedule.
 */
final class Schedules {
  /** Days in an average month: 365.25 / 12. */
  static final double DAYS_A_MONTH = 30.4375;

  /** Seconds in an average month. */
  static final double SECONDS_A_MONTH = DAYS_A_MONTH * 86_400;

  private static final Pattern RATE =
      Pattern.compile("rate\\(\\s*([0-9]{1,9})\\s+(minutes?|hours?|days?)\\s*\\)");
  private static final Pattern AWS_CRON = Pattern.compile("cron\\((.*)\\)");

  private Schedules() {}

  /**
   * Runs a month of an AWS {@code rate(...)} or {@code cron(...)} expression (0 when it never
   * runs), or null when it is neither.
   */
  static Double aws(String expression) {
    String e = expression.strip();
    Matcher rate = RATE.matcher(e);
    if (rate.matches()) {
      long value = Long.parseLong(rate.group(1));
      String unit = rate.group(2);
      long seconds = unit.startsWith("minute") ? 60 : unit.startsWith("hour") ? 3600 : 86_400;
      return value == 0 ? null : SECONDS_A_MONTH / (value * seconds);
    }
    Matcher cron = AWS_CRON.matcher(e);
    try {
      return cron.matches() ? Cron.awsRunsPerMonth(cron.group(1)) : null;
    } catch (Cron.Invalid invalid) {
      return null;
    }
  }

  /** Runs a month of a five-field cron expression (0 when it never runs), or null. */
  static Double unix(String expression) {
    try {
      return Cron.runsPerMonth(expression);
    } catch (Cron.Invalid invalid) {
      return null;
    }
  }
}
