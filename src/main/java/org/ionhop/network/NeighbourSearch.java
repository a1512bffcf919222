package org.ionhop.network;

import org.ionhop.crystal.Cell;
import org.joml.Matrix3dc;

/**
 * All pairs of sites closer than a cutoff in a periodic cell, with the lattice image of the
 * target. Correct for any (triclinic) cell and for cells smaller than the cutoff; linear in the
 * number of sites (cell list).
 *
 * <p>Why it is exact: the sites are binned on a grid in fractional coordinates. A vector of length
 * r has a fractional component along axis k of at most r / d_k, with d_k the spacing of the
 * lattice planes normal to that axis ({@link Cell#planeSpacings()}), whatever the cell angles. So
 * the neighbours of a site lie in the bins at most ceil(r n_k / d_k) away along axis k (n_k bins
 * per cell edge); counting bins past the cell edge as periodic images covers cells smaller than
 * the cutoff, each (bin, image) combination being visited once.
 */
public final class NeighbourSearch {
    /** Pairs up to cutoff + this (Å) are kept, so hops exactly at the cutoff are not lost to rounding. */
    public static final double TOLERANCE_ANGSTROM = 1e-6;

    private NeighbourSearch() {}

    /**
     * @param cell          the periodic cell
     * @param fractional    3 coordinates per site (any values; positions are taken modulo 1)
     * @param cutoffAngstrom largest pair distance, Å (> 0)
     * @return every directed pair i→j(image n) with 0 < |r_j + n·M − r_i| ≤ cutoff, where the
     *         image n refers to the positions exactly as given
     */
    public static NeighbourPairs find(Cell cell, double[] fractional, double cutoffAngstrom) {
        if (!(cutoffAngstrom > 0)) throw new IllegalArgumentException("cutoff must be positive: " + cutoffAngstrom);
        if (fractional.length % 3 != 0) throw new IllegalArgumentException("3 coordinates per site expected");
        int n = fractional.length / 3;
        double reach = cutoffAngstrom + TOLERANCE_ANGSTROM;
        double reach2 = reach * reach;
        Matrix3dc m = cell.matrix();
        double[] spacing = cell.planeSpacings();
        int[] bins = binsPerAxis(spacing, reach, n);
        int[] span = new int[3];
        for (int k = 0; k < 3; k++) span[k] = (int) Math.ceil(reach * bins[k] / spacing[k]);

        // Wrap into [0,1), remembering the shift so images refer to the input positions.
        double[] wrapped = new double[3 * n];
        int[] shift = new int[3 * n];
        int[] binOf = new int[n];
        double[] cart = new double[3 * n];
        for (int i = 0; i < n; i++) {
            int[] b = new int[3];
            for (int k = 0; k < 3; k++) {
                double f = fractional[3 * i + k];
                int s = (int) Math.floor(f);
                double w = f - s;
                if (w >= 1.0) { w = 0.0; s++; }
                wrapped[3 * i + k] = w;
                shift[3 * i + k] = s;
                b[k] = Math.min(bins[k] - 1, (int) (w * bins[k]));
            }
            binOf[i] = (b[0] * bins[1] + b[1]) * bins[2] + b[2];
            toCartesian(m, wrapped[3 * i], wrapped[3 * i + 1], wrapped[3 * i + 2], cart, 3 * i);
        }
        int binCount = bins[0] * bins[1] * bins[2];
        int[] binStart = new int[binCount + 1];
        for (int i = 0; i < n; i++) binStart[binOf[i] + 1]++;
        for (int b = 0; b < binCount; b++) binStart[b + 1] += binStart[b];
        int[] binSites = new int[n];
        int[] fill = binStart.clone();
        for (int i = 0; i < n; i++) binSites[fill[binOf[i]]++] = i;

        Grid grid = new Grid(m, bins, span, binStart, binSites, cart, reach2);
        PairBuffer out = new PairBuffer(n);
        for (int i = 0; i < n; i++) {
            out.startSite(i);
            grid.pairsOf(i, binOf[i], shift, out);
        }
        return out.finish();
    }

    /**
     * Shortest distance between any two sites (a site and its own image included), Å. Every site
     * has its own image at the shortest cell edge, so searching that far always finds a pair.
     */
    public static double shortestDistance(Cell cell, double[] fractional) {
        double reach = Math.min(cell.lengthA(), Math.min(cell.lengthB(), cell.lengthC()));
        NeighbourPairs pairs = find(cell, fractional, reach);
        double best = Double.POSITIVE_INFINITY;
        for (int p = 0; p < pairs.count(); p++) best = Math.min(best, pairs.length(p));
        return best;
    }

