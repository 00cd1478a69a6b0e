package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.ScalarKind;
import dev.placementadvisor.input.YamlNode.ScalarNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A measured time series: values at timestamps (seconds since the epoch), a timestamp given twice
 * adding up. Each value stands for the step that starts at its timestamp, so the series covers from
 * its first timestamp to its last plus one step.
 */
final class Series {
  private final TreeMap<Double, Double> points = new TreeMap<>();

  void add(double timestamp, double value) {
    points.merge(timestamp, value, Double::sum);
  }

  boolean isEmpty() {
    return points.isEmpty();
  }

  int size() {
    return points.size();
  }

  Map<Double, Double> points() {
    return points;
  }

  /** The shortest time between two timestamps, in seconds; 0 with fewer than two. */
  double step() {
    double step = 0;
    Double last = null;
    for (double t : points.keySet()) {
      if (last != null && (step == 0 || t - last < step)) {
        step = t - last;
      }
      last = t;
    }
    return step;
  }

  /** The time the series covers, in seconds: last minus first timestamp, plus one step. */
  double seconds() {
    return points.isEmpty() ? 0 : points.lastKey() - points.firstKey() + step();
  }

  double sum() {
    return points.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  double mean() {
    return points.isEmpty() ? 0 : sum() / points.size();
  }

  double max() {
    return points.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  /** The note for figures scaled from the measured time to a month. */
  String scaledNote() {
    return String.format(
        Locale.ROOT,
        "%s measured (%d points, a step of %s s), scaled to" + " a month of 30.4375 days",
        span(seconds()),
        points.size(),
        Nodes.figure(step()));
  }

  /** A time in the largest unit that keeps it at 2 or more: days, hours, minutes, seconds. */
  static String span(double seconds) {
    if (seconds >= 2 * 86_400) {
      return Nodes.figure(seconds / 86_400) + " days";
    }
    if (seconds >= 2 * 3600) {
      return Nodes.figure(seconds / 3600) + " hours";
    }
    return seconds >= 120
        ? Nodes.figure(seconds / 60) + " minutes"
        : Nodes.figure(seconds) + " seconds";
  }

  /** Refuses a series whose time cannot be told: fewer than two timestamps. */
  void requireSteps(Location at, String what) {
    if (points.size() < 2) {
      throw new InputException(
          at,
          what
              + " has "
              + points.size()
              + " timestamp(s): the time it"
              + " covers cannot be told; query a range of at least two periods");
    }
  }

  /** A timestamp: ISO-8601 text with an offset, or seconds since the epoch. */
  static double timestamp(YamlNode node, String field) {
    if (node instanceof ScalarNode s
        && (s.kind() == ScalarKind.INTEGER || s.kind() == ScalarKind.FLOAT)) {
      return Nodes.positive(node, field, 1e11);
    }
    String text = Nodes.text(node);
    try {
      if (text != null) {
        return OffsetDateTime.parse(text.strip()).toEpochSecond();
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new InputException(
        node.location(),
        "'"
            + field
            + "' must be a timestamp such as"
            + " 2026-11-01T00:00:00Z"
            + (text == null ? "" : Text.got(node.location(), text)));
  }
}
