package org.ionhop.kmc;

/** Which {@link EventSelector} a replica uses. All are exact; they differ only in speed. */
public enum SelectorKind {
    /**
     * Without pair interactions (each event's rate is fixed): GROUPED for small networks, BITMAP for
     * large ones (more than {@link #BITMAP_ABOVE_EVENTS} hops); with pair interactions: SUM_TREE.
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
}
