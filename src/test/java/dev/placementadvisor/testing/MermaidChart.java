package dev.placementadvisor.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the two kinds of Mermaid chart the markdown report writes, strictly: every line must match
 * the syntax of mermaid's {@code xychart-beta} or {@code pie} grammar as the report uses it, or
 * parsing fails with the offending line.
 */
public final class MermaidChart {
  /** A plain number with at most two decimals: what xychart and pie data accept and we promise. */
  private static final String NUMBER = "\\d+(?:\\.\\d{1,2})?";

  private static final String QUOTED = "\"([^\"`\\n]*)\"";
  private static final Pattern TITLE = Pattern.compile(" {4}title " + QUOTED);
  private static final Pattern X_AXIS =
      Pattern.compile(" {4}x-axis " + QUOTED + " \\[(" + QUOTED + "(?:, " + QUOTED + ")*)\\]");
  private static final Pattern Y_AXIS =
      Pattern.compile(" {4}y-axis \"USD per month\" 0 --> (" + NUMBER + ")");
  private static final Pattern LINE =
      Pattern.compile(" {4}line \\[(" + NUMBER + "(?:, " + NUMBER + ")*)\\]");
  private static final Pattern PIE_TITLE = Pattern.compile(" {4}title [^\\n\"]+");
  private static final Pattern SLICE = Pattern.compile(" {4}\"([a-z-]+)\" : (" + NUMBER + ")");
  private static final Pattern LABEL = Pattern.compile(QUOTED);

  private MermaidChart() {}

  /** An {@code xychart-beta} line chart. */
  public record XyChart(
      String title,
      String xTitle,
      List<String> labels,
      BigDecimal yMax,
      List<List<BigDecimal>> lines) {}

  /** A {@code pie} chart's slices, label to value, in order. */
  public record Pie(Map<String, BigDecimal> slices) {}

  public static boolean isXyChart(String source) {
    return body(source).startsWith("xychart-beta\n");
  }

  public static boolean isPie(String source) {
    return body(source).startsWith("pie");
  }

  /**
   * The chart without its leading directives ({@code %%{init: …}%%}): they style it, and a
   * directive that names colours is checked by the tests that care.
   */
  public static String body(String source) {
    String s = source;
    while (s.startsWith("%%")) {
      int eol = s.indexOf('\n');
      s = eol < 0 ? "" : s.substring(eol + 1);
    }
    return s;
  }

  public static XyChart xyChart(String source) {
    List<String> lines = List.of(body(source).split("\n"));
    expect(lines.size() >= 5, "an xychart needs a header, title, two axes and a line", source);
    expect(lines.get(0).equals("xychart-beta"), "first line must be xychart-beta", lines.get(0));
    Matcher t = match(TITLE, lines.get(1));
    Matcher x = match(X_AXIS, lines.get(2));
    List<String> labels = new ArrayList<>();
    Matcher l = LABEL.matcher(x.group(2));
    while (l.find()) {
      labels.add(l.group(1));
    }
    Matcher y = match(Y_AXIS, lines.get(3));
    List<List<BigDecimal>> series = new ArrayList<>();
    for (String line : lines.subList(4, lines.size())) {
      Matcher m = match(LINE, line);
      List<BigDecimal> values = new ArrayList<>();
      for (String v : m.group(1).split(", ")) {
        values.add(new BigDecimal(v));
      }
      series.add(values);
    }
    return new XyChart(t.group(1), x.group(1), labels, new BigDecimal(y.group(1)), series);
  }

  public static Pie pie(String source) {
    List<String> lines = List.of(body(source).split("\n"));
    expect(lines.get(0).equals("pie showData"), "first line must be 'pie showData'", lines.get(0));
    expect(lines.size() >= 3, "a pie needs a title and a slice", source);
    match(PIE_TITLE, lines.get(1));
    Map<String, BigDecimal> slices = new LinkedHashMap<>();
    for (String line : lines.subList(2, lines.size())) {
      Matcher m = match(SLICE, line);
      BigDecimal v = new BigDecimal(m.group(2));
      expect(v.signum() > 0, "pie values must be positive", line);
      expect(slices.put(m.group(1), v) == null, "one slice per label", line);
    }
    return new Pie(slices);
  }

  private static Matcher match(Pattern p, String line) {
    Matcher m = p.matcher(line);
    expect(m.matches(), "line does not match " + p.pattern(), line);
    return m;
  }

  private static void expect(boolean ok, String what, String where) {
    if (!ok) {
      throw new AssertionError("bad mermaid: " + what + ": " + where);
    }
  }
}
