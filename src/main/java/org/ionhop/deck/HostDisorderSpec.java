package org.ionhop.deck;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The deck's {@code host_disorder} section: immobile host sites that hold a mixture of species
 * (e.g. BH4 or I on the B site of LiBH4), and rule tables that shift hop barriers and site energies
 * by the number of a species within a shell. See docs/deck.md.
 *
 * @param mixtures         which host sites are mixed, with what fractions and placement
 * @param barrierRules     E_KRA shifts by the count of a species within a shell around the hop midpoint
 * @param siteEnergyRules  site-energy shifts by the count of a species within a shell around a mobile site
 * @param where            the {@code host_disorder} key
 * @param realisations     whether replicas share one realisation of the random mixtures or draw their own
 */
public record HostDisorderSpec(List<Mixture> mixtures, List<CountRule> barrierRules, List<CountRule> siteEnergyRules,
                               SourceRef where, Realisations realisations) {

    /** A spec with the default {@link Realisations#PER_REPLICA}. */
    public HostDisorderSpec(List<Mixture> mixtures, List<CountRule> barrierRules, List<CountRule> siteEnergyRules,
                            SourceRef where) {
        this(mixtures, barrierRules, siteEnergyRules, where, Realisations.PER_REPLICA);
    }

    /**
     * Deck key {@code host_disorder.realisations}. {@code per_replica} (default): each replica draws
     * its own random placement, so the replicas sample the disorder ensemble and the error bars
     * include the realisation-to-realisation scatter (what a random alloy's measured property is an
     * average over). {@code shared}: one placement for all replicas (the kinetics of one
     * configuration). File and ordered placements are one configuration either way.
     */
    public enum Realisations { SHARED, PER_REPLICA }

    /** Whether replicas get their own realisation: per_replica and at least one random mixture. */
    public boolean variesPerReplica() {
        return realisations == Realisations.PER_REPLICA
                && mixtures.stream().anyMatch(m -> m.placement() == Placement.RANDOM);
    }

    public HostDisorderSpec {
        mixtures = List.copyOf(mixtures);
        barrierRules = List.copyOf(barrierRules);
        siteEnergyRules = List.copyOf(siteEnergyRules);
    }

    /** How the species of a mixture are put on the expanded host sites (random: seeded; ordered: deterministic). */
    public enum Placement { RANDOM, FILE, ORDERED }

    /**
     * One mixed host site.
     *
     * @param siteLabel  host site label in the structure file
     * @param fractions  species → fraction, in deck order; the fractions sum to 1
     * @param placement  random (seeded from run.seed) or from a file
     * @param file       with {@link Placement#FILE}: one species per expanded site; else null
     * @param where      the list entry
     */
    public record Mixture(String siteLabel, Map<String, Double> fractions, Placement placement, Path file,
                          SourceRef where) {
        public Mixture {
            fractions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fractions));
        }
    }

    /**
     * An energy shift by the number n of host sites holding {@code species} within
     * {@code shellAngstrom} (inclusive) of a point: {@code shiftsEv.get(n)}.
     */
    public record CountRule(String species, double shellAngstrom, List<Double> shiftsEv, SourceRef where) {
        public CountRule {
            shiftsEv = List.copyOf(shiftsEv);
        }
    }
}
