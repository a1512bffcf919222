package org.ionhop.cli;

import picocli.CommandLine.Command;

/** The root command; each subcommand lives in its own class. */
@Command(name = "ionhop",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Kinetic Monte Carlo for ion transport in solid electrolytes.",
        subcommands = {
            picocli.CommandLine.HelpCommand.class,
            LatticeCommand.class,
            RunCommand.class,
            SlurmCommand.class,
            MergeCommand.class,
            NebCommand.class,
            ValidateCommand.class,
            ExportOccupancyCommand.class,
            BenchCommand.class,
            ImportKmcpyCommand.class,
        })
public final class IonHopCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
