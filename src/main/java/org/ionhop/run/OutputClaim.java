package org.ionhop.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ionhop.output.AtomicFiles;
import org.ionhop.output.OutputLocation;
import org.ionhop.output.OutputLock;

/**
 * A run's claim on its output, taken before anything is computed: the location is checked
 * ({@link OutputLocation}), the output locked against other runs ({@link OutputLock}) and, under
 * that lock, temporary files that killed runs left for this output (result, checkpoint, summary,
 * plots) are removed. Held until the result is written and the checkpoint deleted.
 */
public final class OutputClaim implements AutoCloseable {
    private final OutputLock lock;
    private final List<Path> removedOrphans;

    private OutputClaim(OutputLock lock, List<Path> removedOrphans) {
        this.lock = lock;
        this.removedOrphans = List.copyOf(removedOrphans);
    }

    /**
     * @param output  the result file as the user gave it
     * @param command what this run is (recorded in the lock file)
     * @throws IOException                                  for an unwritable location (one-line reason)
     * @throws org.ionhop.output.OutputLockedException when another run writes this output
     */
    public static OutputClaim take(Path output, String command) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        OutputLocation.prepare(output, List.of(RunOutputs.summaryOf(absolute), CheckpointFile.besideOutput(absolute)),
                List.of(RunOutputs.plotsOf(absolute)));
        OutputLock lock = OutputLock.acquire(absolute, command);
        List<Path> removed = new ArrayList<>();
        removed.addAll(AtomicFiles.removeOrphans(absolute));
        removed.addAll(AtomicFiles.removeOrphans(CheckpointFile.besideOutput(absolute)));
        removed.addAll(AtomicFiles.removeOrphans(RunOutputs.summaryOf(absolute)));
        removed.addAll(AtomicFiles.removeOrphans(RunOutputs.plotsOf(absolute), "[^/]+\\.png"));
        return new OutputClaim(lock, removed);
    }

    /** Temporary files of killed runs removed when the claim was taken. */
    public List<Path> removedOrphans() { return removedOrphans; }

    @Override
    public void close() {
        lock.close();
    }
}
