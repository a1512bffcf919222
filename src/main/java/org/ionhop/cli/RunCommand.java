package org.ionhop.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ionhop.common.ExitCodes;
import org.ionhop.output.RunResult;
import org.ionhop.output.SummaryJson;
import org.ionhop.output.SummaryTable;
import org.ionhop.run.RunListener;
import org.ionhop.run.RunOptions;
import org.ionhop.run.RunOutputs;
import org.ionhop.run.RunPipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ionhop run DECK}: the main job. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs every temperature of a deck (replicas on all cores), fits tracer and jump diffusion,",
            "Haven ratio, conductivity and an Arrhenius law, and writes an HDF5 file, a text summary",
            "and PNG plots next to it."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ionhop run inputs/MgSc2Se4_Mg_vacancy.yaml --quick",
            "  ionhop run inputs/LiBH4_P63mc_Li_vacancy.yaml -o results/hex.h5 --threads 8 --quiet",
            "  ionhop run deck.yaml --json > summary.json"})
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DECK", description = "input deck (YAML), see docs/deck.md")
    Path deck;

    @Option(names = "--quick", description = "short preset: a quarter of the run length, at most 4 replicas")
    boolean quick;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the deck's run.threads; 0 = all cores); never changes results")
    int threads;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "HDF5 result file (default: the deck's output)")
    Path output;

    @Option(names = "--json", description = "print the summary as JSON on standard output")
    boolean json;

    @Option(names = "--quiet", description = "no progress output (for batch jobs)")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (threads < 0) {
            throw new org.ionhop.common.InputException(null, 0, "--threads", "must be >= 0, got " + threads,
                    "use 0 for all cores");
        }
        RunOptions options = new RunOptions(quick, threads, output);
        RunListener listener = quiet ? RunListener.SILENT : new ProgressListener(spec.commandLine().getErr());
        RunPipeline pipeline = RunPipeline.forDeck(deck, options, listener);
        var err = spec.commandLine().getErr();
        if (!quiet) pipeline.model().barriers().notes().forEach(n -> err.println("note: " + n));
        RunResult result = pipeline.run();
        Path target = output != null ? output : pipeline.model().deck().output();
        RunOutputs written = RunOutputs.write(result, target);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(SummaryJson.toJson(RunOutputs.transport(result), result.arrhenius()));
        } else {
            out.print(SummaryTable.format(RunOutputs.transport(result), result.arrhenius()));
            out.println("Results: " + written.hdf5() + " (summary " + written.summary() + ", "
                    + written.plots().size() + " plots)");
        }
        return ExitCodes.OK;
    }
}
