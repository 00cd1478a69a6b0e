package dev.placementadvisor.inventory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated inventory: the organization, its traffic profiles and its services, plus optional
 * pricing and weight settings. Every value is resolved: defaults applied, profiles linked.
 *
 * @param file the file it was read from
 * @param displayName how messages and reports name the file
 */
public record Inventory(
    Path file,
    String displayName,
    int version,
    Organization organization,
    Map<String, TrafficProfile> profiles,
    List<Service> services,
    PricingSettings pricing,
    WeightSettings weights) {

  public Inventory {
    profiles = Map.copyOf(profiles);
    services = List.copyOf(services);
  }

  /** The service with this name, or null. */
  public Service service(String name) {
    for (Service s : services) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }
}
