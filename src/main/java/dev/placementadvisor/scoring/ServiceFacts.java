package dev.placementadvisor.scoring;

import dev.placementadvisor.cost.PlatformGaps;
import dev.placementadvisor.inventory.Compliance;
import dev.placementadvisor.inventory.Organization;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.result.ServiceCosts;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the rules look at for one service: the service, its organization, the regimes that apply to
 * it, the size of the inventory it belongs to, its costs (null when not priced) and the placements
 * the platform limits rule out, and the placements it has no platform for.
 */
public record ServiceFacts(
    Service service,
    Organization organization,
    Set<Compliance> compliance,
    int serviceCount,
    ServiceCosts costs,
    Set<Placement> excluded,
    PlatformGaps gaps) {

  public ServiceFacts {
    compliance = frozen(compliance, Compliance.class);
    excluded = frozen(excluded, Placement.class);
  }

  /** An unmodifiable copy of {@code values}, in declaration order. */
  private static <E extends Enum<E>> Set<E> frozen(Set<E> values, Class<E> type) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    copy.addAll(values);
    return Collections.unmodifiableSet(copy);
  }

  /** The same facts with the service's costs. */
  public ServiceFacts withCosts(ServiceCosts c) {
    return new ServiceFacts(service, organization, compliance, serviceCount, c, excluded, gaps);
  }

  /** The same facts with the service's costs and the placements the limits rule out. */
  public ServiceFacts with(ServiceCosts c, Set<Placement> e) {
    return new ServiceFacts(service, organization, compliance, serviceCount, c, e, gaps);
  }

  /** The same facts with the placements the limits rule out. */
  public ServiceFacts withExcluded(Set<Placement> e) {
    return new ServiceFacts(service, organization, compliance, serviceCount, costs, e, gaps);
  }

  /** The same facts with the placements the service has no platform for. */
  public ServiceFacts withGaps(PlatformGaps g) {
    return new ServiceFacts(service, organization, compliance, serviceCount, costs, excluded, g);
  }

  /** Facts for a service: its own regimes joined with the organization's. */
  public static ServiceFacts of(Service service, Organization org, int serviceCount) {
    EnumSet<Compliance> all = EnumSet.noneOf(Compliance.class);
    all.addAll(org.compliance());
    all.addAll(service.compliance());
    return new ServiceFacts(service, org, all, serviceCount, null, Set.of(), PlatformGaps.NONE);
  }

  /** True when the service must run on the organization's own hardware. */
  public boolean onPremises() {
    return organization.onPremises() || service.onPremises();
  }
}
