package dev.placementadvisor.inventory;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the inventories of several files into one estate: the services of all of them, with the
 * organization, the traffic profiles, the pricing and the weights they share. Files that leave a
 * block out take the others'; files that both write one must agree, or the second place is named
 * with the first. Every service keeps its own file and line.
 */
public final class Estate {
  private Estate() {}

  /** The estate of {@code parts}, in order; one part is returned as it is. */
  public static Inventory of(List<Inventory> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    Inventory first = parts.get(0);
    Inventory organization = first;
    Inventory pricing = first;
    Inventory weights = first;
    Map<String, TrafficProfile> profiles = new LinkedHashMap<>();
    Map<String, Location> profileAt = new HashMap<>();
    List<Service> services = new ArrayList<>();
    Map<String, Location> serviceAt = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (Inventory part : parts) {
      names.add(part.displayName());
      organization =
          agree(
              organization,
              part,
              "organization",
              Inventory.Blocks::organization,
              (a, b) -> sameOrganization(a.organization(), b.organization()));
      pricing =
          agree(
              pricing,
              part,
              "pricing",
              Inventory.Blocks::pricing,
              (a, b) -> a.pricing().sameAs(b.pricing()));
      weights =
          agree(
              weights,
              part,
              "weights",
              Inventory.Blocks::weights,
              (a, b) -> YamlNode.sameContent(a.weights().node(), b.weights().node()));
      addProfiles(part, profiles, profileAt);
      addServices(part, services, serviceAt);
    }
    checkSize(services.size(), names);
    Map<String, Location> blocksProfiles = new LinkedHashMap<>(profileAt);
    return new Inventory(
        pricing.file(),
        String.join(", ", names),
        first.version(),
        organization.organization(),
        profiles,
        services,
        pricing.pricing(),
        weights.weights(),
        new Inventory.Blocks(
            organization.blocks().organization(),
            pricing.blocks().pricing(),
            weights.blocks().weights(),
            blocksProfiles));
  }

  /** Refuses an estate of more services than one inventory may hold. */
  private static void checkSize(int services, List<String> names) {
    if (services > InventoryLoader.MAX_SERVICES) {
      throw new InputException(
          Location.ofFile(String.join(", ", names)),
          "too many services: "
              + services
              + " (an estate holds at most "
              + InventoryLoader.MAX_SERVICES
              + ")");
    }
  }

  /**
   * Adds the traffic profiles of {@code part}, with where each is first defined in {@code at}; a
   * profile another file defines differently is refused.
   */
  private static void addProfiles(
      Inventory part, Map<String, TrafficProfile> profiles, Map<String, Location> at) {
    for (Map.Entry<String, TrafficProfile> e : part.profiles().entrySet()) {
      Location here = part.blocks().profiles().get(e.getKey());
      TrafficProfile seen = profiles.putIfAbsent(e.getKey(), e.getValue());
      if (seen == null) {
        at.put(e.getKey(), here);
      } else if (!seen.equals(e.getValue())) {
        throw new InputException(
            here,
            "traffic profile"
                + Text.quoted(here, e.getKey())
                + " differs from the one at "
                + at.get(e.getKey())
                + ": the files of one estate must agree");
      }
    }
  }

  /**
   * Adds the services of {@code part}, with where each is defined in {@code at}; a name another
   * file (or this one) already used is refused.
   */
  private static void addServices(
      Inventory part, List<Service> services, Map<String, Location> at) {
    for (Service s : part.services()) {
      Location firstAt = at.putIfAbsent(s.name(), s.location());
      if (firstAt != null) {
        throw new InputException(
            s.location(),
            "duplicate service name"
                + Text.quoted(s.location(), s.name())
                + " (first defined at "
                + firstAt
                + ")");
      }
      services.add(s);
    }
  }

  /** Checks two files agree on a block; returns the part whose block is in force. */
  private static Inventory agree(
      Inventory sofar,
      Inventory part,
      String block,
      java.util.function.Function<Inventory.Blocks, Location> where,
      java.util.function.BiPredicate<Inventory, Inventory> same) {
    Location had = where.apply(sofar.blocks());
    Location has = where.apply(part.blocks());
    if (has == null || part == sofar) {
      return sofar;
    }
    if (had == null) {
      return part;
    }
    if (!same.test(sofar, part)) {
      throw new InputException(
          has,
          "'"
              + block
              + "' differs from the one at "
              + had
              + ": the files of one estate must"
              + " agree (write it once, or the same in each)");
    }
    return sofar;
  }

  /** The same organization, wherever its instance type was written. */
  private static boolean sameOrganization(Organization a, Organization b) {
    return a.withoutLocations().equals(b.withoutLocations());
  }
}
