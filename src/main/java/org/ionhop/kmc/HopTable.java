package org.ionhop.kmc;

import java.util.HashMap;
import java.util.Map;

import org.ionhop.network.HopNetwork;
import org.ionhop.rates.HopTopology;

/**
 * The per-hop integers the loop reads, interleaved by use, because the loop is memory-bound on
 * large lattices: {@link #link} holds target and reverse hop, which the updates read for every hop
 * out of the two sites involved (a site's six hops on a simple-cubic lattice share one cache line);
 * {@link #kind} holds source, class and hop-vector id, read only for the chosen hop. Hop vectors repeat by translation, so the distinct ones sit in a
 * small table that stays in cache instead of 24 bytes per hop; vectors equal to within
 * {@link #VECTOR_TOLERANCE_ANGSTROM} share an entry (the first one met). Immutable; shared by all
 * replicas.
 */
final class HopTable {
    static final int TARGET = 0;
    static final int REVERSE = 1;
    /** Entries per hop in {@link #link}. */
    static final int LINK_STRIDE = 2;
    static final int SOURCE = 0;
    static final int CLASS = 1;
    static final int VECTOR = 2;
    /** Entries per hop in {@link #kind}. */
    static final int KIND_STRIDE = 3;
    static final double VECTOR_TOLERANCE_ANGSTROM = 1e-9;

    /** Per hop: target site, reverse hop. */
    final int[] link;
    /** Per hop: source site, hop class, hop-vector id. */
    final int[] kind;
    /** Distinct hop vectors, 3 per entry, Å. */
    final double[] vectorAngstrom;

    HopTable(HopNetwork network, HopTopology topology) {
        int hops = network.hopCount();
        double[] vec = network.hopVector();
        link = new int[LINK_STRIDE * hops];
        kind = new int[KIND_STRIDE * hops];
        Map<String, Integer> ids = new HashMap<>();
        double[] distinct = new double[3 * 16];
        for (int h = 0; h < hops; h++) {
            link[LINK_STRIDE * h + TARGET] = network.hopTarget()[h];
            link[LINK_STRIDE * h + REVERSE] = topology.reverseHop()[h];
            kind[KIND_STRIDE * h + SOURCE] = topology.hopSource()[h];
            kind[KIND_STRIDE * h + CLASS] = network.hopClass()[h];
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
            kind[KIND_STRIDE * h + VECTOR] = id;
        }
        vectorAngstrom = java.util.Arrays.copyOf(distinct, 3 * ids.size());
    }
}
