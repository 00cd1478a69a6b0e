package dev.placementadvisor.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a month of a schedule expression: AWS's {@code rate(5 minutes)} and six-field {@code cron(0
 * 12 * * ? *)} (EventBridge, SAM, Serverless Framework), and the five-field Unix cron of
 * Cloudflare's cron triggers. A month is {@link #DAYS_A_MONTH} days. A cron expression counts the
 * values each field allows: minutes × hours × days a month × months a year / 12, where days a month
 * are the days of the month listed, or the weekdays listed × 30.4375 / 7, or 30.4375 for every day;
 * {@code L}, {@code W} and {@code #} stand for one day. Where a Unix cron lists both days of the
 * month and weekdays (either matches), their runs are added.
 */
final class Schedules {
  /** Days in an average month: 365.25 / 12. */
  static final double DAYS_A_MONTH = 30.4375;

  /** Seconds in an average month. */
  static final double SECONDS_A_MONTH = DAYS_A_MONTH * 86_400;

  private static final Pattern RATE =
      Pattern.compile("rate\\(\\s*([0-9]{1,9})\\s+(minutes?|hours?|days?)\\s*\\)");
  private static final Pattern AWS_CRON = Pattern.compile("cron\\((.*)\\)");
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  private Schedules() {}

  /** Runs a month of an AWS {@code rate(...)} or {@code cron(...)} expression, or null. */
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
    if (cron.matches()) {
      String[] f = cron.group(1).strip().split("\\s+");
      // minutes hours day-of-month month day-of-week year; AWS numbers weekdays 1 (SUN) to 7
      return f.length == 6 ? runs(f, 1) : null;
    }
    return null;
  }

  /** Runs a month of a five-field Unix cron expression (weekdays 0 or 7 for Sunday), or null. */
  static Double unix(String expression) {
    String[] f = expression.strip().split("\\s+");
    return f.length == 5 ? runs(f, 0) : null;
  }

  private static Double runs(String[] f, int firstWeekday) {
    Double minutes = count(f[0], 0, 59, null, 0);
    Double hours = count(f[1], 0, 23, null, 0);
    Double months = count(f[3], 1, 12, MONTHS, 1);
    Double days = days(f[2], f[4], firstWeekday);
    if (minutes == null || hours == null || months == null || days == null) {
      return null;
    }
    return minutes * hours * days * months / 12;
  }

  /** Days a month the day-of-month and day-of-week fields allow. */
  private static Double days(String dayOfMonth, String dayOfWeek, int firstWeekday) {
    boolean anyDate = dayOfMonth.equals("*") || dayOfMonth.equals("?");
    boolean anyDay = dayOfWeek.equals("*") || dayOfWeek.equals("?");
    Double dates = anyDate ? null : count(dayOfMonth, 1, 31, null, 1);
    Double weekdays = anyDay ? null : count(dayOfWeek, firstWeekday, firstWeekday + 6, DAYS, 1);
    if (!anyDate && dates == null || !anyDay && weekdays == null) {
      return null;
    }
    if (anyDate && anyDay) {
      return DAYS_A_MONTH;
    }
    double fromWeekdays = anyDay ? 0 : weekdayRuns(dayOfWeek, weekdays);
    return Math.min(DAYS_A_MONTH, (anyDate ? 0 : dates) + fromWeekdays);
  }

  /** Runs a month of a weekday field: {@code MON#1} and {@code 5L} are once a month. */
  private static double weekdayRuns(String field, double weekdays) {
    return field.contains("#") || field.contains("L") ? weekdays : weekdays * DAYS_A_MONTH / 7;
  }

  /**
   * How many values of [lo, hi] a cron field allows: lists, ranges, steps, names; null when the
   * field is not understood.
   */
  private static Double count(String field, int lo, int hi, List<String> names, int nameBase) {
    int all = hi - lo + 1;
    double total = 0;
    for (String part : field.toUpperCase(Locale.ROOT).split(",", -1)) {
      Double n = countPart(part, lo, hi, names, nameBase);
      if (n == null) {
        return null;
      }
      total += n;
    }
    return Math.min(all, total);
  }

  private static Double countPart(String part, int lo, int hi, List<String> names, int base) {
    if (part.equals("*") || part.equals("?")) {
      return (double) (hi - lo + 1);
    }
    if (part.matches("[0-9A-Z]*(L|W|LW|#[1-5])") && !part.isEmpty()) {
      return 1.0;
    }
    String range = part;
    int step = 1;
    int slash = part.indexOf('/');
    if (slash >= 0) {
      Integer s = number(part.substring(slash + 1), null, 0);
      if (s == null || s < 1) {
        return null;
      }
      step = s;
      range = part.substring(0, slash);
    }
    int from = lo;
    int to = hi;
    if (!range.equals("*")) {
      int dash = range.indexOf('-');
      Integer a = number(dash < 0 ? range : range.substring(0, dash), names, base);
      Integer b =
          dash < 0
              ? (slash >= 0 ? Integer.valueOf(hi) : a)
              : number(range.substring(dash + 1), names, base);
      if (a == null || b == null || a < lo || b > hi + 1 || a > hi) {
        return null;
      }
      from = a;
      to = Math.min(b, hi);
      if (to < from) {
        return Math.ceil((double) (hi - from + 1 + to - lo + 1) / step);
      }
    }
    return Math.ceil((double) (to - from + 1) / step);
  }

  private static Integer number(String text, List<String> names, int base) {
    if (names != null && names.contains(text)) {
      return names.indexOf(text) + base;
    }
    return text.matches("[0-9]{1,2}") ? Integer.valueOf(text) : null;
  }
}
