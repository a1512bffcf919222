package org.ionhop.run;

import java.nio.file.Path;

/**
 * Command-line choices that override or scale the deck.
 *
 * @param quick   a short preset: a quarter of the run length and equilibration, at most 4 replicas
 * @param threads worker threads, or 0 to use the deck's {@code run.threads}
 * @param output  HDF5 result path, or null for the deck's {@code output}
 */
public record RunOptions(boolean quick, int threads, Path output) {
    /** Fraction of the deck's run length that {@code --quick} runs. */
    public static final double QUICK_LENGTH_FACTOR = 0.25;
    /** Replicas that {@code --quick} runs at most. */
    public static final int QUICK_MAX_REPLICAS = 4;

    public static RunOptions defaults() {
        return new RunOptions(false, 0, null);
    }
}
