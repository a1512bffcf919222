package org.ionhop.deck;

import java.util.List;
import java.util.Map;

/**
 * The deck's {@code cluster_expansion} section: one lattice energy as a cluster expansion over the
 * mobile sites and the mixed host sites of {@code host_disorder}, and a local expansion of E_KRA
 * around each hop. See docs/deck.md, "cluster_expansion".
 *
 * <p>A site variable is x = 1 when a mobile site holds an ion (or a host site holds the species the
 * cluster counts), else 0. With {@link Basis#OCCUPATION} a cluster's value is the product of its
 * x; with {@link Basis#SPIN} it is the product of σ = 2x − 1 (+1 occupied, −1 empty).
 *
 * @param basis              site functions
 * @param toleranceAngstrom  distances of a prototype match a cluster within this, Å
 * @param constantEv         empty-cluster term, eV (does not change any rate; reported only)
 * @param clusters           prototypes of the lattice-energy expansion
 * @param kraClusters        prototypes of the local E_KRA expansion around hops
 * @param where              the {@code cluster_expansion} key
 */
public record ClusterExpansionSpec(Basis basis, double toleranceAngstrom, double constantEv,
                                   List<Prototype> clusters, List<KraPrototype> kraClusters, SourceRef where) {

    public ClusterExpansionSpec {
        clusters = List.copyOf(clusters);
        kraClusters = List.copyOf(kraClusters);
    }

    /** Site functions of the expansion. */
    public enum Basis {
        /** x = 1 occupied, 0 empty (lattice-gas occupation variables). */
        OCCUPATION,
        /** σ = +1 occupied, −1 empty (Ising spins, as in kMCpy). */
        SPIN;

        /** Value of the site function for occupied / empty. */
        public double value(boolean occupied) {
            return occupied ? 1.0 : this == SPIN ? -1.0 : 0.0;
        }
    }

    /**
     * One cluster of the lattice energy, expanded to its orbit with the space group.
     *
     * @param sites              site labels (mobile or mixed host), point 1..n
     * @param distancesAngstrom  pair distances in the order (1,2), (1,3), …, (1,n), (2,3), …, n(n−1)/2 values
     * @param hostSpecies        for each mixed host label in {@code sites}: the species that counts as occupied
     * @param eciEv              effective cluster interaction, eV
     * @param where              the list entry; {@link #at(String)} for one of its keys
     */
    public record Prototype(List<String> sites, List<Double> distancesAngstrom, Map<String, String> hostSpecies,
                            double eciEv, Map<String, SourceRef> keyWhere, SourceRef where) {
        public Prototype {
            sites = List.copyOf(sites);
            distancesAngstrom = List.copyOf(distancesAngstrom);
            hostSpecies = Map.copyOf(hostSpecies);
            keyWhere = Map.copyOf(keyWhere);
        }

        /** Where one of the entry's keys is written (the entry when absent). */
        public SourceRef at(String key) { return keyWhere.getOrDefault(key, where); }
    }

    /**
     * One cluster of the local E_KRA expansion around hops between {@code hopSites} of length
     * {@code hopLengthAngstrom}. Each cluster site is placed by its distances to the two end points
     * of the hop; a cluster matches in either orientation of the hop (the same one for all its
     * sites), so a hop and its reverse see the same clusters and E_KRA(i→j) = E_KRA(j→i).
     *
     * @param hopSites           the end-point labels of the hops it applies to (either order)
     * @param hopLengthAngstrom  the length of those hops, Å
     * @param sites              cluster site labels (empty = a constant shift of these hops' E_KRA)
     * @param distancesToEnds    per cluster site: distance to one end point and to the other, Å
     * @param distancesAngstrom  pair distances within the cluster, in the order of {@link Prototype}
     * @param hostSpecies        as in {@link Prototype}
     * @param eciEv              coefficient, eV
     */
    public record KraPrototype(List<String> hopSites, double hopLengthAngstrom, List<String> sites,
                               List<List<Double>> distancesToEnds, List<Double> distancesAngstrom,
                               Map<String, String> hostSpecies, double eciEv, Map<String, SourceRef> keyWhere,
                               SourceRef where) {
        public KraPrototype {
            hopSites = List.copyOf(hopSites);
            sites = List.copyOf(sites);
            distancesToEnds = distancesToEnds.stream().map(List::copyOf).toList();
            distancesAngstrom = List.copyOf(distancesAngstrom);
            hostSpecies = Map.copyOf(hostSpecies);
            keyWhere = Map.copyOf(keyWhere);
        }

        public SourceRef at(String key) { return keyWhere.getOrDefault(key, where); }
    }
}
