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
 */
final class SignalStop {
    private SignalStop() {}

    static void install(Checkpointing checkpointing) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    if (checkpointing.terminationRequested()) Runtime.getRuntime().halt(128 + signal.getNumber());
                    checkpointing.requestTermination();
                });
            } catch (IllegalArgumentException e) {
                // signal not available on this platform (or reserved by the JVM): run without it
            }
        }
    }
}
