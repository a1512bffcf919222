package org.ionhop.network;

import org.ionhop.common.InputException;
import org.ionhop.crystal.Cell;
import org.joml.Matrix3dc;

/**
 * Copies the classified hops of the conventional cell into every cell of a supercell: site s of
 * cell c hops to site t of cell c + n (periodic), with the same vector and class. Exact by
 * translation symmetry and linear in the supercell size, so 10^6 sites take well under a second.
 */
final class SupercellReplicator {
    private SupercellReplicator() {}

    /** Largest element count of one Java array (a few below Integer.MAX_VALUE, as the JDK's own collections use). */
    static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    /**
     * Site and hop arrays are int-indexed and hold 3 doubles per site and per hop: a supercell beyond
     * that is refused here, counted in long, before anything is allocated (a Java array cannot grow
     * past 2^31 elements whatever the heap).
     */
    private static void checkArrayLimits(java.nio.file.Path source, int[] repeats, long cells, int sitesPerCell, int hopsPerCell) {
        long perCell = 3L * Math.max(sitesPerCell, hopsPerCell);
        if (cells * perCell <= MAX_ARRAY_LENGTH) return;
        int cube = (int) Math.cbrt((double) MAX_ARRAY_LENGTH / perCell);
        while ((long) cube * cube * cube * perCell > MAX_ARRAY_LENGTH) cube--;
        throw new InputException(source, 0, "supercell", String.format(java.util.Locale.ROOT,
                "%dx%dx%d cells hold %.3g sites and %.3g hops, more than Java arrays can index (at most %.3g "
                        + "of each)", repeats[0], repeats[1], repeats[2], (double) cells * sitesPerCell,
                (double) cells * hopsPerCell, (double) (MAX_ARRAY_LENGTH / 3)),
                "use a smaller supercell, at most " + cube + "x" + cube + "x" + cube + " for this network");
    }

    static HopNetwork replicate(java.nio.file.Path source, Cell cell, HopClassifier.Result conv, int[] repeats) {
        NetworkSites net = conv.sites();
        NeighbourPairs pairs = conv.pairs();
        int m = net.count(), perCell = pairs.count();
        long cells = (long) repeats[0] * repeats[1] * repeats[2];
        checkArrayLimits(source, repeats, cells, m, perCell);
        int sites = (int) (cells * m), hops = (int) (cells * perCell);
        double[] siteCartesian = new double[3 * sites];
        int[] siteType = new int[sites];
        int[] hopStart = new int[sites + 1];
        int[] hopTarget = new int[hops];
        int[] hopClass = new int[hops];
        double[] hopVector = new double[3 * hops];

        // The per-cell template: vectors and classes do not depend on the cell.
        double[] vector = new double[3 * perCell];
        for (int p = 0; p < perCell; p++) for (int k = 0; k < 3; k++) vector[3 * p + k] = pairs.vector(p, k);
        Matrix3dc mat = cell.matrix();
        double[] f = net.fractional();
        int[] n = repeats;
        int c = 0;
        for (int c0 = 0; c0 < n[0]; c0++) {
            for (int c1 = 0; c1 < n[1]; c1++) {
                for (int c2 = 0; c2 < n[2]; c2++, c++) {
                    int hopBase = c * perCell;
                    for (int s = 0; s < m; s++) {
                        int site = c * m + s;
                        siteType[site] = net.labelIndex()[s];
                        double x = f[3 * s] + c0, y = f[3 * s + 1] + c1, z = f[3 * s + 2] + c2;
                        siteCartesian[3 * site] = mat.m00() * x + mat.m10() * y + mat.m20() * z;
                        siteCartesian[3 * site + 1] = mat.m01() * x + mat.m11() * y + mat.m21() * z;
                        siteCartesian[3 * site + 2] = mat.m02() * x + mat.m12() * y + mat.m22() * z;
                        hopStart[site] = hopBase + pairs.start(s);
                    }
                    for (int p = 0; p < perCell; p++) {
                        int t0 = Math.floorMod(c0 + pairs.image(p, 0), n[0]);
                        int t1 = Math.floorMod(c1 + pairs.image(p, 1), n[1]);
                        int t2 = Math.floorMod(c2 + pairs.image(p, 2), n[2]);
                        hopTarget[hopBase + p] = ((t0 * n[1] + t1) * n[2] + t2) * m + pairs.target(p);
                        hopClass[hopBase + p] = conv.classOfPair()[p];
                    }
                    System.arraycopy(vector, 0, hopVector, 3 * hopBase, 3 * perCell);
                }
            }
        }
        hopStart[sites] = hops;
        return new HopNetwork(cell.supercell(n[0], n[1], n[2]), repeats, siteCartesian, siteType, net.labels(),
                hopStart, hopTarget, hopClass, hopVector, conv.classes());
    }
}
