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
 */
public record HostDisorderSpec(List<Mixture> mixtures, List<CountRule> barrierRules, List<CountRule> siteEnergyRules,
                               SourceRef where) {

    public HostDisorderSpec {
        mixtures = List.copyOf(mixtures);
        barrierRules = List.copyOf(barrierRules);
        siteEnergyRules = List.copyOf(siteEnergyRules);
    }

    /** How the species of a mixture are put on the expanded host sites. */
    public enum Placement { RANDOM, FILE }

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
