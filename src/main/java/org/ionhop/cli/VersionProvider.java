package org.ionhop.cli;

import org.ionhop.common.Version;

import picocli.CommandLine.IVersionProvider;

/** Supplies --version from the build's version resource. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"IonHop " + Version.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
