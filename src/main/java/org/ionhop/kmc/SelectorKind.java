package org.ionhop.kmc;

/** Which {@link EventSelector} a replica uses. All are exact; they differ only in speed. */
public enum SelectorKind {
    /** GROUPED without pair interactions (rates take few fixed values), SUM_TREE with them. */
    AUTO,
    /** {@link GroupedRateSelector}; only valid without pair interactions. */
    GROUPED,
    /** {@link SumTreeSelector}. */
    SUM_TREE,
    /** {@link LinearScanSelector}: the slow reference, for benchmarks and cross-checks. */
    LINEAR_SCAN
}
