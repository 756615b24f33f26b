package de.kontaktcharta.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest; a build from the class folder has none. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"charta " + (version == null ? "(development build)" : version)};
  }
}
