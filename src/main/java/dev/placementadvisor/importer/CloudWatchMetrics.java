package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.Values;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AWS Lambda metrics as the AWS CLI writes them. From {@code aws cloudwatch get-metric-data}, each
 * result's Label (else its Id) names the service and the metric: {@code SERVICE-invocations},
 * {@code SERVICE-duration}, {@code SERVICE-p95} ({@code -}, {@code _}, {@code .} or a space before
 * the metric). From {@code get-metric-statistics}, the Label names the metric ({@code Invocations},
 * {@code Duration}) and the file name the service ({@code auth.json}), unless either says both.
 * Invocations are summed and scaled from the measured time to a month; durations are averaged
 * (weighted by the invocations at the same timestamps, where given); a p95 is the highest of the
 * p95 values.
 */
public final class CloudWatchMetrics implements TrafficFormat {
  private static final Pattern NAMED =
      Pattern.compile("(?i)(.+?)[-_. ](invocations|duration|duration[-_. ]?p95|p95)");
  private static final Pattern METRIC = Pattern.compile("(?i)(invocations|duration|p95)");

  /** One service's series, by metric. */
  private static final class Metrics {
    final Location at;
    boolean partial;
    Series invocations;
    Series duration;
    Series p95;

    Metrics(Location at) {
      this.at = at;
    }
  }

  @Override
  public String id() {
    return "cloudwatch";
  }

  @Override
  public boolean accepts(Path file, String text) {
    return text.contains("\"MetricDataResults\"")
        || text.contains("\"Datapoints\"") && text.contains("\"Label\"");
  }

  @Override
  public List<Measured> read(Path file, String text) {
    MapNode top = Nodes.mapping(YamlTreeReader.parseJson(text, file.toString(), false), "the file");
    Map<String, Metrics> services = new LinkedHashMap<>();
    if (Nodes.get(top, "MetricDataResults") != null) {
      for (YamlNode item : Nodes.items(Nodes.get(top, "MetricDataResults"))) {
        metricData(Nodes.mapping(item, "MetricDataResults"), services);
      }
    } else {
      statistics(top, file, services);
    }
    List<Measured> out = new ArrayList<>();
    services.forEach((name, m) -> out.add(measured(name, m)));
    return out;
  }

  private static void metricData(MapNode result, Map<String, Metrics> services) {
    String[] named = named(Nodes.text(Nodes.get(result, "Label")));
    named = named != null ? named : named(Nodes.text(Nodes.get(result, "Id")));
    if (named == null) {
      throw new InputException(
          result.location(),
          "a result whose Label or Id names no service:"
              + " label it SERVICE-invocations, SERVICE-duration or SERVICE-p95");
    }
    List<YamlNode> times = Nodes.items(Nodes.get(result, "Timestamps"));
    List<YamlNode> values = Nodes.items(Nodes.get(result, "Values"));
    if (times.size() != values.size()) {
      throw new InputException(
          result.location(),
          "a result with " + times.size() + " timestamps and " + values.size() + " values");
    }
    Series series = new Series();
    for (int i = 0; i < times.size(); i++) {
      series.add(Series.timestamp(times.get(i), "Timestamps"), value(values.get(i), "Values"));
    }
    Metrics m = put(services, named, series, result.location());
    if ("PartialData".equals(Nodes.text(Nodes.get(result, "StatusCode")))) {
      m.partial = true;
    }
  }

