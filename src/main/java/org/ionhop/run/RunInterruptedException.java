package org.ionhop.run;

import java.nio.file.Path;

/** The run stopped on request after writing a checkpoint (exit code 3; continue with --resume). */
public final class RunInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path checkpoint;

    public RunInterruptedException(Path checkpoint) {
        super("stopped on request; checkpoint written to " + checkpoint);
        this.checkpoint = checkpoint;
    }

    /** The checkpoint written before stopping (null when checkpoints were off). */
    public Path checkpoint() { return checkpoint; }
}
