package org.ionhop.network;

/**
 * Directed neighbour pairs found by {@link NeighbourSearch}, as primitive arrays grouped by source
 * site: the pairs of site i are {@code start(i) .. start(i+1)-1}. Every pair i→j (image n) comes
 * with its reverse j→i (image −n). A pair is "site j in the cell translated by the lattice vector
 * n" seen from site i; i = j with n ≠ 0 (a site and its own periodic image) is a pair too.
 */
public final class NeighbourPairs {
    private final int[] start;
    private final int[] target;
    private final int[] image;
    private final double[] vector;

    NeighbourPairs(int[] start, int[] target, int[] image, double[] vector) {
        this.start = start;
        this.target = target;
        this.image = image;
        this.vector = vector;
    }

    public int siteCount() { return start.length - 1; }
    public int count() { return target.length; }
    /** First pair of site i; {@code start(siteCount())} is the number of pairs. */
    public int start(int site) { return start[site]; }
    public int target(int pair) { return target[pair]; }
    /** Component k (0..2) of the integer lattice translation n applied to the target. */
    public int image(int pair, int k) { return image[3 * pair + k]; }
    /** Component k of the Cartesian vector from the source to the target image, Å. */
    public double vector(int pair, int k) { return vector[3 * pair + k]; }

    public double length(int pair) {
        double x = vector[3 * pair], y = vector[3 * pair + 1], z = vector[3 * pair + 2];
        return Math.sqrt(x * x + y * y + z * z);
    }

    /** The pairs no longer than {@code maxLengthAngstrom} (for percolation thresholds). */
    NeighbourPairs upTo(double maxLengthAngstrom) {
        int[] newStart = new int[start.length];
        int kept = 0;
        for (int p = 0; p < count(); p++) if (length(p) <= maxLengthAngstrom) kept++;
        int[] t = new int[kept];
        int[] im = new int[3 * kept];
        double[] v = new double[3 * kept];
        int q = 0;
        for (int s = 0; s < siteCount(); s++) {
            newStart[s] = q;
            for (int p = start[s]; p < start[s + 1]; p++) {
                if (length(p) > maxLengthAngstrom) continue;
                t[q] = target[p];
                System.arraycopy(image, 3 * p, im, 3 * q, 3);
                System.arraycopy(vector, 3 * p, v, 3 * q, 3);
                q++;
            }
        }
        newStart[siteCount()] = q;
        return new NeighbourPairs(newStart, t, im, v);
    }

    /** Source site of a pair (binary search; for tests and reports, not hot loops). */
    public int source(int pair) {
        int lo = 0, hi = siteCount() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (start[mid] <= pair) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}
