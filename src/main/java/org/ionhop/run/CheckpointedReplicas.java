package org.ionhop.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;

import org.ionhop.kmc.Futures;
import org.ionhop.kmc.KmcReplica;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.KmcSimulation;
import org.ionhop.kmc.StopFlag;

/**
 * Runs a block of replicas of one temperature on a thread pool so that they can all be paused for a
 * checkpoint. A checkpoint is a round: raise the stop flag, let every running replica reach its next
 * hop boundary and return, capture the unfinished ones, write, clear the flag and submit them again.
 * Replicas that had not started when the flag rose return untouched and start fresh later. Pausing
 * never draws a random number, so the results equal an uninterrupted run bit for bit.
 */
final class CheckpointedReplicas {
    private CheckpointedReplicas() {}

    /**
     * Runs replicas [from, to) not yet finished in {@code progress} (continuing paused ones) until all
     * are finished, moving each into {@code progress.finished(t)}.
     *
     * @param writeCheckpoint writes {@code progress} (called after the paused states are stored in it)
     * @throws RunInterruptedException after the checkpoint, when termination was requested
     */
    static void run(KmcSimulation simulation, int t, int from, int to, int threads, RunProgress progress,
                    Checkpointing checkpointing, Runnable writeCheckpoint, LongConsumer onReplicaFinished) {
        Map<Integer, KmcReplica> live = new TreeMap<>();
        List<Integer> pending = new ArrayList<>();
        for (int r = from; r < to; r++) {
            if (progress.finished(t).containsKey(r)) continue;
            pending.add(r);
            var state = progress.paused(t).get(r);
            if (state != null) live.put(r, simulation.restoreReplica(state));
        }
        if (pending.isEmpty()) return;
        StopFlag stop = checkpointing.stopFlag();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, pending.size())), task -> {
            Thread th = new Thread(task, "ionhop-replica");
            th.setDaemon(true);
            return th;
        });
        try {
            while (!pending.isEmpty()) {
                Map<Integer, Future<Outcome>> round = new LinkedHashMap<>();
                for (int r : pending) {
                    KmcReplica existing = live.get(r);
                    int replica = r;
                    round.put(r, pool.submit(() -> {
                        if (stop.requested()) return new Outcome(existing, null); // not started this round
                        KmcReplica k = existing != null ? existing : simulation.newReplica(replica);
                        k.run(stop);
                        return k.result() != null ? new Outcome(null, k.result()) : new Outcome(k, null);
                    }));
                }
                awaitRound(round, checkpointing);
                List<Integer> unfinished = new ArrayList<>();
                for (var e : round.entrySet()) {
                    Outcome o = Futures.await(e.getValue());
                    KmcReplica k = o.paused();
                    if (o.result() != null) {
                        progress.finished(t).put(e.getKey(), o.result());
                        progress.paused(t).remove(e.getKey());
                        live.remove(e.getKey());
                        onReplicaFinished.accept(o.result().totalHops());
                    } else {
                        if (k != null) live.put(e.getKey(), k);
                        unfinished.add(e.getKey());
                    }
                }
                pending = unfinished;
                if (pending.isEmpty()) break;
                progress.paused(t).clear();
                for (int r : pending) if (live.containsKey(r)) progress.paused(t).put(r, live.get(r).captureState());
                writeCheckpoint.run();
                if (checkpointing.terminationRequested()) throw new RunInterruptedException(checkpointing.file());
                checkpointing.continueAfterPause();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for every replica of the round, raising the stop flag when a periodic checkpoint falls due. */
    /**
     * What a replica task hands back: the paused replica, or only the finished one's result, so the
     * working state of a finished replica (~35 bytes per site) is released while the round goes on
     * instead of every replica's state staying alive until the round ends.
     */
    private record Outcome(KmcReplica paused, ReplicaResult result) {}

    private static void awaitRound(Map<Integer, Future<Outcome>> round, Checkpointing checkpointing) {
        for (Future<Outcome> f : round.values()) {
            while (!f.isDone()) {
                long wait = checkpointing.nanosUntilDue();
                if (wait <= 0) {
                    checkpointing.requestPause();
                    Futures.await(f);
                } else {
                    try {
                        f.get(wait, TimeUnit.NANOSECONDS);
                    } catch (TimeoutException e) {
                        // due now: the loop raises the flag
                    } catch (InterruptedException | ExecutionException e) {
                        Futures.await(f); // rethrows in the common form
                    }
                }
            }
        }
    }
}
