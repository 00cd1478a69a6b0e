package dev.placementadvisor.inventory;

import dev.placementadvisor.input.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated inventory: the organization, its traffic profiles and its services, plus optional
 * pricing and weight settings. Every value is resolved: defaults applied, profiles linked.
 *
 * @param file the file it was read from
 * @param displayName how messages and reports name the file (the files, for an estate)
 * @param blocks where its top-level blocks were written, for messages about several files
 */
public record Inventory(
    Path file,
    String displayName,
    int version,
    Organization organization,
    Map<String, TrafficProfile> profiles,
    List<Service> services,
    PricingSettings pricing,
    WeightSettings weights,
    Blocks blocks) {

  public Inventory {
    profiles = Map.copyOf(profiles);
    services = List.copyOf(services);
  }

  /**
   * Where an inventory's top-level blocks were written; null for a block it does not have.
   *
   * @param profiles each traffic profile's name, where it was written
   */
  public record Blocks(
      Location organization, Location pricing, Location weights, Map<String, Location> profiles) {
    public Blocks {
      profiles = Map.copyOf(profiles);
    }
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
