package dev.placementadvisor.importer;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.Values;
import java.util.Map;

/**
 * Writes imported services as an inventory: the schema modeline, {@code version: 1}, the
 * placeholder traffic profile every service without measured traffic names (marked {@code TODO}),
 * and each service with its {@code source}, its fields in order and its notes as comments. Every
 * value is written so that it reads back as it was ({@link YamlText}).
 */
public final class InventoryWriter {
  /** The profile a service without measured traffic names. */
  public static final String PLACEHOLDER = "imported-default";

  /** Where editors find the inventory's schema. */
  public static final String SCHEMA_URL =
      "https://raw.githubusercontent.com/placement-advisor/placement-advisor/main/docs/"
          + "inventory.schema.json";

  /** The first line of a written inventory. */
  public static final String MODELINE = "# yaml-language-server: $schema=" + SCHEMA_URL;

  private InventoryWriter() {}

  /** The whole inventory. */
  public static String write(Imported imported) {
    StringBuilder b = new StringBuilder();
    b.append(MODELINE).append('\n');
    b.append("# Written by advisor import (docs/import.md). Fill in what is marked TODO;\n");
    b.append("# importing again over this file updates what the deployment files say and keeps\n");
    b.append("# the rest.\n");
    b.append("version: 1\n");
    if (imported.needingTraffic() > 0) {
      b.append("\nprofiles:\n").append(placeholder(2));
    }
    b.append("\nservices:\n");
    for (Imported.Service s : imported.services()) {
      b.append(service(s));
    }
    return b.toString();
  }

  /** The placeholder profile, its key indented by {@code indent} spaces. */
  static String placeholder(int indent) {
    String in = " ".repeat(indent);
    return in
        + "# TODO: the traffic of every service that names this profile. Replace it with\n"
        + in
        + "# measured figures, per service (an inline traffic mapping) or here, or pass\n"
        + in
        + "# --traffic FILE to advisor import.\n"
        + in
        + PLACEHOLDER
        + ":\n"
        + in
        + "  pattern: steady          # TODO: steady, spiky, event-driven, batch, realtime"
        + " or unpredictable\n"
        + in
        + "  requestsPerMonth: 1M     # TODO: requests a month (a placeholder, not measured)\n"
        + in
        + "  peakToAverage: 1.5       # TODO: peak request rate / average rate\n";
  }

  /** One service: its notes as comments, then its keys. */
  static String service(Imported.Service s) {
    StringBuilder b = new StringBuilder();
    for (String note : s.notes()) {
      b.append("  # ").append(Text.printable(note)).append('\n');
    }
    b.append("  - name: ").append(YamlText.text(s.name())).append('\n');
    b.append("    source: ").append(YamlText.text(source(s.source()))).append('\n');
    b.append("    traffic: ").append(traffic(s.traffic())).append('\n');
    for (Map.Entry<String, Object> f : s.fields().entrySet()) {
      b.append("    ")
          .append(YamlText.text(f.getKey()))
          .append(": ")
          .append(YamlText.value(f.getValue()))
          .append('\n');
    }
    return b.toString();
  }

  /** The value of a service's {@code traffic}: the placeholder, or the measured profile. */
  static String traffic(Map<String, Object> measured) {
    return measured == null
        ? PLACEHOLDER + "   # TODO: measured traffic (see the profile)"
        : YamlText.value(measured);
  }

  /** {@code FILE:LINE}, within the inventory's length for text (the end of a long path kept). */
  static String source(Location at) {
    String s = Text.printable(at.file() + ":" + at.line());
    int max = Values.MAX_TEXT_CHARS;
    return s.length() <= max ? s : "..." + s.substring(s.length() - (max - 3));
  }
}
