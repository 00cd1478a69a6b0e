package dev.placementadvisor.inventory;

import java.util.Set;

/**
 * The organization that runs the services.
 *
 * @param engineers product engineers in total, or null when not given
 */
public record Organization(
    String name,
    Integer engineers,
    int platformEngineers,
    Set<Compliance> compliance,
    boolean multiCloud,
    boolean onPremises,
    boolean budgetPredictability,
    String region,
    KubernetesSettings kubernetes,
    PlatformChoice platforms) {

  public static final String DEFAULT_REGION = "us-east-1";

  /** The same organization without where its values were written, to compare two files'. */
  public Organization withoutLocations() {
    KubernetesSettings k = kubernetes;
    return new Organization(
        name,
        engineers,
        platformEngineers,
        compliance,
        multiCloud,
        onPremises,
        budgetPredictability,
        region,
        new KubernetesSettings(
            k.instanceType(), k.minNodes(), k.targetUtilization(), k.autoscaling(), null),
        platforms.withoutLocations());
  }

  public Organization {
    java.util.EnumSet<Compliance> copy = java.util.EnumSet.noneOf(Compliance.class);
    copy.addAll(compliance);
    compliance = java.util.Collections.unmodifiableSet(copy);
  }

  /** An organization with every field at its default. */
  public static Organization defaults() {
    return new Organization(
        "",
        null,
        0,
        Set.of(),
        false,
        false,
        false,
        DEFAULT_REGION,
        KubernetesSettings.defaults(),
        PlatformChoice.ORGANIZATION_DEFAULT);
  }
}
