package dev.placementadvisor.inventory;

import dev.placementadvisor.input.Location;
import java.util.List;

/**
 * The platforms an organization can use, or a service is pinned to or kept off, as written:
 * provider names ({@code aws}) and platform ids ({@code aws-fargate}), each kept off when written
 * with a leading {@code -} ({@code -aws-lambda}). The engine resolves the names against the
 * registry of platforms (an unknown name is an input error at its location).
 *
 * @param names the names, lower case, as written
 * @param locations where each name was written (null for a default)
 */
public record PlatformChoice(List<String> names, List<Location> locations) {
  /** What an organization can use when the inventory does not say: AWS and Cloudflare. */
  public static final PlatformChoice ORGANIZATION_DEFAULT =
      new PlatformChoice(List.of("aws", "cloudflare"), java.util.Arrays.asList(null, null));

  /** A service that names no platform: the organization's choice applies. */
  public static final PlatformChoice NONE = new PlatformChoice(List.of(), List.of());

  public PlatformChoice {
    names = List.copyOf(names);
    locations = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(locations));
    if (names.size() != locations.size()) {
      throw new IllegalArgumentException("a location per name");
    }
  }

  /** True when nothing was named. */
  public boolean isEmpty() {
    return names.isEmpty();
  }

  /** The same names without where they were written, to compare two files'. */
  public PlatformChoice withoutLocations() {
    return new PlatformChoice(names, java.util.Collections.nCopies(names.size(), null));
  }
}
