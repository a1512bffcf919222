package org.ionhop.cli;

import org.ionhop.run.Checkpointing;

import sun.misc.Signal;

/**
 * SIGTERM/SIGINT handling for {@code ionhop run}. A shutdown hook cannot do this: once the JVM is
 * shutting down, the replicas' threads keep running while hooks run, and System.exit is already in
 * progress, so the documented exit code 3 could not be set. {@code sun.misc.Signal} (jdk.unsupported,
 * present in every JDK 17) instead lets the handler just raise a flag: replicas pause at their next
 * hop boundary, the run writes its checkpoint and returns exit code 3 normally. A second signal
 * stops at once (the last checkpoint on disk stays valid: it is replaced only by atomic rename).
 *
 * <p>Installed first thing, so a signal that arrives while the deck is still loading is not lost:
 * it is passed on when the run's {@link Checkpointing} is {@link #attach attached}.
 */
final class SignalStop {
    private volatile boolean signalled;
    private volatile Checkpointing checkpointing;

    private SignalStop() {}

    static SignalStop install() {
        SignalStop stop = new SignalStop();
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), stop::onSignal);
            } catch (IllegalArgumentException e) {
                // signal not available on this platform (or reserved by the JVM): run without it
            }
        }
        return stop;
    }

    private synchronized void onSignal(Signal signal) {
        if (signalled) Runtime.getRuntime().halt(128 + signal.getNumber());
        signalled = true;
        if (checkpointing != null) checkpointing.requestTermination();
    }

    synchronized void attach(Checkpointing c) {
        checkpointing = c;
        if (signalled) c.requestTermination();
    }
}