  private static void statistics(MapNode top, Path file, Map<String, Metrics> services) {
    String label = Nodes.text(Nodes.get(top, "Label"));
    String[] named = named(label);
    if (named == null) {
      String stem = String.valueOf(file.getFileName()).replaceFirst("(?i)\\.json$", "");
      named = named(stem);
      if (named == null && label != null && METRIC.matcher(label).matches()) {
        named = new String[] {stem, label.toLowerCase(Locale.ROOT)};
      }
    }
    if (named == null) {
      throw new InputException(
          top.location(),
          "the Label and the file name name no service and"
              + " metric: name the file SERVICE.json (Label Invocations or Duration) or"
              + " SERVICE-invocations.json");
    }
    String stat =
        named[1].equals("invocations") ? "Sum" : named[1].equals("duration") ? "Average" : "p95";
    Series series = new Series();
    for (YamlNode item : Nodes.items(Nodes.get(top, "Datapoints"))) {
      MapNode point = Nodes.mapping(item, "Datapoints");
      YamlNode v =
          stat.equals("p95")
              ? Nodes.get(Nodes.getMap(point, "ExtendedStatistics"), "p95")
              : Nodes.get(point, stat);
      if (v == null) {
        throw new InputException(
            point.location(),
            "a datapoint without "
                + stat
                + ": query"
                + " --statistics "
                + (stat.equals("p95") ? "(--extended-statistics p95)" : stat));
      }
      YamlNode time = Nodes.get(point, "Timestamp");
      if (time == null) {
        throw new InputException(point.location(), "a datapoint without a Timestamp");
      }
      series.add(Series.timestamp(time, "Timestamp"), value(v, stat));
    }
    put(services, named, series, top.location());
  }

  /** {service, metric} from a name such as {@code auth-invocations}, or null. */
  private static String[] named(String name) {
    Matcher m = name == null ? null : NAMED.matcher(name.strip());
    if (m == null || !m.matches()) {
      return null;
    }
    String metric = m.group(2).toLowerCase(Locale.ROOT);
    return new String[] {m.group(1), metric.endsWith("p95") ? "p95" : metric};
  }

  private static Metrics put(
      Map<String, Metrics> services, String[] named, Series series, Location at) {
    String service = Nodes.serviceName(named[0], at);
    Metrics m = services.computeIfAbsent(service, k -> new Metrics(at));
    switch (named[1]) {
      case "invocations" -> m.invocations = merge(m.invocations, series);
      case "duration" -> m.duration = merge(m.duration, series);
      default -> m.p95 = merge(m.p95, series);
    }
    return m;
  }

  private static Series merge(Series into, Series more) {
    if (into == null) {
      return more;
    }
    more.points().forEach(into::add);
    return into;
  }

  private static double value(YamlNode node, String field) {
    return Values.number(node, field, 0, false, 1e15);
  }

  private static Measured measured(String service, Metrics m) {
    List<String> notes = new ArrayList<>();
    if (m.partial) {
      notes.add(
          "CloudWatch answered with partial data: fetch every page (NextToken) and join"
              + " the results");
    }
    Double requests = null;
    Double peak = null;
    if (m.invocations != null) {
      m.invocations.requireSteps(m.at, "the invocations of " + Text.shorten(service));
      double seconds = m.invocations.seconds();
      requests = m.invocations.sum() * Schedules.SECONDS_A_MONTH / seconds;
      peak = m.invocations.max() / m.invocations.step();
      notes.add("invocations: " + m.invocations.scaledNote());
      notes.add("peakRps is the busiest step's mean rate");
    }
    Double duration = m.duration == null || m.duration.isEmpty() ? null : average(m);
    if (duration != null && duration <= 0) {
      // Refused here, where it was measured: the inventory's own check could only point at the
      // deployment file.
      throw new InputException(
          m.at,
          "the durations of "
              + Text.shorten(service)
              + " average 0 ms: a measured average must be above 0 (leave the duration"
              + " results out if no request was measured)");
    }
    Double p95 = m.p95 == null || m.p95.isEmpty() ? null : m.p95.max();
    return new Measured(service, m.at, requests, duration, p95, null, peak, notes);
  }

  /** The mean duration, weighted by invocations where every timestamp has them. */
  private static double average(Metrics m) {
    if (m.invocations != null
        && m.invocations.points().keySet().containsAll(m.duration.points().keySet())) {
      double weighted = 0;
      double count = 0;
      for (Map.Entry<Double, Double> p : m.duration.points().entrySet()) {
        double n = m.invocations.points().get(p.getKey());
        weighted += p.getValue() * n;
        count += n;
      }
      if (count > 0) {
        return weighted / count;
      }
    }
    return m.duration.mean();
  }
}
