package org.w3id.treatygraph.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest (or "development" when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = TreatyGraphCommand.class.getPackage().getImplementationVersion();
        return new String[] {"TreatyGraph " + (version == null ? "development" : version)};
    }
}
