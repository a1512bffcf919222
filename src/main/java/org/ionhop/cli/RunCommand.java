package org.ionhop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ionhop.common.ExitCodes;
import org.ionhop.common.InputException;
import org.ionhop.deck.Deck;
import org.ionhop.run.CheckpointFile;
import org.ionhop.run.FinishedRun;
import org.ionhop.run.RunFingerprint;
import org.ionhop.run.OutputClaim;
import org.ionhop.run.Checkpointing;
import org.ionhop.run.RunInterruptedException;
import org.ionhop.run.RunProgress;
import org.ionhop.run.ShardFile;
import org.ionhop.run.TrajectoryRequest;
import org.ionhop.deck.TrajectorySpec;
import org.ionhop.run.WorkSlice;
import org.ionhop.output.Hdf5ResultWriter;
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
        header = "Runs a deck: kMC at every temperature, then D*, D_J, Haven ratio, conductivity and Arrhenius fits in HDF5.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Runs every temperature of a deck (replicas on all cores), fits tracer and jump diffusion, Haven ratio, conductivity and an Arrhenius law, and writes an HDF5 file, a text summary and PNG plots next to it.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ionhop run inputs/MgSc2Se4_Mg_vacancy.yaml --quick",
            "  ionhop run inputs/LiBH4_P63mc_Li_vacancy.yaml -o results/hex.h5 --threads 8 --quiet",
            "  ionhop run deck.yaml --json > summary.json",
            "  ionhop run deck.yaml --resume                 # continue from results/run.h5.ckpt",
            "  ionhop run deck.yaml --shard 3/8 -o shards/run_shard_3_of_8.h5   # one slice (see ionhop slurm)",
            "  ionhop run deck.yaml --trajectory results/run.extxyz --trajectory-temperature 600   # frames for OVITO",
            "",
            "Exit codes: 0 done, 1 a temperature is not a result, 2 bad input (or a corrupt/mismatched checkpoint), 3 stopped by",
            "SIGTERM/SIGINT after writing a checkpoint (continue with --resume), 4 I/O error,",
            "5 out of memory, 6 the output is in use by another run (docs/errors.md)."})
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

    @Option(names = "--resume", description = "continue from the checkpoint <output>.ckpt (same deck and options)")
    boolean resume;

    @Option(names = "--checkpoint-interval", paramLabel = "SECONDS",
            description = "wall-clock seconds between checkpoints (default: the deck's run.checkpoint_interval_s; 0 = only on SIGTERM/SIGINT)")
    Double checkpointIntervalSeconds;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "run only slice K (0..N-1) of N of the (temperature, replica) pairs and write an HDF5 shard for ionhop merge")
    String shard;

    @Option(names = "--trajectory", paramLabel = "FILE.extxyz",
            description = "also write sampled frames (the MSD sample grid) of the mobile ions' wrapped and unwrapped "
                    + "positions of one replica at one temperature, as extended XYZ for OVITO/ASE (deck: trajectory.file)")
    Path trajectory;

    @Option(names = "--trajectory-temperature", paramLabel = "KELVIN",
            description = "temperature of the trajectory (default: the deck's trajectory.temperature_K, else the first)")
    Double trajectoryKelvin;

    @Option(names = "--trajectory-replica", paramLabel = "N", description = "replica of the trajectory (default 0)")
    Integer trajectoryReplica;

    @Option(names = "--trajectory-max-mb", paramLabel = "MB",
            description = "refuse a trajectory larger than this (default: trajectory.max_size_MB, "
                    + TrajectorySpec.DEFAULT_MAX_SIZE_MB + ")")
    Double trajectoryMaxMegabytes;

    @Override
    public Integer call() throws Exception {
        if (threads < 0) {
            throw new org.ionhop.common.InputException(null, 0, "--threads", "must be >= 0, got " + threads,
                    "use 0 for all cores");
        }
        SignalStop signals = SignalStop.install();
        RunOptions options = new RunOptions(quick, threads, output);
        Deck loaded = Deck.load(deck); // every input error of the deck before anything else
        WorkSlice slice = RunPipeline.slice(loaded, options, shard);
        double interval = checkpointIntervalSeconds != null ? checkpointIntervalSeconds
                : loaded.run().checkpointIntervalSeconds();
        if (!(interval >= 0) || Double.isInfinite(interval)) {
            throw new InputException(null, 0, "--checkpoint-interval", "must be a finite number >= 0 s, got "
                    + interval, "wall-clock seconds between checkpoints; 0 = only on SIGTERM/SIGINT");
        }
        Path given = output != null ? output : loaded.output();
        Path checkpointFile = CheckpointFile.besideOutput(given.toAbsolutePath().normalize());
        if (resume && !Files.exists(checkpointFile)) {
            // A requeued job whose run had finished: its result is there and the checkpoint was removed.
            if (shard == null && FinishedRun.isComplete(given.toAbsolutePath().normalize(), checkpointFile,
                    RunFingerprint.ofRun(loaded.rawText(), quick))) {
                spec.commandLine().getErr().println("note: nothing to resume: " + given
                        + " is already the finished result of this deck and options; it is left as it is");
                return ExitCodes.OK;
            }
            CheckpointFile.read(checkpointFile, ""); // "no checkpoint to resume from", before the network is built
        }
        // Before anything is computed: the output can be written, and no other run writes it.
        try (OutputClaim claim = OutputClaim.take(given, "ionhop run " + deck + (shard != null ? " --shard " + shard : ""))) {
            return runClaimed(signals, loaded, options, slice, given.toAbsolutePath().normalize(), interval);
        }
    }

    private int runClaimed(SignalStop signals, Deck loaded, RunOptions options, WorkSlice slice, Path target,
                           double interval) throws Exception {
        RunListener listener = quiet ? RunListener.SILENT : new ProgressListener(spec.commandLine().getErr());
        RunPipeline pipeline = RunPipeline.forDeck(loaded, options, listener);
        var err = spec.commandLine().getErr();
        if (!quiet) pipeline.model().barriers().notes().forEach(n -> err.println("note: " + n));
        if (!quiet) pipeline.model().environmentNotes().forEach(n -> err.println("note: " + n));
        // Warnings are about whether the numbers mean what the user thinks: shown even with --quiet.
        pipeline.model().warnings().forEach(w -> err.println("ionhop: warning: " + w));
        pipeline.errorBarWarnings().forEach(w -> err.println("ionhop: warning: " + w));
        pipeline.checkMemory(slice);
        TrajectoryRequest trajectoryRequest = TrajectoryRequest.plan(pipeline, trajectory, trajectoryKelvin,
                trajectoryReplica, trajectoryMaxMegabytes);
        if (trajectoryRequest != null && !trajectoryRequest.within(slice)) {
            if (!quiet) err.println("note: this shard does not run the trajectory's replica; the shard that does writes it");
            trajectoryRequest = null;
        }
        if (trajectoryRequest != null) err.println(trajectoryRequest.describe());
        Path checkpointFile = CheckpointFile.besideOutput(target);
        Checkpointing checkpointing = new Checkpointing(checkpointFile, interval);
        RunProgress progress = resume ? CheckpointFile.read(checkpointFile, pipeline.fingerprint(slice)) : new RunProgress();
        if (!resume && Files.exists(checkpointFile) && !quiet) {
            err.println("note: starting over; the checkpoint " + checkpointFile + " will be replaced (use --resume to continue it)");
        }
        signals.attach(checkpointing);
        try {
            pipeline.execute(slice, checkpointing, progress);
        } catch (RunInterruptedException e) {
            err.println("ionhop: stopped by signal after writing the checkpoint " + e.checkpoint()
                    + "; continue with: ionhop run " + deck + " --resume (and the same options)");
            return ExitCodes.INTERRUPTED_CHECKPOINTED;
        } catch (java.io.UncheckedIOException e) {
            throw new java.io.IOException(e.getMessage() + ": " + e.getCause().getMessage(), e.getCause()); // exit code 4
        }
        var out = spec.commandLine().getOut();
        if (trajectoryRequest != null) trajectoryRequest.write(pipeline, progress);
        if (shard != null) {
            ShardFile.write(target, pipeline.fingerprint(slice), deck, pipeline.model().deck().rawText(), quick, slice, progress);
            Files.deleteIfExists(checkpointFile);
            out.println("Shard " + slice.shard() + "/" + slice.shardCount() + ": " + target
                    + " (combine all shards with: ionhop merge SHARDS... -o RESULT.h5)");
            return ExitCodes.OK;
        }
        RunResult result = pipeline.combine(progress);
        RunOutputs written = RunOutputs.write(result, target, pipeline.threads());
        Files.deleteIfExists(checkpointFile);
        printSummary(spec.commandLine().getOut(), json, result, written);
        return warnAboutInvalidResults(err, result);
    }

    /**
     * One warning line per temperature whose numbers are not a result (D* or D_J, hence sigma,
     * negative beyond its error bar): such a run ends with exit code 1 (a check failed), its files
     * written with the temperature flagged so the data can be inspected. A tensor whose principal
     * values are not resolved (one negative beyond its error bar) is warned about too, without
     * changing the exit code: the orientation averages remain valid.
     */
    static int warnAboutInvalidResults(java.io.PrintWriter err, RunResult result) {
        int invalid = 0;
        for (var t : result.temperatures()) {
            var r = t.transport();
            for (String p : r.tensorProblems()) {
                err.println("ionhop: warning: " + Hdf5ResultWriter.groupName(r.temperatureKelvin()) + ": " + p
                        + "; principal values and axes flagged tensor_valid=0 in the HDF5 file (trace/3 values stay "
                        + "valid; run longer to resolve the tensor)");
            }
            if (r.valid()) continue;
            invalid++;
            err.println("ionhop: warning: " + Hdf5ResultWriter.groupName(r.temperatureKelvin()) + ": not a result: "
                    + String.join("; ", r.problems()) + " (run longer, or check where the ions can go with "
                    + "'ionhop lattice DECK'); left out of the Arrhenius fits and flagged valid=0 in the "
                    + "HDF5 file");
        }
        err.flush();
        return invalid == 0 ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    /** The terminal summary (or JSON) of a finished run; shared with {@code ionhop merge}. */
    static void printSummary(java.io.PrintWriter out, boolean json, RunResult result, RunOutputs written) {
        if (json) {
            out.println(SummaryJson.toJson(result));
        } else {
            out.print(SummaryTable.format(RunOutputs.transport(result), result.arrhenius()));
            out.print(org.ionhop.output.RegionSummaryTable.format(result));
            out.print(org.ionhop.output.EnvironmentOutput.format(result));
            out.println("Results: " + written.hdf5() + " (summary " + written.summary() + ", "
                    + written.plots().size() + " plots)");
        }
    }
}
