package dev.placementadvisor.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of assessing an inventory: one assessment per service, in inventory order, and the
 * totals. Every renderer draws from this alone.
 *
 * @param inventory how the inventory file was named
 * @param organization the organization's name (may be empty)
 */
public record Report(
    int schemaVersion, String inventory, String organization, List<ServiceAssessment> services) {

  /** The version of the JSON report contract. */
  public static final int SCHEMA_VERSION = 1;

  public Report {
    services = List.copyOf(services);
  }

  /** How many services got each placement, in placement order, zero counts included. */
  public Map<Placement, Integer> placementCounts() {
    Map<Placement, Integer> counts = new EnumMap<>(Placement.class);
    for (Placement p : Placement.values()) {
      counts.put(p, 0);
    }
    for (ServiceAssessment s : services) {
      counts.merge(s.placement(), 1, Integer::sum);
    }
    return counts;
  }

  /** The assessment of the named service, or null. */
  public ServiceAssessment service(String name) {
    for (ServiceAssessment s : services) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }
}
