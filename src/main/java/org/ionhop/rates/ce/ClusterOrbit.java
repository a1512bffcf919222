package org.ionhop.rates.ce;

import java.util.List;

import org.ionhop.deck.ClusterExpansionSpec;

/**
 * One orbit of the lattice-energy expansion: every cluster of the crystal that a space-group
 * operation (with a lattice translation) maps onto the prototype's representative, listed once per
 * conventional cell (canonical, first point in cell 0).
 *
 * @param prototype        the deck's prototype
 * @param prototypeIndex   its index in {@code cluster_expansion.clusters}
 * @param representative   the representative cluster, points in the prototype's site order
 * @param distancesAngstrom the representative's pair distances in the prototype's order, Å
 * @param clusters         the orbit's clusters of one conventional cell (packed points, see {@link Points})
 * @param labels           labels of the representative's points
 * @param pointsAngstrom   the representative's points, Cartesian, Å
 * @param firstLabelSitesPerCell sites of the first point's label per conventional cell
 */
public record ClusterOrbit(ClusterExpansionSpec.Prototype prototype, int prototypeIndex, long[] representative,
                           double[] distancesAngstrom, List<long[]> clusters, List<String> labels,
                           List<double[]> pointsAngstrom, int firstLabelSitesPerCell) {

    /** Clusters of the orbit that contain one given site of the first point's label. */
    public double multiplicityPerSite() {
        long inCluster = labels.stream().filter(labels.get(0)::equals).count();
        return clusters.size() * inCluster / (double) firstLabelSitesPerCell;
    }

    /** Clusters of the orbit per conventional cell. */
    public int multiplicityPerCell() { return clusters.size(); }

    public int size() { return representative.length; }

    public double eciEv() { return prototype.eciEv(); }
}
