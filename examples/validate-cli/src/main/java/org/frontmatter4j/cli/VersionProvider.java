package org.frontmatter4j.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so it never drifts from the build. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"frontmatter4j validate " + (version == null ? "(development build)" : version)};
  }
}
