package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.ListNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlTreeReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Prometheus range query's answer ({@code /api/v1/query_range}, a matrix) whose query gives
 * requests a second per service, such as {@code sum by (service) (rate(http_requests_total[5m]))}.
 * Each series is named by its {@code service} label, else {@code function_name}, else {@code job};
 * series of the same name are added up. A month's requests are the mean rate times the seconds of a
 * month; the peak is the highest rate. NaN samples (no data) are skipped and counted; an infinite
 * or negative rate is refused.
 */
public final class PrometheusRange implements TrafficFormat {
  private static final List<String> NAME_LABELS = List.of("service", "function_name", "job");

  @Override
  public String id() {
    return "prometheus";
  }

  @Override
  public boolean accepts(Path file, String text) {
    return text.contains("\"resultType\"") && text.contains("\"result\"");
  }

  @Override
  public List<Measured> read(Path file, String text) {
    MapNode top = Nodes.mapping(YamlTreeReader.parseJson(text, file.toString(), false), "the file");
    YamlNode status = Nodes.get(top, "status");
    if (!"success".equals(Nodes.text(status))) {
      throw new InputException(
          status == null ? top.location() : status.location(),
          "the query did not succeed: status must be success");
    }
    MapNode data = Nodes.mapping(required(top, "data"), "data");
    YamlNode type = required(data, "resultType");
    if (!"matrix".equals(Nodes.text(type))) {
      throw new InputException(
          type.location(),
          "resultType must be matrix (the answer of"
              + " query_range)"
              + Text.got(type.location(), String.valueOf(Nodes.text(type))));
    }
    Map<String, Series> rates = new LinkedHashMap<>();
    Map<String, Location> places = new LinkedHashMap<>();
    Map<String, Integer> skipped = new LinkedHashMap<>();
    for (YamlNode item : Nodes.items(required(data, "result"))) {
      MapNode series = Nodes.mapping(item, "result");
      String name = serviceOf(series);
      places.putIfAbsent(name, series.location());
      Series rate = rates.computeIfAbsent(name, k -> new Series());
      skipped.merge(name, samples(series, rate), Integer::sum);
    }
    List<Measured> out = new ArrayList<>();
    for (Map.Entry<String, Series> e : rates.entrySet()) {
      out.add(measured(e.getKey(), e.getValue(), places.get(e.getKey()), skipped.get(e.getKey())));
    }
    return out;
  }

  private static YamlNode required(MapNode map, String key) {
    YamlNode v = Nodes.get(map, key);
    if (v == null) {
      throw new InputException(
          map.location(),
          "no '" + key + "' here: expected the JSON of" + " a Prometheus range query");
    }
    return v;
  }

  private static String serviceOf(MapNode series) {
    MapNode labels = Nodes.getMap(series, "metric");
    for (String label : NAME_LABELS) {
      YamlNode v = Nodes.get(labels, label);
      if (Nodes.text(v) != null) {
        return Nodes.serviceName(Nodes.text(v), v.location());
      }
    }
    throw new InputException(
        series.location(),
        "a series without a service, function_name or"
            + " job label: aggregate the query by (service)");
  }

  /** Adds a series' samples to the rates; returns how many NaN samples were skipped. */
  private static int samples(MapNode series, Series rate) {
    int skipped = 0;
    for (YamlNode sample : Nodes.items(required(series, "values"))) {
      List<YamlNode> pair = sample instanceof ListNode l ? l.items() : List.of();
      if (pair.size() != 2) {
        throw new InputException(sample.location(), "a sample must be [timestamp, \"value\"]");
      }
      String v = Nodes.text(pair.get(1));
      if ("NaN".equals(v)) {
        skipped++;
        continue;
      }
      rate.add(Series.timestamp(pair.get(0), "timestamp"), rate(pair.get(1), v));
    }
    return skipped;
  }

  private static double rate(YamlNode node, String text) {
    try {
      if (text != null && !text.contains("Inf")) {
        double d = new BigDecimal(text.strip()).doubleValue();
        if (d >= 0 && d < 1e12) {
          return d;
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException(
        node.location(),
        "a rate must be a number of requests a second,"
            + " 0 or more and finite"
            + Text.got(node.location(), String.valueOf(text)));
  }

  private static Measured measured(String service, Series rate, Location at, int skipped) {
    rate.requireSteps(at, "the series of " + Text.shorten(service));
    List<String> notes = new ArrayList<>();
    notes.add(
        "request rate: "
            + rate.scaledNote()
            + "; a month's requests are the mean rate"
            + " times the seconds of a month");
    if (skipped > 0) {
      notes.add(skipped + " NaN samples (no data) skipped");
    }
    return new Measured(
        service, at, rate.mean() * Schedules.SECONDS_A_MONTH, null, null, null, rate.max(), notes);
  }
}
