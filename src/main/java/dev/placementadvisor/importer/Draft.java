package dev.placementadvisor.importer;

import dev.placementadvisor.input.Location;
import java.util.List;
import java.util.Map;

/**
 * One service read from a deployment file: the inventory fields the file says, where it was read,
 * and what the file could not say.
 *
 * @param name the service's name as the file gives it (checked against the inventory's name rule
 *     before it is written)
 * @param source where the service is defined: file (as given on the command line, relative where it
 *     was relative) and line; written as the service's {@code source: FILE:LINE}
 * @param fields inventory fields of the service, in the order they are written: keys as in
 *     docs/inventory.md ({@code memoryMb}, {@code maxDurationSeconds}, ...), values a {@link
 *     String}, {@link Long}, {@link Double}, {@link Boolean}, or a {@link List} of strings; never
 *     {@code name}, {@code traffic} or {@code source}
 * @param notes what a person should know or fill in (an unresolved {@code ${var}}, a default the
 *     format applies), one line each, written as comments above the service
 */
public record Draft(String name, Location source, Map<String, Object> fields, List<String> notes) {
  public Draft {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    notes = List.copyOf(notes);
  }
}
