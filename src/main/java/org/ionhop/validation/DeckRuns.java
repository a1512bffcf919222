package org.ionhop.validation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.ionhop.output.RunResult;
import org.ionhop.run.RunListener;
import org.ionhop.run.RunOptions;
import org.ionhop.run.RunPipeline;

/**
 * Runs decks through the same pipeline as {@code ionhop run} (in memory, no files), once per deck:
 * several cases compare different numbers of one run. {@code --quick} is the pipeline's own quick preset.
 */
public final class DeckRuns {
    private final boolean quick;
    private final int threads;
    private final Map<Path, RunResult> done = new HashMap<>();

    public DeckRuns(boolean quick, int threads) {
        this.quick = quick;
        this.threads = threads;
    }

    public synchronized RunResult result(Path deck) {
        return done.computeIfAbsent(deck.toAbsolutePath().normalize(),
                d -> RunPipeline.forDeck(d, new RunOptions(quick, threads, null), RunListener.SILENT).run());
    }
}
