package org.ionhop.rates.ce;

import java.util.List;

import org.ionhop.deck.ClusterExpansionSpec;

/**
 * The clusters of one KRA prototype around the hops of one hop class: how many each hop of the
 * class has (the same for every hop of the class), with one hop's clusters as an example.
 *
 * @param prototype       the deck's prototype
 * @param prototypeIndex  its index in {@code cluster_expansion.kra_clusters}
 * @param hopClass        the hop class (index into the network's classes)
 * @param perHop          clusters around each hop of the class
 * @param example         the clusters around one hop of the class (packed points relative to its source cell)
 */
public record KraClusters(ClusterExpansionSpec.KraPrototype prototype, int prototypeIndex, int hopClass, int perHop,
                          List<long[]> example) {}
