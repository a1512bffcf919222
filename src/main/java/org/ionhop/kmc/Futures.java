package org.ionhop.kmc;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for replica tasks: a replica's own exception surfaces unchanged, not wrapped. */
public final class Futures {
    private Futures() {}

    public static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("kMC run interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException("replica failed", e.getCause());
        }
    }
}
