package org.ionhop.kmc;

import org.ionhop.network.HopNetwork;
import org.ionhop.rates.HopTopology;

/**
 * The per-hop integers the loop reads together — source, target, class, reverse hop — interleaved
 * in one array, so one hop costs one cache line instead of four (the loop is memory-bound on large
 * lattices). Immutable; shared by all replicas.
 */
final class HopTable {
    static final int SOURCE = 0;
    static final int TARGET = 1;
    static final int CLASS = 2;
    static final int REVERSE = 3;
    static final int STRIDE = 4;

    final int[] packed;

    HopTable(HopNetwork network, HopTopology topology) {
        int hops = network.hopCount();
        packed = new int[STRIDE * hops];
        for (int h = 0; h < hops; h++) {
            packed[STRIDE * h + SOURCE] = topology.hopSource()[h];
            packed[STRIDE * h + TARGET] = network.hopTarget()[h];
            packed[STRIDE * h + CLASS] = network.hopClass()[h];
            packed[STRIDE * h + REVERSE] = topology.reverseHop()[h];
        }
    }
}