    /** Bins at least the reach wide (plane spacing), and not many more bins than sites. */
    private static int[] binsPerAxis(double[] spacing, double reach, int sites) {
        int[] bins = new int[3];
        for (int k = 0; k < 3; k++) bins[k] = (int) Math.max(1, Math.min(1024, Math.floor(spacing[k] / reach)));
        while ((long) bins[0] * bins[1] * bins[2] > 2L * Math.max(1, sites)) {
            int k = bins[0] >= bins[1] && bins[0] >= bins[2] ? 0 : bins[1] >= bins[2] ? 1 : 2;
            bins[k] = Math.max(1, bins[k] / 2);
        }
        return bins;
    }

    private static void toCartesian(Matrix3dc m, double f0, double f1, double f2, double[] out, int at) {
        out[at] = m.m00() * f0 + m.m10() * f1 + m.m20() * f2;
        out[at + 1] = m.m01() * f0 + m.m11() * f1 + m.m21() * f2;
        out[at + 2] = m.m02() * f0 + m.m12() * f1 + m.m22() * f2;
    }

    /** The binned sites; {@link #pairsOf} scans the bins around one site (a method of its own so it JIT-compiles early). */
    private record Grid(Matrix3dc m, int[] bins, int[] span, int[] binStart, int[] binSites, double[] cart, double reach2) {
        void pairsOf(int i, int binOfI, int[] shift, PairBuffer out) {
            double[] imageCart = new double[3];
            int b2 = binOfI % bins[2];
            int b1 = (binOfI / bins[2]) % bins[1];
            int b0 = binOfI / (bins[2] * bins[1]);
            double xi = cart[3 * i], yi = cart[3 * i + 1], zi = cart[3 * i + 2];
            for (int o0 = -span[0]; o0 <= span[0]; o0++) {
                int w0 = Math.floorMod(b0 + o0, bins[0]), n0 = Math.floorDiv(b0 + o0, bins[0]);
                for (int o1 = -span[1]; o1 <= span[1]; o1++) {
                    int w1 = Math.floorMod(b1 + o1, bins[1]), n1 = Math.floorDiv(b1 + o1, bins[1]);
                    for (int o2 = -span[2]; o2 <= span[2]; o2++) {
                        int w2 = Math.floorMod(b2 + o2, bins[2]), n2 = Math.floorDiv(b2 + o2, bins[2]);
                        toCartesian(m, n0, n1, n2, imageCart, 0);
                        int bin = (w0 * bins[1] + w1) * bins[2] + w2;
                        boolean home = n0 == 0 && n1 == 0 && n2 == 0;
                        for (int q = binStart[bin]; q < binStart[bin + 1]; q++) {
                            int j = binSites[q];
                            if (home && j == i) continue;
                            double dx = cart[3 * j] + imageCart[0] - xi;
                            double dy = cart[3 * j + 1] + imageCart[1] - yi;
                            double dz = cart[3 * j + 2] + imageCart[2] - zi;
                            if (dx * dx + dy * dy + dz * dz <= reach2) {
                                out.add(j, n0 - shift[3 * j] + shift[3 * i], n1 - shift[3 * j + 1] + shift[3 * i + 1],
                                        n2 - shift[3 * j + 2] + shift[3 * i + 2], dx, dy, dz);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Growable primitive storage for the pairs, filled site by site. */
    private static final class PairBuffer {
        private final int[] start;
        private int[] target = new int[1024];
        private int[] image = new int[3 * 1024];
        private double[] vector = new double[3 * 1024];
        private int size;

        PairBuffer(int sites) {
            start = new int[sites + 1];
        }

        void startSite(int i) {
            start[i] = size;
        }

        void add(int j, int n0, int n1, int n2, double dx, double dy, double dz) {
            if (size == target.length) {
                int cap = Math.max(1024, target.length * 2);
                target = java.util.Arrays.copyOf(target, cap);
                image = java.util.Arrays.copyOf(image, 3 * cap);
                vector = java.util.Arrays.copyOf(vector, 3 * cap);
            }
            target[size] = j;
            image[3 * size] = n0;
            image[3 * size + 1] = n1;
            image[3 * size + 2] = n2;
            vector[3 * size] = dx;
            vector[3 * size + 1] = dy;
            vector[3 * size + 2] = dz;
            size++;
        }

        NeighbourPairs finish() {
            start[start.length - 1] = size;
            return new NeighbourPairs(start, java.util.Arrays.copyOf(target, size),
                    java.util.Arrays.copyOf(image, 3 * size), java.util.Arrays.copyOf(vector, 3 * size));
        }
    }
}
