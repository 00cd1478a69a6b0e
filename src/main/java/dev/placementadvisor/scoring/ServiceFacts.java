package dev.placementadvisor.scoring;

import dev.placementadvisor.cost.PlatformGaps;
import dev.placementadvisor.cost.ServiceCosts;
import dev.placementadvisor.inventory.Compliance;
import dev.placementadvisor.inventory.Organization;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.inventory.Service;
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
    compliance = EnumBits.of(compliance, Compliance.class);
    excluded = EnumBits.of(excluded, Placement.class);
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
    EnumBits<Compliance> all = regimes(org);
    if (!service.compliance().isEmpty()) {
      all = all.with(EnumBits.of(service.compliance(), Compliance.class));
    }
    return new ServiceFacts(
        service, org, all, serviceCount, null, NOTHING_EXCLUDED, PlatformGaps.NONE);
  }

  private static final EnumBits<Placement> NOTHING_EXCLUDED = EnumBits.of(Placement.class, 0);

  /** The organization whose regimes were asked for last, and its regimes. */
  private record Regimes(Organization organization, EnumBits<Compliance> regimes) {}

  private static volatile Regimes lastRegimes;

  /** An organization's regimes; the same object for the services of one organization. */
  private static EnumBits<Compliance> regimes(Organization org) {
    Regimes last = lastRegimes;
    if (last == null || last.organization() != org) {
      last = new Regimes(org, EnumBits.of(org.compliance(), Compliance.class));
      lastRegimes = last;
    }
    return last.regimes();
  }

  /** True when the service must run on the organization's own hardware. */
  public boolean onPremises() {
    return organization.onPremises() || service.onPremises();
  }
}
