package org.ionhop.kmc;

/** Which {@link EventSelector} a replica uses. All are exact; they differ only in speed. */
public enum SelectorKind {
    /**
     * Without pair interactions (each event's rate is fixed): UNIFORM_RATE when every hop has the same
     * rate and a random ion's random hop is free often enough ({@link #UNIFORM_ACCEPTANCE_AT_LEAST});
     * otherwise GROUPED for small networks, BITMAP for large ones (more than
     * {@link #BITMAP_ABOVE_EVENTS} hops); with pair interactions, or with more than
     * {@link #GROUPS_AT_MOST} distinct rates (a disordered landscape): SUM_TREE.
     */
    AUTO,
    /**
     * Only when every hop has one and the same rate and nothing interacts (the plain lattice gas):
     * no per-event structure at all. The number of possible hops is counted exactly (a hop changes it
     * by what the two sites' neighbours hold), and the next hop is a uniformly drawn (ion, hop of its
     * site) pair, drawn again while that hop's target is occupied, which picks each possible hop with
     * the same probability, as the n-fold way does for equal rates.
     */
    UNIFORM_RATE,
    /** {@link GroupedRateSelector}; only valid without pair interactions. */
    GROUPED,
    /** {@link BitmapRateSelector}; only valid without pair interactions. */
    BITMAP,
    /** {@link SumTreeSelector}. */
    SUM_TREE,
    /** {@link LinearScanSelector}: the slow reference, for benchmarks and cross-checks. */
    LINEAR_SCAN;

    /**
     * AUTO uses UNIFORM_RATE only when the expected fraction of draws that find a possible hop,
     * (1 - ion fraction) x (mean hops per site / most hops per site), is at least this; each failed
     * draw costs a few nanoseconds, so even 1/8 beats updating a selector's structure.
     */
    public static final double UNIFORM_ACCEPTANCE_AT_LEAST = 0.125;

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
