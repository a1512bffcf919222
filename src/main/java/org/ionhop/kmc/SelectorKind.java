package org.ionhop.kmc;

/** Which {@link EventSelector} a replica uses. All are exact; they differ only in speed. */
public enum SelectorKind {
    /**
     * Without pair interactions (each event's rate is fixed): GROUPED for small networks, BITMAP for
     * large ones (more than {@link #BITMAP_ABOVE_EVENTS} hops); with pair interactions, or with more
     * than {@link #GROUPS_AT_MOST} distinct rates (a disordered landscape): SUM_TREE.
     */
    AUTO,
    /** {@link GroupedRateSelector}; only valid without pair interactions. */
    GROUPED,
    /** {@link BitmapRateSelector}; only valid without pair interactions. */
    BITMAP,
    /** {@link SumTreeSelector}. */
    SUM_TREE,
    /** {@link LinearScanSelector}: the slow reference, for benchmarks and cross-checks. */
    LINEAR_SCAN;

    /** AUTO's switch-over from GROUPED to BITMAP, in events (directed hops). */
    public static final int BITMAP_ABOVE_EVENTS = 1 << 17;

    /**
     * AUTO uses a rate-group selector only up to this many distinct rates: both group selectors scan
     * their groups on every selection, the sum tree's cost does not grow with the number of rates.
     */
    public static final int GROUPS_AT_MOST = 64;

    /** Whether {@code rateHz} holds at most {@code limit} distinct positive values (stops counting past it). */
    static boolean fewDistinctRates(double[] rateHz, int limit) {
        java.util.HashSet<Double> seen = new java.util.HashSet<>();
        for (double r : rateHz) {
            if (r > 0 && seen.add(r) && seen.size() > limit) return false;
        }
        return true;
    }
}
