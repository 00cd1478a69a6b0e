package dev.placementadvisor.scoring;

import dev.placementadvisor.inventory.Compliance;
import dev.placementadvisor.inventory.Organization;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.cost.ServiceCosts;
import dev.placementadvisor.report.Placement;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the rules look at for one service: the service, its organization, the regimes that apply to
 * it, the size of the inventory it belongs to, its costs (null when not priced) and the placements
 * the platform limits rule out.
 */
public record ServiceFacts(
    Service service,
    Organization organization,
    Set<Compliance> compliance,
    int serviceCount,
    ServiceCosts costs,
    Set<Placement> excluded) {

  public ServiceFacts {
    compliance = ordered(compliance, Compliance.class);
    excluded = ordered(excluded, Placement.class);
  }

  /** An unmodifiable copy that iterates in declaration order, so output is deterministic. */
  @SuppressWarnings("unchecked")
  static <E extends Enum<E>> Set<E> ordered(Set<E> values, Class<E> type) {
    if (values.isEmpty()) {
      return type == Placement.class ? (Set<E>) NO_PLACEMENTS : (Set<E>) NO_REGIMES;
    }
    EnumSet<E> copy = EnumSet.noneOf(type);
    copy.addAll(values);
    return java.util.Collections.unmodifiableSet(copy);
  }

  /** The empty sets: unmodifiable, so every facts without exclusions or regimes shares one. */
  private static final Set<Placement> NO_PLACEMENTS =
      java.util.Collections.unmodifiableSet(EnumSet.noneOf(Placement.class));

  private static final Set<Compliance> NO_REGIMES =
      java.util.Collections.unmodifiableSet(EnumSet.noneOf(Compliance.class));

  /** The same facts with the service's costs. */
  public ServiceFacts withCosts(ServiceCosts c) {
    return new ServiceFacts(service, organization, compliance, serviceCount, c, excluded);
  }

  /** The same facts with the service's costs and the placements the limits rule out. */
  public ServiceFacts with(ServiceCosts c, Set<Placement> e) {
    return new ServiceFacts(service, organization, compliance, serviceCount, c, e);
  }

  /** The same facts with the placements the limits rule out. */
  public ServiceFacts withExcluded(Set<Placement> e) {
    return new ServiceFacts(service, organization, compliance, serviceCount, costs, e);
  }

  /** Facts for a service: its own regimes joined with the organization's. */
  public static ServiceFacts of(Service service, Organization org, int serviceCount) {
    Set<Compliance> all = EnumSet.noneOf(Compliance.class);
    all.addAll(org.compliance());
    all.addAll(service.compliance());
    return new ServiceFacts(service, org, all, serviceCount, null, Set.of());
  }

  /** True when the service must run on the organization's own hardware. */
  public boolean onPremises() {
    return organization.onPremises() || service.onPremises();
  }
}
