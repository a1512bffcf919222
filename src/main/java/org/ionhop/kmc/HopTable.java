package org.ionhop.kmc;

import java.util.HashMap;
import java.util.Map;

import org.ionhop.network.HopNetwork;
import org.ionhop.rates.HopTopology;

/**
 * The per-hop integers the loop reads together — source, target, class, reverse hop, hop-vector id —
 * interleaved in one array, so one hop costs one cache line instead of five (the loop is
 * memory-bound on large lattices). Hop vectors repeat by translation, so the distinct ones sit in a
 * small table that stays in cache instead of 24 bytes per hop; vectors equal to within
 * {@link #VECTOR_TOLERANCE_ANGSTROM} share an entry (the first one met). Immutable; shared by all
 * replicas.
 */
final class HopTable {
    static final int SOURCE = 0;
    static final int TARGET = 1;
    static final int CLASS = 2;
    static final int REVERSE = 3;
    static final int VECTOR = 4;
    static final int STRIDE = 5;
    static final double VECTOR_TOLERANCE_ANGSTROM = 1e-9;

    final int[] packed;
    /** Distinct hop vectors, 3 per entry, Å. */
    final double[] vectorAngstrom;

    HopTable(HopNetwork network, HopTopology topology) {
        int hops = network.hopCount();
        double[] vec = network.hopVector();
        packed = new int[STRIDE * hops];
        Map<String, Integer> ids = new HashMap<>();
        double[] distinct = new double[3 * 16];
        for (int h = 0; h < hops; h++) {
            packed[STRIDE * h + SOURCE] = topology.hopSource()[h];
            packed[STRIDE * h + TARGET] = network.hopTarget()[h];
            packed[STRIDE * h + CLASS] = network.hopClass()[h];
            packed[STRIDE * h + REVERSE] = topology.reverseHop()[h];
            String key = Math.round(vec[3 * h] / VECTOR_TOLERANCE_ANGSTROM) + ","
                    + Math.round(vec[3 * h + 1] / VECTOR_TOLERANCE_ANGSTROM) + ","
                    + Math.round(vec[3 * h + 2] / VECTOR_TOLERANCE_ANGSTROM);
            Integer id = ids.get(key);
            if (id == null) {
                id = ids.size();
                ids.put(key, id);
                if (3 * id + 3 > distinct.length) distinct = java.util.Arrays.copyOf(distinct, 2 * distinct.length);
                System.arraycopy(vec, 3 * h, distinct, 3 * id, 3);
            }
            packed[STRIDE * h + VECTOR] = id;
        }
        vectorAngstrom = java.util.Arrays.copyOf(distinct, 3 * ids.size());
    }
}
