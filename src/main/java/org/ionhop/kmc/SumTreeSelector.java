package org.ionhop.kmc;

/**
 * Exact selector for arbitrary rates: a complete binary tree whose leaves are the event rates and
 * whose inner nodes are the sums of their children. An update rewrites one leaf-to-root path, each
 * node recomputed as left + right (never by adding a difference), so sums carry no accumulated
 * floating-point drift. O(log n) update and selection.
 */
public final class SumTreeSelector implements EventSelector {
    private final int leaves;      // power of two >= events
    private final double[] tree;   // 1-based heap layout; tree[1] = total

    public SumTreeSelector(int eventCount) {
        int n = 1;
        while (n < Math.max(eventCount, 1)) n <<= 1;
        leaves = n;
        tree = new double[2 * n];
    }

    @Override
    public void setRate(int event, double rateHz) {
        int node = leaves + event;
        if (tree[node] == rateHz) return;
        tree[node] = rateHz;
        for (node >>= 1; node >= 1; node >>= 1) {
            tree[node] = tree[2 * node] + tree[2 * node + 1];
        }
    }

    @Override
    public double totalRateHz() { return tree[1]; }

    @Override
    public int select(double x) {
        int node = 1;
        while (node < leaves) {
            int left = 2 * node;
            // Go right only into a non-empty subtree, so rounding never lands on a zero-rate leaf.
            if (x < tree[left] || tree[left + 1] == 0) {
                node = left;
            } else {
                x -= tree[left];
                node = left + 1;
            }
        }
        return node - leaves;
    }
}
