package org.ionhop.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ionhop.common.ExitCodes;
import org.ionhop.common.InputException;
import org.ionhop.deck.Deck;
import org.ionhop.output.RunResult;
import org.ionhop.rates.DeckModel;
import org.ionhop.run.RunFingerprint;
import org.ionhop.run.RunListener;
import org.ionhop.run.RunOptions;
import org.ionhop.run.OutputClaim;
import org.ionhop.run.RunOutputs;
import org.ionhop.run.RunPipeline;
import org.ionhop.run.ShardFile;
import org.ionhop.run.ShardMerge;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ionhop merge SHARDS... -o RESULT.h5}: combines the shards of a split run exactly. */
@Command(name = "merge",
        header = "Combines the HDF5 shards of a split run into one result, exactly.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Combines the HDF5 shards of a split run (ionhop run --shard K/N, e.g. from ionhop slurm) into the result a single process would have written: the same numbers, bit for bit. Every shard 0..N-1 must be given exactly once; missing or duplicated shards are named (exit code 2).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ionhop merge shards/*.h5 -o results/run.h5",
            "  ionhop merge shards/*.h5 -o results/run.h5 --deck moved/deck.yaml   # the deck moved since"})
public final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHARDS", arity = "1..*", description = "the shard files (.h5)")
    List<Path> shards;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "merged HDF5 result file")
    Path output;

    @Option(names = "--deck", paramLabel = "DECK", description = "the deck (default: the path recorded in the shards); its text must be unchanged")
    Path deckFile;

    @Option(names = "--json", description = "print the summary as JSON on standard output")
    boolean json;

    @Override
    public Integer call() throws Exception {
        // Before the shards are pooled and analysed: the output can be written, and no other merge writes it.
        try (OutputClaim claim = OutputClaim.take(output, "ionhop merge -o " + output)) {
            return merge();
        }
    }

    private int merge() throws Exception {
        List<ShardFile.Shard> read = new ArrayList<>();
        for (Path p : shards) read.add(ShardFile.read(p));
        var pooled = ShardMerge.pool(read);
        ShardFile.Shard first = read.get(0);
        Path deckPath = deckFile != null ? deckFile : first.deckFile();
        Deck deck = Deck.load(deckPath);
        String expected = RunFingerprint.withoutSlice(first.fingerprint());
        RunPipeline pipeline = new RunPipeline(DeckModel.build(deck), new RunOptions(first.quick(), 0, output),
                RunListener.SILENT);
        String now = RunFingerprint.withoutSlice(pipeline.fingerprint(pipeline.wholeRun()));
        String difference = RunFingerprint.difference(now, expected);
        if (difference != null) {
            throw new InputException(deckPath, 0, "--deck", "the shards were run with another deck or version: " + difference,
                    "give the deck the shards ran with (--deck), or rerun the shards");
        }
        RunResult result = pipeline.combine(pooled);
        RunOutputs written = RunOutputs.write(result, output);
        RunCommand.printSummary(spec.commandLine().getOut(), json, result, written);
        return RunCommand.warnAboutInvalidResults(spec.commandLine().getErr(), result);
    }
}
