package org.ionhop.rates.ce;

import java.util.Arrays;

/**
 * A cluster point (u, n0, n1, n2) — cell site u with lattice offset n — packed in one long so that
 * clusters are sortable arrays: u in the top 16 bits, each offset in 16 bits (shifted by 2^15).
 * Sorting packed points orders them by u, then n0, n1, n2.
 */
final class Points {
    private static final int OFF = 1 << 15;

    private Points() {}

    static long pack(int u, int n0, int n1, int n2) {
        return ((long) u << 48) | ((long) (n0 + OFF) << 32) | ((long) (n1 + OFF) << 16) | (n2 + OFF);
    }

    static int u(long p) { return (int) (p >>> 48); }
    static int n0(long p) { return (int) ((p >>> 32) & 0xFFFF) - OFF; }
    static int n1(long p) { return (int) ((p >>> 16) & 0xFFFF) - OFF; }
    static int n2(long p) { return (int) (p & 0xFFFF) - OFF; }

    /** The cluster sorted, translated so that its first point lies in cell (0, 0, 0): one form per translation class. */
    static long[] canonical(long[] cluster) {
        long[] c = cluster.clone();
        Arrays.sort(c);
        int d0 = n0(c[0]), d1 = n1(c[0]), d2 = n2(c[0]);
        for (int k = 0; k < c.length; k++) c[k] = pack(u(c[k]), n0(c[k]) - d0, n1(c[k]) - d1, n2(c[k]) - d2);
        Arrays.sort(c);
        return c;
    }

    /** Image of a cluster under space-group operation g (not canonical). */
    static long[] image(CeSites sites, int g, long[] cluster) {
        long[] out = new long[cluster.length];
        var op = sites.operation(g);
        for (int k = 0; k < cluster.length; k++) {
            long p = cluster[k];
            int u = u(p);
            int[] nn = {n0(p), n1(p), n2(p)};
            int[] m = new int[3];
            for (int r = 0; r < 3; r++) {
                m[r] = sites.shift(g, u, r) + op.rotation(r, 0) * nn[0] + op.rotation(r, 1) * nn[1]
                        + op.rotation(r, 2) * nn[2];
            }
            out[k] = pack(sites.image(g, u), m[0], m[1], m[2]);
        }
        return out;
    }

    static String key(long[] canonical) { return Arrays.toString(canonical); }
}
