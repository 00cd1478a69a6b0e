package dev.placementadvisor.importer;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one {@link Draft}: fields in any order (written in the order of docs/inventory.md), and
 * notes in the order they are made.
 */
final class DraftBuilder {
  /** Service fields in the order docs/inventory.md lists them. */
  private static final List<String> ORDER =
      List.of(
          "runtime",
          "avgDurationMs",
          "memoryMb",
          "workload",
          "role",
          "stateful",
          "persistentConnections",
          "gpu",
          "maxDurationSeconds",
          "coldStartSensitive",
          "customNetworking",
          "onPremises",
          "apiGateway",
          "vpcEgress",
          "logsGbPerMonth",
          "compliance",
          "architecture",
          "cpuMsPerRequest",
          "platforms",
          "schedule",
          "gpusPerReplica",
          "requestsPerGpuSecond",
          "dataStore");

  private final String name;
  private final Location source;
  private final Map<String, Object> fields = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  DraftBuilder(String name, Location source) {
    this.name = name;
    this.source = source;
  }

  /** Sets a field; {@code field} must be one of the service fields of docs/inventory.md. */
  DraftBuilder put(String field, Object value) {
    if (!ORDER.contains(field)) {
      throw new IllegalArgumentException("not a service field: " + field);
    }
    fields.put(field, value);
    return this;
  }

  boolean has(String field) {
    return fields.containsKey(field);
  }

  Object get(String field) {
    return fields.get(field);
  }

  /**
   * True when a value can be read now; otherwise (an intrinsic function, an unresolved variable) a
   * note says the file's {@code field} is left out and the inventory's {@code inventoryField} is to
   * be filled in.
   */
  boolean readable(String field, String inventoryField, YamlNode value) {
    String why = Nodes.unreadable(value);
    if (why == null) {
      return true;
    }
    note(field + " is " + why + ": " + inventoryField + " left out, fill it in");
    return false;
  }

  /**
   * The inventory's {@code inventoryField} from the file's {@code field}, a whole number from
   * {@code min} to {@code max}; when the file gives none, the format's {@code fallback}, with
   * {@code note} saying so; nothing when the value cannot be read now (see {@link #readable}).
   */
  DraftBuilder whole(
      YamlNode value,
      String field,
      String inventoryField,
      long min,
      long max,
      long fallback,
      String note) {
    if (value == null) {
      put(inventoryField, fallback).note(note);
    } else if (readable(field, inventoryField, value)) {
      put(inventoryField, Nodes.whole(value, field, min, max));
    }
    return this;
  }

  DraftBuilder note(String note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
    return this;
  }

  String name() {
    return name;
  }

  Draft build() {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String field : ORDER) {
      if (fields.containsKey(field)) {
        ordered.put(field, fields.get(field));
      }
    }
    return new Draft(name, source, ordered, notes);
  }

  /** Builds every draft, the file's own notes put above the first service. */
  static List<Draft> buildAll(List<DraftBuilder> drafts, List<String> fileNotes) {
    if (!drafts.isEmpty()) {
      fileNotes.forEach(drafts.get(0)::note);
    }
    return drafts.stream().map(DraftBuilder::build).toList();
  }
}
