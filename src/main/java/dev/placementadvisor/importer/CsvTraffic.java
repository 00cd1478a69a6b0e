package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.Values;
import dev.placementadvisor.inventory.InventoryLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Measured traffic as CSV: a header naming the columns, then one row a service.
 *
 * <pre>
 * service,requests,avg_duration_ms,p95_duration_ms,max_memory_mb,peak_rps,period_days
 * checkout,2400000,85,310,412,40,7
 * </pre>
 *
 * {@code service} is required; the other columns may be left out, or a cell left empty, when the
 * figure is unknown. {@code requests} were counted over {@code period_days} (a month of 30.4375
 * days when the column is absent) and are scaled to a month. Cells are plain decimal numbers; a
 * cell may be double-quoted. Any other cell is refused with its line and column.
 */
public final class CsvTraffic implements TrafficFormat {
  /** The columns, in the documented order. */
  static final List<String> COLUMNS =
      List.of(
          "service",
          "requests",
          "avg_duration_ms",
          "p95_duration_ms",
          "max_memory_mb",
          "peak_rps",
          "period_days");

  private static final Pattern NUMBER =
      Pattern.compile("[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]{1,3})?|\\.[0-9]+");

  /** Longest measured period, in days (ten years). */
  private static final double MAX_PERIOD_DAYS = 3653;

  @Override
  public String id() {
    return "csv";
  }

  @Override
  public boolean accepts(Path file, String text) {
    String first = text.lines().findFirst().orElse("").strip().toLowerCase(Locale.ROOT);
    return file.getFileName() != null
            && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
        || first.startsWith("service,")
        || first.startsWith("\"service\",");
  }

  @Override
  public List<Measured> read(Path file, String text) {
    String display = Text.path(file);
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new InputException(
          new Location(display, 1, 1),
          "an empty CSV: expected the header " + String.join(",", COLUMNS));
    }
    int[] column = header(lines.get(0), display);
    int width = cells(lines.get(0), display, 1).size();
    List<Measured> result = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      if (result.size() >= InventoryLoader.MAX_SERVICES) {
        throw new InputException(
            new Location(display, i + 1, 1), "more than " + InventoryLoader.MAX_SERVICES + " rows");
      }
      List<Cell> cells = cells(lines.get(i), display, i + 1);
      if (cells.size() > width) {
        // A cell past the header's columns is a value read into the wrong column: 1,200 is two.
        throw new InputException(
            new Location(display, i + 1, cells.get(width).column()),
            "more cells than the header's "
                + width
                + " columns (write numbers without a thousands separator: 1200, not 1,200)");
      }
      result.add(row(cells, column, display, i + 1));
    }
    return result;
  }

  /** Where each column stands in a row (-1: absent), from the header. */
  private static int[] header(String line, String display) {
    List<Cell> cells = cells(line, display, 1);
    int[] at = new int[COLUMNS.size()];
    java.util.Arrays.fill(at, -1);
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      int k = COLUMNS.indexOf(c.text().strip().toLowerCase(Locale.ROOT));
      Location where = new Location(display, 1, c.column());
      if (k < 0) {
        String hint = Text.didYouMean(c.text(), COLUMNS);
        throw new InputException(
            where,
            "unknown column"
                + Text.quoted(where, c.text())
                + (hint == null
                    ? " (the columns: " + String.join(", ", COLUMNS) + ")"
                    : " (did you mean '" + hint + "'?)"));
      }
      if (at[k] >= 0) {
        throw new InputException(where, "the column '" + COLUMNS.get(k) + "' twice");
      }
      at[k] = i;
    }
    if (at[0] < 0) {
      throw new InputException(
          new Location(display, 1, 1),
          "the header has no 'service' column (the columns: " + String.join(", ", COLUMNS) + ")");
    }
    return at;
  }

  private static Measured row(List<Cell> cells, int[] at, String display, int line) {
    Cell name = cells.size() > at[0] ? cells.get(at[0]) : null;
    Location nameAt = new Location(display, line, name == null ? 1 : name.column());
    if (name == null || !InventoryLoader.NAME.matcher(name.text()).matches()) {
      throw new InputException(
          nameAt,
          "'service' must be a service name: letters, digits, '.',"
              + " '_' and '-', starting with a letter or digit"
              + (name == null ? "" : Text.got(nameAt, name.text())));
    }
    Double requests = number(cells, at, 1, display, line, false);
    Double period = number(cells, at, 6, display, line, true);
    List<String> notes = new ArrayList<>();
    if (period != null && period > MAX_PERIOD_DAYS) {
      throw new InputException(
          new Location(display, line, cells.get(at[6]).column()),
          "'period_days' must be at most " + Values.format(MAX_PERIOD_DAYS));
    }
    if (requests != null && period != null && period != Measurements.MONTH_DAYS) {
      notes.add(
          "requests measured over "
              + Values.format(period)
              + " days, scaled to a month"
              + " of "
              + Values.format(Measurements.MONTH_DAYS)
              + " days");
      requests = requests * Measurements.MONTH_DAYS / period;
    }
    return new Measured(
        name.text(),
        nameAt,
        requests,
        number(cells, at, 2, display, line, true),
        number(cells, at, 3, display, line, true),
        number(cells, at, 4, display, line, true),
        number(cells, at, 5, display, line, false),
        notes);
  }

  /** The number in column {@code k} ({@link #COLUMNS}), or null when it or its cell is empty. */
  private static Double number(
      List<Cell> cells, int[] at, int k, String display, int line, boolean positive) {
    int i = at[k];
    if (i < 0 || i >= cells.size() || cells.get(i).text().isBlank()) {
      return null;
    }
    Cell c = cells.get(i);
    String t = c.text().strip();
    Location where = new Location(display, line, c.column());
    double v = NUMBER.matcher(t).matches() ? Double.parseDouble(t) : Double.NaN;
    if (Double.isNaN(v) || Double.isInfinite(v) || v > 1e15 || positive && v <= 0) {
      throw new InputException(
          where,
          "'"
              + COLUMNS.get(k)
              + "' must be a number "
              + (positive ? "above 0" : "of 0 or more")
              + " (plain digits, such as 1200 or 85.5)"
              + Text.got(where, t));
    }
    return v;
  }

  /** A cell and the column it starts at. */
  private record Cell(String text, int column) {}

  /** The cells of a line: comma-separated, each plain or double-quoted ("" for a quote). */
  private static List<Cell> cells(String line, String display, int lineNo) {
    List<Cell> cells = new ArrayList<>();
    int i = 0;
    while (true) {
      int start = i;
      StringBuilder b = new StringBuilder();
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= line.length()) {
            throw new InputException(
                new Location(display, lineNo, start + 1),
                "a quoted cell that does not end on its line");
          }
          char c = line.charAt(i++);
          if (c == '"' && i < line.length() && line.charAt(i) == '"') {
            b.append('"');
            i++;
          } else if (c == '"') {
            break;
          } else {
            b.append(c);
          }
        }
        if (i < line.length() && line.charAt(i) != ',') {
          throw new InputException(
              new Location(display, lineNo, i + 1), "text after a quoted cell: expected ','");
        }
      } else {
        int comma = line.indexOf(',', i);
        int end = comma < 0 ? line.length() : comma;
        b.append(line, i, end);
        i = end;
      }
      cells.add(new Cell(b.toString(), start + 1));
      if (i >= line.length()) {
        return cells;
      }
      i++; // the comma
    }
  }
}
