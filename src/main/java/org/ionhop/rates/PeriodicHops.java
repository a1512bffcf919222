package org.ionhop.rates;

import org.ionhop.network.CellTemplate;
import org.ionhop.network.HopNetwork;

/**
 * The hops of a network that repeats one cell over an n0 x n1 x n2 supercell (as the network
 * builder makes them: site = cell * m + s, hop = cell * P + p, cell = (c0 * n1 + c1) * n2 + c2),
 * kept as the P hops of one cell: per pair p its source and target site in the cell, the target's
 * cell offset and the reverse pair. The loop computes a hop's target and reverse from these with
 * a few integer operations instead of reading per-hop tables: at 10^6 sites those tables are
 * hundreds of MB, and every read of them is a dependent miss to main memory (about 200 ns on the
 * benchmark machine) on the path from one hop to the next.
 *
 * <p>{@link #of} accepts a network only after checking every hop's target, reverse, class and vector
 * (and every site's type) against the template, so the computed hops are exactly the table's. It sits in {@code rates}
 * because the pair interactions ({@link RateModel}) walk the same hops as interaction shells.
 * Immutable; shared by replicas. The fields are public for the hot loops that read them; never
 * write to the arrays.
 */
public final class PeriodicHops {
    /** Cells along each supercell axis. */
    public final int n0, n1, n2;
    public final int sitesPerCell;
    public final int pairsPerCell;
    /** Per site of the cell: its first pair and one past its last. */
    public final int[] firstPair, endPair;
    /** Per pair: source and target site within a cell, target cell offset (0 .. n-1 per axis), reverse pair. */
    public final int[] pairSource, pairTarget, offset0, offset1, offset2, reversePair;
    /** Per pair: hop class and the caller's hop-vector id (the {@code vectorIdOfHop} given to {@link #of}). */
    public final int[] pairClass, pairVector;
    /** Per site of the cell: its site type (the same in every cell). */
    public final int[] siteType;
    /**
     * Per pair: target site minus source site when no axis wraps (offsets taken as the nearest
     * image, -n/2 .. n/2), valid for the cells that {@link #isInterior} accepts.
     */
    public final int[] pairSiteDelta;
    /** Per axis, the cells c with lowMargin <= c < n - highMargin reach every pair's target without wrapping. */
    private final int[] lowMargin = new int[3], highMargin = new int[3];

    private PeriodicHops(int[] n, int m, int pairs) {
        n0 = n[0];
        n1 = n[1];
        n2 = n[2];
        sitesPerCell = m;
        pairsPerCell = pairs;
        firstPair = new int[m];
        endPair = new int[m];
        pairSource = new int[pairs];
        pairTarget = new int[pairs];
        offset0 = new int[pairs];
        offset1 = new int[pairs];
        offset2 = new int[pairs];
        reversePair = new int[pairs];
        pairClass = new int[pairs];
        pairVector = new int[pairs];
        siteType = new int[m];
        pairSiteDelta = new int[pairs];
    }

    /**
     * The template of a network that repeats one cell exactly, or null when it does not.
     *
     * @param vectorIdOfHop per hop, an id of its hop vector that must repeat by translation too
     */
    public static PeriodicHops of(HopNetwork network, HopTopology topology, int[] vectorIdOfHop) {
        int[] n = network.supercell();
        long cells = (long) n[0] * n[1] * n[2];
        int sites = network.siteCount(), hops = network.hopCount();
        if (n.length != 3 || cells < 1 || sites % cells != 0 || hops % cells != 0) return null;
        int m = (int) (sites / cells), pairs = (int) (hops / cells);
        int[] start = network.hopStart();
        int[] target = network.hopTarget();
        int[] reverse = topology.reverseHop();
        int[] hopClass = network.hopClass();
        PeriodicHops t = new PeriodicHops(n, m, pairs);
        int[] type = network.siteType();
        for (int s = 0; s < m; s++) {
            t.firstPair[s] = start[s];
            t.endPair[s] = start[s + 1];
            t.siteType[s] = type[s];
        }
        for (int p = 0; p < pairs; p++) {
            int tc = target[p] / m;
            t.pairSource[p] = topology.hopSource()[p];
            t.pairTarget[p] = target[p] - tc * m;
            t.offset2[p] = tc % n[2];
            t.offset1[p] = tc / n[2] % n[1];
            t.offset0[p] = tc / n[2] / n[1];
            if (reverse[p] / pairs != tc) return null;
            t.reversePair[p] = reverse[p] - tc * pairs;
            t.pairClass[p] = hopClass[p];
            t.pairVector[p] = vectorIdOfHop[p];
        }
        t.setSiteDeltas();
        for (int cell = 0; cell < cells; cell++) {
            int c2 = cell % n[2], c1 = cell / n[2] % n[1], c0 = cell / n[2] / n[1];
            for (int s = 0; s < m; s++) {
                if (start[cell * m + s] != cell * pairs + t.firstPair[s] || type[cell * m + s] != t.siteType[s]) return null;
            }
            for (int p = 0; p < pairs; p++) {
                int h = cell * pairs + p;
                int tc = t.targetCell(c0, c1, c2, p);
                if (target[h] != tc * m + t.pairTarget[p] || reverse[h] != tc * pairs + t.reversePair[p]
                        || hopClass[h] != t.pairClass[p] || vectorIdOfHop[h] != t.pairVector[p]) {
                    return null;
                }
            }
        }
        return t;
    }

