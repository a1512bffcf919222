package org.ionhop.network;

import java.util.Arrays;

import org.joml.Matrix3d;
import org.joml.Vector3d;

/**
 * A site order along the Z-order (Morton) curve of the supercell's cells: cells are visited by
 * interleaving the bits of their three cell indices, the sites of one cell stay together in network
 * order. Sites a few hops apart then get nearby indices in every direction, not only along the
 * fastest axis, so per-site and per-hop arrays indexed in this order keep a hop's neighbourhood in
 * a few cache lines and pages. On large lattices the kMC loop is bound by those scattered accesses.
 */
public final class ZOrder {
    private static final int SITE_BITS = 31;
    private static final double EDGE_TOLERANCE = 1e-9; // a site at fractional 0 may round to just below

    private ZOrder() {}

    /**
     * Network site indices in Z-order: {@code order[k]} is the site visited k-th. The identity when
     * the supercell is too long along one axis for the key (more than 2^10 cells).
     */
    public static int[] siteOrder(HopNetwork network) {
        int sites = network.siteCount();
        int[] repeats = network.supercell();
        int bits = 0;
        for (int n : repeats) bits = Math.max(bits, 32 - Integer.numberOfLeadingZeros(Math.max(n - 1, 0)));
        int[] order = new int[sites];
        if (3 * bits + SITE_BITS > 63) {
            Arrays.setAll(order, s -> s);
            return order;
        }
        Matrix3d toFractional = new Matrix3d(network.supercellCell().matrix()).invert();
        double[] cartesian = network.siteCartesian();
        long[] keyAndSite = new long[sites];
        Vector3d v = new Vector3d();
        for (int s = 0; s < sites; s++) {
            toFractional.transform(v.set(cartesian[3 * s], cartesian[3 * s + 1], cartesian[3 * s + 2]));
            long key = 0;
            double[] f = {v.x, v.y, v.z};
            for (int axis = 0; axis < 3; axis++) {
                long cell = Math.floorMod((long) Math.floor(f[axis] * repeats[axis] + EDGE_TOLERANCE), repeats[axis]);
                key |= spread(cell) << (2 - axis);
            }
            keyAndSite[s] = key << SITE_BITS | s;
        }
        Arrays.sort(keyAndSite);
        for (int k = 0; k < sites; k++) order[k] = (int) (keyAndSite[k] & ((1L << SITE_BITS) - 1));
        return order;
    }

    /** The bits of x at every third position (bit b to bit 3b). */
    private static long spread(long x) {
        long r = 0;
        for (int b = 0; b < 21; b++) r |= ((x >> b) & 1L) << (3 * b);
        return r;
    }
}
