package dev.placementadvisor.render.markdown;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.report.Report;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Writes the report's charts as Mermaid code blocks that GitHub renders: an {@code xychart-beta}
 * line chart per cost curve and a {@code pie} of placements.
 */
public final class Mermaid {
  /** The curve's series, in the order they are drawn: xychart-beta has no legend. */
  static final List<String> SERIES = List.of("serverless", "kubernetes", "wasm-edge");

  private static final List<ToDoubleFunction<Report.Point>> VALUES =
      List.of(Report.Point::serverless, Report.Point::kubernetes, Report.Point::edge);

  /**
   * Each placement's colour, the same in every chart: strong enough to read on a light and on a
   * dark background (Mermaid's default palette starts with a colour almost invisible on white).
   */
  public static String colour(Placement p) {
    return switch (p) {
      case SERVERLESS -> "#D97706";
      case KUBERNETES -> "#2563EB";
      case WASM_EDGE -> "#7C3AED";
      case HYBRID -> "#059669";
    };
  }

  /** The placements the curve's series stand for, in {@link #SERIES} order. */
  private static final List<Placement> SERIES_PLACEMENTS =
      List.of(Placement.SERVERLESS, Placement.KUBERNETES, Placement.WASM_EDGE);

  private Mermaid() {}

  /** A line chart of one service's monthly cost on each platform over request volumes. */
  static void costCurve(StringBuilder b, Report.CostCurve curve) {
    b.append("```mermaid\n");
    b.append("%%{init: {\"themeVariables\": {\"xyChart\": {\"plotColorPalette\": \"")
        .append(String.join(", ", SERIES_PLACEMENTS.stream().map(Mermaid::colour).toList()))
        .append("\"}}}}%%\n");
    b.append("xychart-beta\n");
    b.append("    title \"").append(label(curve.service())).append(": monthly cost\"\n");
    b.append("    x-axis \"requests per month\" [");
    for (int i = 0; i < curve.points().size(); i++) {
      b.append(i == 0 ? "" : ", ")
          .append('"')
          .append(Format.volume(curve.points().get(i).requests()))
          .append('"');
    }
    b.append("]\n");
    double max = 0;
    for (Report.Point p : curve.points()) {
      for (ToDoubleFunction<Report.Point> v : VALUES) {
        max = Math.max(max, v.applyAsDouble(p));
      }
    }
    b.append("    y-axis \"USD per month\" 0 --> ").append(number(axisMax(max))).append('\n');
    for (ToDoubleFunction<Report.Point> v : VALUES) {
      b.append("    line [");
      for (int i = 0; i < curve.points().size(); i++) {
        b.append(i == 0 ? "" : ", ").append(number(v.applyAsDouble(curve.points().get(i))));
      }
      b.append("]\n");
    }
    b.append("```\n");
  }

  /**
   * A pie of the services per placement, with a slice for each placement that has any, largest
   * first (the order Mermaid draws them in), each in its placement's colour; nothing when one
   * placement has them all, as one slice says nothing. Returns whether a chart was written.
   */
  public static boolean placements(StringBuilder b, Map<Placement, Integer> counts) {
    List<Map.Entry<Placement, Integer>> slices = slices(counts);
    if (slices.size() < 2) {
      return false;
    }
    b.append("```mermaid\n");
    b.append("%%{init: {\"themeVariables\": {");
    for (int i = 0; i < slices.size(); i++) {
      b.append(i == 0 ? "" : ", ")
          .append("\"pie")
          .append(i + 1)
          .append("\": \"")
          .append(colour(slices.get(i).getKey()))
          .append('"');
    }
    b.append("}}}%%\n");
    b.append("pie showData\n");
    b.append("    title Services by placement\n");
    for (Map.Entry<Placement, Integer> e : slices) {
      b.append("    \"").append(e.getKey().id()).append("\" : ").append(e.getValue()).append('\n');
    }
    b.append("```\n");
    return true;
  }

  /**
   * The placements in use with their counts, largest first (ties in placement order): the order the
   * pie is drawn in, which the table after it follows.
   */
  public static List<Map.Entry<Placement, Integer>> slices(Map<Placement, Integer> counts) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<Placement, Integer>comparingByValue().reversed())
        .toList();
  }

  /** A plain number with at most two decimals, as Mermaid's data lists accept. */
  public static String number(double v) {
    return Format.cents(v).stripTrailingZeros().toPlainString();
  }

  /** The top of the y-axis: the next 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^n at or over max. */
  static double axisMax(double max) {
    if (!(max > 0)) {
      return 1;
    }
    double scale = Math.pow(10, Math.floor(Math.log10(max)));
    for (double m : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
      if (m * scale >= max) {
        return m * scale;
      }
    }
    return 10 * scale;
  }

  /**
   * Text for inside a quoted Mermaid string: quotes, backticks and characters Mermaid reads as
   * markup or comments are replaced, and runs of spaces collapse.
   */
  public static String label(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"', '`' -> b.append('\'');
        case '#', ';', '%', '\\', '<', '>', '{', '}', '[', ']' -> b.append(' ');
        default -> b.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return b.toString().replaceAll(" {2,}", " ").strip();
  }
}
