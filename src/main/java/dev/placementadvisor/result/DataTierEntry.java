package dev.placementadvisor.result;

import dev.placementadvisor.inventory.DataStore;
import java.util.List;

/**
 * A data tier as {@code advisor platforms} and docs/platforms.md list it.
 *
 * @param id the data tier's stable id
 * @param name its product name
 * @param store the kind of store it holds
 * @param provider its provider
 * @param priced one line on what is priced
 * @param billing how it bills, in words
 * @param catalog the catalog entries its formula reads
 * @param source where its pricing model comes from
 */
public record DataTierEntry(
    String id,
    String name,
    DataStore.Type store,
    String provider,
    String priced,
    String billing,
    List<String> catalog,
    String source) {
  public DataTierEntry {
    catalog = List.copyOf(catalog);
  }
}
