package org.ionhop.rates;

import org.ionhop.network.HopNetwork;

/**
 * Per-hop lookups the network's CSR layout does not store directly: the source site of every hop
 * and the index of its reverse hop (j→i with the opposite vector), so the kMC loop can switch the
 * hops into a site on and off in O(1).
 */
public final class HopTopology {
    private static final double VECTOR_TOLERANCE_ANGSTROM = 1e-6;
    private final int[] hopSource;
    private final int[] reverseHop;

    public HopTopology(HopNetwork network) {
        int[] start = network.hopStart();
        int[] target = network.hopTarget();
        double[] vec = network.hopVector();
        hopSource = new int[network.hopCount()];
        for (int s = 0; s < network.siteCount(); s++) {
            for (int h = start[s]; h < start[s + 1]; h++) hopSource[h] = s;
        }
        reverseHop = new int[network.hopCount()];
        for (int h = 0; h < hopSource.length; h++) {
            int j = target[h];
            int found = -1;
            for (int r = start[j]; r < start[j + 1] && found < 0; r++) {
                if (target[r] == hopSource[h]
                        && Math.abs(vec[3 * r] + vec[3 * h]) < VECTOR_TOLERANCE_ANGSTROM
                        && Math.abs(vec[3 * r + 1] + vec[3 * h + 1]) < VECTOR_TOLERANCE_ANGSTROM
                        && Math.abs(vec[3 * r + 2] + vec[3 * h + 2]) < VECTOR_TOLERANCE_ANGSTROM) {
                    found = r;
                }
            }
            if (found < 0) {
                throw new IllegalArgumentException("hop " + h + " from site " + hopSource[h] + " to site " + j
                        + " has no reverse hop in the network");
            }
            reverseHop[h] = found;
        }
    }

    /** Source site of each hop. Backing array: do not modify. */
    public int[] hopSource() { return hopSource; }

    /** Index of the reverse of each hop. Backing array: do not modify. */
    public int[] reverseHop() { return reverseHop; }
}
