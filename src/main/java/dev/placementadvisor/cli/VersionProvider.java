package dev.placementadvisor.cli;

import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.pricing.PriceCatalog;
import picocli.CommandLine.IVersionProvider;

/**
 * The version: the tool's (from the jar manifest), the bundled price catalog's effective date and
 * region, and the Java running it, which together decide every number the tool prints.
 */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    PriceCatalog c = CatalogLoader.bundled();
    return new String[] {
      "advisor " + (v == null ? "(development build)" : v),
      "price catalog: bundled, effective " + c.effectiveDate() + ", " + c.region(),
      "Java "
          + System.getProperty("java.version")
          + " ("
          + System.getProperty("java.vendor", "unknown vendor")
          + ", "
          + System.getProperty("java.home", "")
          + ")"
    };
  }
}
