package dev.placementadvisor.inventory;

/** Compliance regimes an organization or service can be under. */
public enum Compliance {
  NONE("none"),
  SOC2("soc2"),
  PCI_DSS("pci-dss"),
  HIPAA("hipaa"),
  FEDRAMP("fedramp"),
  GDPR("gdpr");

  private final String id;

  Compliance(String id) {
    this.id = id;
  }

  /** The name used in inventories and output. */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