    /**
     * The template of a network built from one repeated cell ({@link HopNetwork#template()}): exact
     * by construction, so nothing per hop is read or checked, and the network's per-hop arrays are
     * never built.
     *
     * @param vectorIdOfPair per pair of the cell, an id of its hop vector
     */
    public static PeriodicHops of(CellTemplate cell, int[] supercell, int[] vectorIdOfPair) {
        int m = cell.sitesPerCell(), pairs = cell.pairsPerCell();
        PeriodicHops t = new PeriodicHops(supercell, m, pairs);
        for (int s = 0; s < m; s++) {
            t.firstPair[s] = cell.pairStart(s);
            t.endPair[s] = cell.pairStart(s + 1);
            t.siteType[s] = cell.siteType(s);
        }
        int[][] offset = {t.offset0, t.offset1, t.offset2};
        for (int p = 0; p < pairs; p++) {
            t.pairSource[p] = sourceOf(cell, p);
            t.pairTarget[p] = cell.pairTarget(p);
            for (int k = 0; k < 3; k++) offset[k][p] = Math.floorMod(cell.pairImage(p, k), supercell[k]);
            t.pairClass[p] = cell.pairClass(p);
            t.pairVector[p] = vectorIdOfPair[p];
        }
        for (int p = 0; p < pairs; p++) {
            t.reversePair[p] = -1;
            for (int r = cell.pairStart(t.pairTarget[p]); r < cell.pairStart(t.pairTarget[p] + 1); r++) {
                if (cell.pairTarget(r) == t.pairSource[p] && cell.pairImage(r, 0) == -cell.pairImage(p, 0)
                        && cell.pairImage(r, 1) == -cell.pairImage(p, 1) && cell.pairImage(r, 2) == -cell.pairImage(p, 2)) {
                    t.reversePair[p] = r;
                }
            }
            if (t.reversePair[p] < 0) throw new IllegalArgumentException("pair " + p + " of the cell has no reverse");
        }
        t.setSiteDeltas();
        return t;
    }

    private static int sourceOf(CellTemplate cell, int pair) {
        int s = 0;
        while (cell.pairStart(s + 1) <= pair) s++;
        return s;
    }

    private void setSiteDeltas() {
        int[] n = {n0, n1, n2};
        int[][] offset = {offset0, offset1, offset2};
        for (int p = 0; p < pairsPerCell; p++) {
            int cellDelta = 0;
            for (int axis = 0; axis < 3; axis++) {
                int o = offset[axis][p];
                int signed = o <= n[axis] / 2 ? o : o - n[axis];
                lowMargin[axis] = Math.max(lowMargin[axis], -signed);
                highMargin[axis] = Math.max(highMargin[axis], signed);
                cellDelta = cellDelta * n[axis] + signed;
            }
            pairSiteDelta[p] = cellDelta * sitesPerCell + pairTarget[p] - pairSource[p];
        }
    }

    /** Whether from cell (c0, c1, c2) every pair's target is its source plus {@link #pairSiteDelta}. */
    public boolean isInterior(int c0, int c1, int c2) {
        return c0 >= lowMargin[0] && c0 < n0 - highMargin[0] && c1 >= lowMargin[1] && c1 < n1 - highMargin[1]
                && c2 >= lowMargin[2] && c2 < n2 - highMargin[2];
    }

    /** Index of the cell that pair p leads to from cell (c0, c1, c2). */
    public int targetCell(int c0, int c1, int c2, int p) {
        return (wrap0(c0, p) * n1 + wrap1(c1, p)) * n2 + wrap2(c2, p);
    }

    /** Cell coordinate along axis 0 after pair p's offset, periodic (both terms are in 0 .. n0-1). */
    public int wrap0(int c0, int p) {
        int x = c0 + offset0[p];
        return x >= n0 ? x - n0 : x;
    }

    public int wrap1(int c1, int p) {
        int x = c1 + offset1[p];
        return x >= n1 ? x - n1 : x;
    }

    public int wrap2(int c2, int p) {
        int x = c2 + offset2[p];
        return x >= n2 ? x - n2 : x;
    }
}
