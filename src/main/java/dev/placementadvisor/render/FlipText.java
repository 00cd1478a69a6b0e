package dev.placementadvisor.render;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.report.Sensitivity;
import dev.placementadvisor.report.Sensitivity.FlipPoint;
import dev.placementadvisor.report.Sensitivity.Growth;
import java.util.ArrayList;
import java.util.List;

/** Words for flip points and growth, shared by explain and the markdown report. */
public final class FlipText {
  private FlipText() {}

  /** "becomes kubernetes at 41,234,568 requests/month (now 12,000,000)". */
  public static String describe(FlipPoint f) {
    return "becomes "
        + f.placement().id()
        + " at "
        + value(f.input(), f.value())
        + " (now "
        + Format.number(round(f.input(), f.current()))
        + ")";
  }

  private static String value(String input, double v) {
    String n = Format.number(round(input, v));
    return switch (input) {
      case "requestsPerMonth" -> n + " requests/month";
      case "avgDurationMs" -> n + " ms average duration";
      case "memoryMb" -> n + " MB memory";
      case "engineers" -> n + " engineers";
      case "platformEngineers" -> n + " platform engineers";
      default -> n + " " + input;
    };
  }

  private static double round(String input, double v) {
    return input.equals("avgDurationMs") ? Math.round(v * 1000) / 1000.0 : v;
  }

  /** The flip points in words, or why there are none. */
  public static List<String> lines(Sensitivity s) {
    List<String> out = new ArrayList<>();
    if (!s.searched()) {
      out.add("not searched (large inventory: run with --flip-points on)");
      return out;
    }
    for (FlipPoint f : s.flipPoints()) {
      out.add(
          label(f.input())
              + " "
              + (f.direction().equals("up") ? "up" : "down")
              + ": "
              + describe(f));
    }
    if (out.isEmpty()) {
      out.add(
          "none: no single change of requests, duration, memory or team size changes the"
              + " placement");
    }
    return out;
  }

  private static String label(String input) {
    return input;
  }

  /** The growth projection in words, or null without growth. */
  public static String growth(Sensitivity s) {
    Growth g = s.growth();
    if (g == null) {
      return null;
    }
    String rate = Format.percent(g.perMonth()) + "/month";
    List<String> parts = new ArrayList<>();
    if (g.crossoverMonth() == null) {
      parts.add("the crossover is not reached within " + Growth.HORIZON_MONTHS + " months");
    } else if (g.crossoverMonth() == 0) {
      parts.add("already past the crossover");
    } else {
      parts.add("serverless stops being the cheaper option in month " + g.crossoverMonth());
    }
    if (g.flipMonth() != null && g.flipMonth() > 0) {
      parts.add("the placement becomes " + g.flipPlacement().id() + " in month " + g.flipMonth());
    } else if (s.searched()) {
      parts.add("the placement holds for " + Growth.HORIZON_MONTHS + " months");
    }
    return "at " + rate + ", " + String.join("; ", parts);
  }
}
