package org.ionhop.common;

/** Process exit codes, documented in docs/errors.md and the README so batch scripts can act on them. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A run finished but a check failed (e.g. a validation case left its tolerance). */
    public static final int CHECK_FAILED = 1;
    /** Bad input: the message names file, line, key and the fix. */
    public static final int BAD_INPUT = 2;
    /** Stopped by SIGTERM/SIGINT after writing a checkpoint; resume with --resume. */
    public static final int INTERRUPTED_CHECKPOINTED = 3;
    /** An I/O failure (disk full, unwritable output). */
    public static final int IO_ERROR = 4;
    /**
     * The JVM ran out of heap despite the up-front memory estimate; the message gives the heap limit
     * and how to raise it (IONHOP_JAVA_OPTS=-Xmx...). Never a stack trace.
     */
    public static final int OUT_OF_MEMORY = 5;
    /**
     * Another IonHop run (this host or another one sharing the file system) is writing the same
     * output; the message names it (PID, host). Start this run with another -o, or wait.
     */
    public static final int OUTPUT_LOCKED = 6;
    /** A bug in IonHop: a stack trace is printed so it can be reported. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {}
}
