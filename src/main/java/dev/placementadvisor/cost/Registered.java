package dev.placementadvisor.cost;

import java.util.List;

/** An entry of a registry (platforms, data tiers): known by a stable id. */
interface Registered {
  String id();

  /** The ids of {@code all}, in order, for messages. */
  static List<String> ids(List<? extends Registered> all) {
    return all.stream().map(Registered::id).toList();
  }

  /** The entry of {@code all} with this id, or null. */
  static <T extends Registered> T byId(List<T> all, String id) {
    for (T entry : all) {
      if (entry.id().equals(id)) {
        return entry;
      }
    }
    return null;
  }
}
