package org.ionhop.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.ionhop.kmc.StopFlag;

/**
 * When a run writes checkpoints and when it must stop: every {@code intervalSeconds} of wall-clock
 * time (0 = never periodically), and on {@link #requestTermination()} (SIGTERM/SIGINT), after which
 * the run writes a final checkpoint and throws {@link RunInterruptedException}. Both pause every
 * replica through one {@link StopFlag}, which replicas read at hop boundaries.
 */
public final class Checkpointing {
    private final Path file;
    private final double intervalSeconds;
    private final StopFlag stop = new StopFlag();
    private volatile boolean terminate;
    private long lastWriteNanos = System.nanoTime();

    /**
     * @param file            checkpoint file, or null to never write one
     * @param intervalSeconds wall-clock seconds between periodic checkpoints; 0 = only on termination
     */
    public Checkpointing(Path file, double intervalSeconds) {
        if (!(intervalSeconds >= 0)) throw new IllegalArgumentException("checkpoint interval must be >= 0 s");
        this.file = file;
        this.intervalSeconds = intervalSeconds;
    }

    /** No checkpoints (library use, validation cases). */
    public static Checkpointing none() { return new Checkpointing(null, 0); }

    public Path file() { return file; }

    /** From any thread (a signal handler): finish the current hops, write a checkpoint, stop. */
    public void requestTermination() {
        terminate = true; // before the flag: whoever sees the flag and clears it re-checks this
        stop.request();
    }

    public boolean terminationRequested() { return terminate; }

    StopFlag stopFlag() { return stop; }

    /** Nanoseconds until a periodic checkpoint is due (<= 0: now); Long.MAX_VALUE when never. */
    long nanosUntilDue() {
        // Beyond ~30 years the nanosecond sum would overflow into "due now" on every hop.
        if (file == null || intervalSeconds == 0 || intervalSeconds > 1e9) return Long.MAX_VALUE;
        return lastWriteNanos + (long) (intervalSeconds * 1e9) - System.nanoTime();
    }

    /** A periodic checkpoint is due: pause the replicas. */
    void requestPause() { stop.request(); }

    /** After a checkpoint: let replicas run again, unless termination was requested meanwhile. */
    void continueAfterPause() {
        stop.clear();
        if (terminate) stop.request();
    }

    void write(String fingerprint, RunProgress progress) {
        if (file == null) return;
        try {
            CheckpointFile.write(file, fingerprint, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file, e);
        }
        lastWriteNanos = System.nanoTime();
    }
}
