package org.ionhop.run;

import java.util.Map;
import java.util.TreeMap;

import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.ReplicaState;

/**
 * How far a run has got, per temperature index: finished replicas (their results) and paused
 * replicas (their full state). Replicas in neither map have not started. This is what a checkpoint
 * holds; finished temperatures are kept as replica results and analysed again on resume, which is
 * deterministic, so the resumed numbers are the uninterrupted ones.
 */
public final class RunProgress {
    private final Map<Integer, Map<Integer, ReplicaResult>> finished = new TreeMap<>();
    private final Map<Integer, Map<Integer, ReplicaState>> paused = new TreeMap<>();

    /** Finished replicas of temperature {@code t}, by replica index (a live, sorted view). */
    public Map<Integer, ReplicaResult> finished(int t) {
        return finished.computeIfAbsent(t, k -> new TreeMap<>());
    }

    /** Paused replicas of temperature {@code t}, by replica index (a live, sorted view). */
    public Map<Integer, ReplicaState> paused(int t) {
        return paused.computeIfAbsent(t, k -> new TreeMap<>());
    }

    /** Temperature indices with any finished or paused replica, ascending. */
    public java.util.SortedSet<Integer> temperatures() {
        java.util.TreeSet<Integer> t = new java.util.TreeSet<>(finished.keySet());
        t.addAll(paused.keySet());
        return t;
    }
}
