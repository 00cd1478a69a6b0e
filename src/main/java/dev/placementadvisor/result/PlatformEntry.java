package dev.placementadvisor.result;

import dev.placementadvisor.inventory.Placement;
import java.util.List;

/**
 * A platform as {@code advisor platforms}, {@code advisor crossover} and docs/platforms.md list it.
 *
 * @param id the platform's stable id
 * @param name its product name
 * @param placement the placement class it belongs to
 * @param provider the provider an inventory's {@code organization.platforms} names it by
 * @param priced one line on what is priced
 * @param perRequest true when it bills by the request and scales to zero, false when it bills for
 *     capacity that runs all month
 * @param option true for an option of another platform, priced only where an inventory names it
 * @param limits its limits in words, with the price catalog's values
 * @param catalog the catalog entries its formula reads
 * @param instanceTypes true when it also prices the catalog's machine types
 * @param source where its pricing model comes from
 */
public record PlatformEntry(
    String id,
    String name,
    Placement placement,
    String provider,
    String priced,
    boolean perRequest,
    boolean option,
    String limits,
    List<String> catalog,
    boolean instanceTypes,
    String source) {
  public PlatformEntry {
    catalog = List.copyOf(catalog);
  }
}
