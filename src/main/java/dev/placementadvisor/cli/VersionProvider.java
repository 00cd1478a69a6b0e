package dev.placementadvisor.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"advisor " + (v == null ? "(development build)" : v)};
  }
}
