package org.ionhop.kmc;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.ionhop.network.CellTemplate;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.HopTopology;
import org.ionhop.rates.PeriodicHops;

/**
 * The per-hop integers the loop reads, laid out by use, because the loop is memory-bound on large
 * lattices. {@link #link} holds target and reverse hop, which the updates read for every hop out of
 * the two sites involved (a site's six hops on a simple-cubic lattice share one cache line).
 * {@link #chosen} holds what only the chosen hop needs, in one aligned 16-byte record: source,
 * target, the target's first hop and a hop type. The type ({@link #hopType}) holds what repeats by
 * translation — class, hop-vector id, the hop's position among its source's hops and both sites'
 * hop counts — so both sites' hop ranges come with the chosen hop instead of from two dependent
 * reads of {@code hopStart}. Hop vectors repeat by translation too, so the distinct ones sit in a
 * small table; vectors equal to within {@link #VECTOR_TOLERANCE_ANGSTROM} share an entry (the first
 * one met). Immutable; shared by all replicas.
 */
final class HopTable {
    static final int TARGET = 0;
    static final int REVERSE = 1;
    /** Entries per hop in {@link #link}. */
    static final int LINK_STRIDE = 2;
    static final int SOURCE = 0;
    static final int CHOSEN_TARGET = 1;
    static final int TARGET_FIRST_HOP = 2;
    static final int TYPE = 3;
    /** Entries per hop in {@link #chosen}: a power of two, so a record never straddles a cache line. */
    static final int CHOSEN_STRIDE = 4;
    static final int CLASS = 0;
    static final int VECTOR = 1;
    static final int POSITION = 2;
    static final int SOURCE_HOPS = 3;
    static final int TARGET_HOPS = 4;
    /** Entries per type in {@link #hopType}. */
    static final int TYPE_STRIDE = 5;
    static final double VECTOR_TOLERANCE_ANGSTROM = 1e-9;

    /** Per hop: target site, reverse hop; null when {@link #periodic} is set. */
    final int[] link;
    /** Per hop: source site, target site, first hop of the target, hop type; null when {@link #periodic} is set. */
    final int[] chosen;
    /** Per hop type: class, hop-vector id, position among the source's hops, hops of source, hops of target. */
    final int[] hopType;
    /** Distinct hop vectors, 3 per entry, Å. */
    final double[] vectorAngstrom;
    /** The same hops as one repeated cell; null when not asked for or the network is not one. */
    final PeriodicHops periodic;

    private record VectorKey(long x, long y, long z) {}

    private record TypeKey(int hopClass, int vector, int position, int sourceHops, int targetHops) {}

    /**
     * @param periodicHops look for the one-cell template ({@link PeriodicHops}) the loop can compute
     *                     hops from; when the network is one, the per-hop tables are not built
     *                     (about 144 MB at 10^6 simple-cubic sites)
     * @param topology     the per-hop lookups; null to work from the network's {@link CellTemplate}
     *                     alone (then {@code periodicHops} must be true and the network have one)
     */
    HopTable(HopNetwork network, HopTopology topology, boolean periodicHops) {
        CellTemplate cell = network.template();
        // From the network's own template nothing per hop is read: one cell's hops give every type
        // and vector (the first cell's hops come first, so the ids are the ones the tables would get).
        boolean fromTemplate = periodicHops && cell != null && topology == null;
        int hops = fromTemplate ? cell.pairsPerCell() : network.hopCount();
        double[] vec = fromTemplate ? null : network.hopVector();
        int[] start = fromTemplate ? null : network.hopStart();
        int[] source = fromTemplate ? null : topology.hopSource();
        int pairSource = 0;
        Map<VectorKey, Integer> vectorIds = new HashMap<>();
        Map<TypeKey, Integer> typeIds = new HashMap<>();
        double[] distinct = new double[3 * 16];
        int[] types = new int[TYPE_STRIDE * 16];
        int[] vectorOfHop = new int[hops];
        int[] typeOfHop = new int[hops];
        for (int h = 0; h < hops; h++) {
            double x, y, z;
            int hopClass, position, sourceHops, targetHops;
            if (fromTemplate) {
                while (cell.pairStart(pairSource + 1) <= h) pairSource++;
                int t = cell.pairTarget(h);
                x = cell.pairVector(h, 0);
                y = cell.pairVector(h, 1);
                z = cell.pairVector(h, 2);
                hopClass = cell.pairClass(h);
                position = h - cell.pairStart(pairSource);
                sourceHops = cell.pairStart(pairSource + 1) - cell.pairStart(pairSource);
                targetHops = cell.pairStart(t + 1) - cell.pairStart(t);
            } else {
                int s = source[h], t = network.hopTarget()[h];
                x = vec[3 * h];
                y = vec[3 * h + 1];
                z = vec[3 * h + 2];
                hopClass = network.hopClass()[h];
                position = h - start[s];
                sourceHops = start[s + 1] - start[s];
                targetHops = start[t + 1] - start[t];
            }
            VectorKey key = new VectorKey(Math.round(x / VECTOR_TOLERANCE_ANGSTROM),
                    Math.round(y / VECTOR_TOLERANCE_ANGSTROM), Math.round(z / VECTOR_TOLERANCE_ANGSTROM));
            Integer v = vectorIds.get(key);
            if (v == null) {
                v = vectorIds.size();
                vectorIds.put(key, v);
                if (3 * v + 3 > distinct.length) distinct = Arrays.copyOf(distinct, 2 * distinct.length);
                distinct[3 * v] = x;
                distinct[3 * v + 1] = y;
                distinct[3 * v + 2] = z;
            }
            TypeKey type = new TypeKey(hopClass, v, position, sourceHops, targetHops);
            Integer id = typeIds.get(type);
            if (id == null) {
                id = typeIds.size();
                typeIds.put(type, id);
                if (TYPE_STRIDE * id + TYPE_STRIDE > types.length) types = Arrays.copyOf(types, 2 * types.length);
                int at = TYPE_STRIDE * id;
                types[at + CLASS] = type.hopClass();
                types[at + VECTOR] = type.vector();
                types[at + POSITION] = type.position();
                types[at + SOURCE_HOPS] = type.sourceHops();
                types[at + TARGET_HOPS] = type.targetHops();
            }
            typeOfHop[h] = id;
            vectorOfHop[h] = v;
        }
        vectorAngstrom = Arrays.copyOf(distinct, 3 * vectorIds.size());
        hopType = Arrays.copyOf(types, TYPE_STRIDE * typeIds.size());
        periodic = fromTemplate ? PeriodicHops.of(cell, network.supercell(), vectorOfHop)
                : periodicHops ? PeriodicHops.of(network, topology, vectorOfHop) : null;
        if (periodic != null) {
            link = null;
            chosen = null;
            return;
        }
        link = new int[LINK_STRIDE * hops];
        chosen = new int[CHOSEN_STRIDE * hops];
        for (int h = 0; h < hops; h++) {
            int t = network.hopTarget()[h];
            link[LINK_STRIDE * h + TARGET] = t;
            link[LINK_STRIDE * h + REVERSE] = topology.reverseHop()[h];
            chosen[CHOSEN_STRIDE * h + SOURCE] = source[h];
            chosen[CHOSEN_STRIDE * h + CHOSEN_TARGET] = t;
            chosen[CHOSEN_STRIDE * h + TARGET_FIRST_HOP] = start[t];
            chosen[CHOSEN_STRIDE * h + TYPE] = typeOfHop[h];
        }
    }
}
