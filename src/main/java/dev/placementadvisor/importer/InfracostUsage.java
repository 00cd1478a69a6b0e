package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.Values;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.Entry;
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
 * Infracost usage files ({@code infracost-usage.yml}): each {@code aws_lambda_function.NAME} under
 * {@code resource_usage} gives the service NAME (the Terraform resource's name) its {@code
 * monthly_requests} and {@code request_duration_ms}. Other resources, and the defaults of {@code
 * resource_type_default_usage}, are not read.
 */
public final class InfracostUsage implements TrafficFormat {
  private static final Pattern LAMBDA =
      Pattern.compile("(?:.*\\.)?aws_lambda_function\\.([^.\\[]+)(\\[.*])?");

  private static final Pattern USAGE = Pattern.compile("(?m)^resource_usage\\s*:");

  @Override
  public String id() {
    return "infracost";
  }

  @Override
  public boolean accepts(Path file, String text) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.matches(".*\\.ya?ml") && USAGE.matcher(text).find();
  }

  @Override
  public List<Measured> read(Path file, String text) {
    MapNode top = Nodes.mapping(YamlTreeReader.parse(text, file.toString()), "the file");
    YamlNode usage = Nodes.get(top, "resource_usage");
    if (usage == null) {
      throw new InputException(
          top.location(), "no resource_usage: expected an Infracost usage" + " file");
    }
    Map<String, Measured> out = new LinkedHashMap<>();
    for (Entry e : Nodes.mapping(usage, "resource_usage").entries().values()) {
      Matcher m = LAMBDA.matcher(e.key());
      if (!m.matches()) {
        continue;
      }
      String service = Nodes.serviceName(m.group(1), e.keyLocation());
      if (out.containsKey(service)) {
        throw new InputException(
            e.keyLocation(),
            "a second entry for the service"
                + Text.quoted(e.keyLocation(), service)
                + ": give each function one entry");
      }
      out.put(service, measured(service, e, m.group(2)));
    }
    return List.copyOf(out.values());
  }

  private static Measured measured(String service, Entry e, String index) {
    MapNode figures = Nodes.mapping(e.value(), e.key());
    YamlNode requests = Nodes.get(figures, "monthly_requests");
    YamlNode duration = Nodes.get(figures, "request_duration_ms");
    List<String> notes = new ArrayList<>();
    notes.add("from an Infracost usage file: estimates, not measurements");
    if (index != null) {
      notes.add("the instance key " + Text.shorten(index) + " is dropped from the name");
    }
    Location at = e.keyLocation();
    return new Measured(
        service,
        at,
        requests == null ? null : Values.number(requests, "monthly_requests", 0, false, 1e15),
        duration == null
            ? null
            : Values.number(duration, "request_duration_ms", 0, true, 2_592_000_000.0),
        null,
        null,
        null,
        notes);
  }
}
