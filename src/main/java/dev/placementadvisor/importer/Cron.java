package dev.placementadvisor.importer;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts the runs a month of a cron expression, in the two dialects deployment files use: the
 * standard five fields (minute, hour, day of month, month, day of week) of a CronJob's {@code
 * schedule} and of Cloudflare's cron triggers, and AWS's six (the same and a year, weekdays 1 for
 * Sunday to 7) of EventBridge, SAM and the Serverless Framework. Fields take {@code *}, numbers,
 * ranges {@code a-b}, steps {@code * /n} and {@code a-b/n}, lists, month and day names ({@code
 * JAN}, {@code MON}) and {@code ?} as {@code *}; the day of month also {@code L} (the last day),
 * {@code LW} (the last weekday) and {@code 15W} (the weekday nearest the 15th), the day of week
 * {@code 5L} (the last Friday) and {@code 1#2} (the second Monday). The five-field dialect takes 7
 * for Sunday as 0 is, and the macros {@code @yearly}, {@code @annually}, {@code @monthly}, {@code
 * @weekly}, {@code @daily}, {@code @midnight} and {@code @hourly}; AWS's takes ranges that wrap
 * ({@code 22-2}) and its year field is not read (it says when the schedule stops, not how often it
 * runs). When both the day of month and the day of week are restricted, a day matches when either
 * does (as cron has it). The count is the average month of the Gregorian calendar's 400-year cycle,
 * so leap years and months of 28 to 31 days weigh as often as they occur.
 */
final class Cron {
  /** A field's bounds and names; {@code base} is the number of the first name (AWS: Sunday 1). */
  private record Field(String name, int min, int max, List<String> names, int base) {}

  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> WEEKDAYS =
      List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  private static final Field MINUTE = new Field("minute", 0, 59, List.of(), 0);
  private static final Field HOUR = new Field("hour", 0, 23, List.of(), 0);
  private static final Field DAY = new Field("day of month", 1, 31, List.of(), 0);
  private static final Field MONTH = new Field("month", 1, 12, MONTHS, 1);
  private static final Field WEEKDAY = new Field("day of week", 0, 7, WEEKDAYS, 0);
  private static final Field AWS_WEEKDAY = new Field("day of week", 1, 7, WEEKDAYS, 1);

  private static final Map<String, String> MACROS =
      Map.of(
          "@yearly", "0 0 1 1 *",
          "@annually", "0 0 1 1 *",
          "@monthly", "0 0 1 * *",
          "@weekly", "0 0 * * 0",
          "@daily", "0 0 * * *",
          "@midnight", "0 0 * * *",
          "@hourly", "0 * * * *");

  /** Years in the Gregorian calendar's cycle. */
  private static final int CYCLE_YEARS = 400;

  /**
   * How often each (month, day of month, day of week with Sunday 0, days in that month less 28)
   * falls in the 400-year cycle: a schedule's days are counted from it, whatever the expression.
   */
  private static final int[][][][] OCCURRENCES = occurrences();

  private static int[][][][] occurrences() {
    int[][][][] n = new int[12][31][7][4];
    LocalDate end = LocalDate.of(2000 + CYCLE_YEARS, 1, 1);
    for (LocalDate d = LocalDate.of(2000, 1, 1); d.isBefore(end); d = d.plusDays(1)) {
      int weekday = d.getDayOfWeek().getValue() % 7;
      n[d.getMonthValue() - 1][d.getDayOfMonth() - 1][weekday][d.lengthOfMonth() - 28]++;
    }
    return n;
  }

  /** Why an expression is refused, in words (the caller adds where). */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  private Cron() {}

  /**
   * The average runs a month of a five-field {@code expression} (a leading {@code CRON_TZ=} or
   * {@code TZ=} is not read: the time zone does not change how often it runs); 0 when it never runs
   * (February 30).
   */
  static double runsPerMonth(String expression) throws Invalid {
    String e = expression.strip().replaceFirst("^(CRON_TZ|TZ)=\\S+\\s+", "");
    String macro = MACROS.get(e.toLowerCase(Locale.ROOT));
    if (macro != null) {
      e = macro;
    } else if (e.startsWith("@")) {
      throw new Invalid(
          "an unknown cron macro (known: "
              + String.join(", ", MACROS.keySet().stream().sorted().toList())
              + ")");
    }
    String[] parts = e.split("\\s+");
    if (parts.length != 5) {
      throw new Invalid(
          "a cron expression has 5 fields (minute hour day month weekday), this has "
              + parts.length);
    }
    return runs(parts, WEEKDAY, false);
  }

  /**
   * The average runs a month of the six fields inside an AWS {@code cron(...)}; 0 when it never
   * runs.
   */
  static double awsRunsPerMonth(String fields) throws Invalid {
    String[] parts = fields.strip().split("\\s+");
    if (parts.length != 6) {
      throw new Invalid(
          "an AWS cron expression has 6 fields (minutes hours day month weekday year), this has "
              + parts.length);
    }
    return runs(parts, AWS_WEEKDAY, true);
  }

  private static double runs(String[] parts, Field weekdayField, boolean wrap) throws Invalid {
    Days days = days(parts[2], wrap);
    Weekdays weekdays = weekdays(parts[4], weekdayField, wrap);
    BitSet months = field(parts[3], MONTH, wrap);
    long perDay =
        (long) field(parts[0], MINUTE, wrap).cardinality()
            * field(parts[1], HOUR, wrap).cardinality();
    boolean either = !isStar(parts[2]) && !isStar(parts[4]);
    long matchingDays = 0;
    for (int month = 1; month <= 12; month++) {
      if (!months.get(month)) {
        continue;
      }
      for (int day = 1; day <= 31; day++) {
        for (int weekday = 0; weekday < 7; weekday++) {
          for (int length = 28; length <= 31; length++) {
            int n = OCCURRENCES[month - 1][day - 1][weekday][length - 28];
            if (n == 0) {
              continue;
            }
            boolean byDay = days.matches(day, weekday, length);
            boolean byWeekday = weekdays.matches(day, weekday, length);
            if (either ? byDay || byWeekday : byDay && byWeekday) {
              matchingDays += n;
            }
          }
        }
      }
    }
    return (double) perDay * matchingDays / (CYCLE_YEARS * 12);
  }

  /** The days of the month a day-of-month field allows: listed, the last, the nearest weekdays. */
  private record Days(BitSet listed, boolean last, boolean lastWeekday, BitSet nearestWeekday) {
    boolean matches(int day, int weekday, int length) {
      if (listed.get(day) || last && day == length) {
        return true;
      }
      boolean workday = weekday >= 1 && weekday <= 5;
      if (lastWeekday && workday && (day == length || weekday == 5 && day >= length - 2)) {
        return true;
      }
      for (int n = nearestWeekday.nextSetBit(1); n > 0; n = nearestWeekday.nextSetBit(n + 1)) {
        if (workday
            && n <= length
            && nearest(n, Math.floorMod(weekday + n - day, 7), length) == day) {
          return true;
        }
      }
      return false;
    }

    /** The weekday nearest day {@code n} (whose weekday is {@code w}), within its month. */
    private static int nearest(int n, int w, int length) {
      if (w == 6) {
        return n == 1 ? n + 2 : n - 1;
      }
      if (w == 0) {
        return n == length ? n - 2 : n + 1;
      }
      return n;
    }
  }

  private static Days days(String text, boolean wrap) throws Invalid {
    boolean last = false;
    boolean lastWeekday = false;
    BitSet nearest = new BitSet(32);
    StringBuilder rest = new StringBuilder();
    for (String item : text.toUpperCase(Locale.ROOT).split(",", -1)) {
      if (item.equals("L")) {
        last = true;
      } else if (item.equals("LW")) {
        lastWeekday = true;
      } else if (item.endsWith("W") && item.length() > 1) {
        nearest.set(number(item.substring(0, item.length() - 1), DAY, DAY.min(), DAY.max()));
      } else {
        rest.append(rest.length() == 0 ? "" : ",").append(item);
      }
    }
    BitSet listed = rest.length() == 0 ? new BitSet() : field(rest.toString(), DAY, wrap);
    return new Days(listed, last, lastWeekday, nearest);
  }

  /**
   * The days a day-of-week field allows: listed weekdays, the last of a weekday in the month
   * ({@code 5L}), the nth ({@code 1#2}: bit n of {@code nth[weekday]}).
   */
  private record Weekdays(BitSet listed, BitSet lastOf, int[] nth) {
    boolean matches(int day, int weekday, int length) {
      return listed.get(weekday)
          || lastOf.get(weekday) && day + 7 > length
          || (nth[weekday] & 1 << ((day - 1) / 7 + 1)) != 0;
    }
  }

  private static Weekdays weekdays(String text, Field f, boolean wrap) throws Invalid {
    BitSet lastOf = new BitSet(7);
    int[] nth = new int[7];
    StringBuilder rest = new StringBuilder();
    for (String item : text.toUpperCase(Locale.ROOT).split(",", -1)) {
      int hash = item.indexOf('#');
      if (hash > 0) {
        int n = number(item.substring(hash + 1), f, 1, 5, "a week of the month");
        nth[weekday(value(item.substring(0, hash), f), f)] |= 1 << n;
      } else if (item.endsWith("L") && item.length() > 1) {
        lastOf.set(weekday(value(item.substring(0, item.length() - 1), f), f));
      } else {
        rest.append(rest.length() == 0 ? "" : ",").append(item);
      }
    }
    BitSet listed = new BitSet(7);
    if (rest.length() > 0) {
      BitSet raw = field(rest.toString(), f, wrap);
      for (int v = raw.nextSetBit(0); v >= 0; v = raw.nextSetBit(v + 1)) {
        listed.set(weekday(v, f));
      }
    }
    return new Weekdays(listed, lastOf, nth);
  }

  /** A weekday field's value as Sunday 0 to Saturday 6. */
  private static int weekday(int value, Field f) {
    return (value - f.base()) % 7;
  }

  private static boolean isStar(String field) {
    return field.equals("*") || field.equals("?");
  }

  /** The values a field allows, as bits. */
  private static BitSet field(String text, Field f, boolean wrap) throws Invalid {
    BitSet bits = new BitSet(f.max() + 1);
    // The day of week's * is each day once: 0 to 6 for the five fields (7 is 0 again).
    int top = f == WEEKDAY ? 6 : f.max();
    for (String item : text.split(",", -1)) {
      int step = 1;
      String range = item;
      int slash = item.indexOf('/');
      if (slash >= 0) {
        step = number(item.substring(slash + 1), f, 1, f.max());
        range = item.substring(0, slash);
      }
      int lo;
      int hi;
      if (range.equals("*") || range.equals("?")) {
        lo = f.min();
        hi = top;
      } else if (range.contains("-")) {
        String[] ends = range.split("-", -1);
        if (ends.length != 2) {
          throw new Invalid("the " + f.name() + " field has a range that is not a-b");
        }
        lo = value(ends[0], f);
        hi = value(ends[1], f);
        if (hi < lo && !wrap) {
          throw new Invalid("the " + f.name() + " field has a range that ends before it starts");
        }
      } else {
        lo = value(range, f);
        hi = slash >= 0 ? top : lo;
      }
      int span = hi >= lo ? hi - lo : hi - lo + top - f.min() + 1;
      for (int i = 0; i <= span; i += step) {
        bits.set(lo + i > top ? lo + i - (top - f.min() + 1) : lo + i);
      }
    }
    return bits;
  }

  private static int value(String text, Field f) throws Invalid {
    int named = f.names().indexOf(text.toUpperCase(Locale.ROOT));
    if (named >= 0) {
      return named + f.base();
    }
    return number(text, f, f.min(), f.max());
  }

  private static int number(String text, Field f, int min, int max) throws Invalid {
    return number(text, f, min, max, null);
  }

  private static int number(String text, Field f, int min, int max, String what) throws Invalid {
    String field = "the " + f.name() + " field" + (what == null ? "" : "'s " + what);
    if (!text.matches("[0-9]{1,2}")) {
      throw new Invalid(field + " holds something that is not a number from " + min + " to " + max);
    }
    int v = Integer.parseInt(text);
    if (v < min || v > max) {
      throw new Invalid(field + " holds " + v + "; it takes " + min + " to " + max);
    }
    return v;
  }
}
