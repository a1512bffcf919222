package org.ionhop.kmc;

/**
 * Asks running replicas to pause at their next hop boundary (for a checkpoint or a shutdown).
 * Replicas read it once every {@link KmcReplica#STOP_CHECK_HOPS} hops, before drawing any random
 * number, so pausing never changes the random sequence. Set from any thread (e.g. a signal handler).
 */
public final class StopFlag {
    private volatile boolean requested;

    public void request() { requested = true; }

    public void clear() { requested = false; }

    public boolean requested() { return requested; }
}
