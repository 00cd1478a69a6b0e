package dev.placementadvisor.scoring;

import dev.placementadvisor.inventory.Compliance;
import dev.placementadvisor.inventory.Organization;
import dev.placementadvisor.inventory.Service;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the rules look at for one service: the service, its organization, the regimes that apply to
 * it and the size of the inventory it belongs to.
 */
public record ServiceFacts(
    Service service, Organization organization, Set<Compliance> compliance, int serviceCount) {

  public ServiceFacts {
    compliance = Set.copyOf(compliance);
  }

  /** Facts for a service: its own regimes joined with the organization's. */
  public static ServiceFacts of(Service service, Organization org, int serviceCount) {
    Set<Compliance> all = EnumSet.noneOf(Compliance.class);
    all.addAll(org.compliance());
    all.addAll(service.compliance());
    return new ServiceFacts(service, org, all, serviceCount);
  }

  /** True when the service must run on the organization's own hardware. */
  public boolean onPremises() {
    return organization.onPremises() || service.onPremises();
  }
}
