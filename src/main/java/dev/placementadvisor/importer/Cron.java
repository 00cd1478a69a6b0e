package dev.placementadvisor.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts the runs a month of a standard five-field cron expression (minute, hour, day of month,
 * month, day of week), as a CronJob's {@code schedule} is written: {@code *}, numbers, ranges
 * {@code a-b}, steps {@code * /n} and {@code a-b/n}, lists, month and day names ({@code JAN},
 * {@code MON}), 7 for Sunday, {@code ?} as {@code *}, and the macros {@code @yearly},
 * {@code @annually}, {@code @monthly}, {@code @weekly}, {@code @daily}, {@code @midnight} and
 * {@code @hourly}. When both the day of month and the day of week are restricted, a day matches
 * when either does (as cron has it). The count is the average month of the Gregorian calendar's
 * 400-year cycle, so leap years and months of 28 to 31 days weigh as often as they occur.
 */
final class Cron {
  /** A field's bounds and names. */
  private record Field(String name, int min, int max, List<String> names) {}

  private static final Field MINUTE = new Field("minute", 0, 59, List.of());
  private static final Field HOUR = new Field("hour", 0, 23, List.of());
  private static final Field DAY = new Field("day of month", 1, 31, List.of());
  private static final Field MONTH =
      new Field(
          "month",
          1,
          12,
          List.of(
              "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"));
  private static final Field WEEKDAY =
      new Field("day of week", 0, 7, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"));

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
   * How often each (month, day of month, day of week; Sunday 0) falls in the 400-year cycle: a
   * schedule's days are counted from it, whatever the expression.
   */
  private static final int[][][] OCCURRENCES = occurrences();

  private static int[][][] occurrences() {
    int[][][] n = new int[12][31][7];
    LocalDate end = LocalDate.of(2000 + CYCLE_YEARS, 1, 1);
    for (LocalDate d = LocalDate.of(2000, 1, 1); d.isBefore(end); d = d.plusDays(1)) {
      int weekday = d.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : d.getDayOfWeek().getValue();
      n[d.getMonthValue() - 1][d.getDayOfMonth() - 1][weekday]++;
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

  /** The average runs a month of {@code expression}; 0 when it never runs (February 30). */
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
    BitSet minutes = field(parts[0], MINUTE);
    BitSet hours = field(parts[1], HOUR);
    BitSet days = field(parts[2], DAY);
    BitSet months = field(parts[3], MONTH);
    BitSet weekdays = field(parts[4], WEEKDAY);
    if (weekdays.get(7)) {
      weekdays.set(0);
    }
    boolean dayRestricted = !isStar(parts[2]);
    boolean weekdayRestricted = !isStar(parts[4]);
    long perDay = (long) minutes.cardinality() * hours.cardinality();
    long matchingDays = 0;
    for (int month = 1; month <= 12; month++) {
      for (int day = 1; day <= 31; day++) {
        for (int weekday = 0; weekday < 7; weekday++) {
          int n = OCCURRENCES[month - 1][day - 1][weekday];
          boolean byDay = days.get(day);
          boolean byWeekday = weekdays.get(weekday);
          boolean matches =
              dayRestricted && weekdayRestricted ? byDay || byWeekday : byDay && byWeekday;
          if (n > 0 && months.get(month) && matches) {
            matchingDays += n;
          }
        }
      }
    }
    return (double) perDay * matchingDays / (CYCLE_YEARS * 12);
  }

  private static boolean isStar(String field) {
    return field.equals("*") || field.equals("?");
  }

  /** The values a field allows, as bits. */
  private static BitSet field(String text, Field f) throws Invalid {
    BitSet bits = new BitSet(f.max() + 1);
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
        hi = f == WEEKDAY ? 6 : f.max();
      } else if (range.contains("-")) {
        String[] ends = range.split("-", -1);
        if (ends.length != 2) {
          throw new Invalid("the " + f.name() + " field has a range that is not a-b");
        }
        lo = value(ends[0], f);
        hi = value(ends[1], f);
        if (hi < lo) {
          throw new Invalid("the " + f.name() + " field has a range that ends before it starts");
        }
      } else {
        lo = value(range, f);
        hi = slash >= 0 ? (f == WEEKDAY ? 6 : f.max()) : lo;
      }
      for (int v = lo; v <= hi; v += step) {
        bits.set(v);
      }
    }
    return bits;
  }

  private static int value(String text, Field f) throws Invalid {
    int named = f.names().indexOf(text.toUpperCase(Locale.ROOT));
    if (named >= 0) {
      return named + (f == MONTH ? 1 : 0);
    }
    return number(text, f, f.min(), f.max());
  }

  private static int number(String text, Field f, int min, int max) throws Invalid {
    if (!text.matches("[0-9]{1,2}")) {
      throw new Invalid(
          "the "
              + f.name()
              + " field holds something that is not a number from "
              + min
              + " to "
              + max);
    }
    int v = Integer.parseInt(text);
    if (v < min || v > max) {
      throw new Invalid(
          "the " + f.name() + " field holds " + v + "; it takes " + min + " to " + max);
    }
    return v;
  }
}
