package org.ionhop.deck;

import java.util.ArrayList;
import java.util.List;

/**
 * Which sites form the hop network.
 *
 * @param siteLabels     structure-file site labels whose (symmetry-expanded) sites ions can occupy
 * @param extraSites     additional sites given in the deck
 * @param cutoffAngstrom hops up to this length are found
 * @param siteLabelsWhere where {@code network.sites} is written (for "label not in structure" errors)
 * @param cutoffWhere    where {@code network.cutoff_angstrom} is written (for "supercell too small" errors)
 */
public record NetworkSpec(List<String> siteLabels, List<ExtraSite> extraSites, double cutoffAngstrom,
                          SourceRef siteLabelsWhere, SourceRef cutoffWhere) {
    /**
     * Ionic hops are a few Å; a longer cutoff or hop length is a unit mistake (pm, nm) and makes the
     * neighbour search explode. Also the limit of {@code ionhop lattice --cutoff}.
     */
    public static final double MAX_HOP_ANGSTROM = 30.0;

    public NetworkSpec {
        siteLabels = List.copyOf(siteLabels);
        extraSites = List.copyOf(extraSites);
    }

    /** Structure labels followed by extra-site labels. */
    public List<String> allLabels() {
        List<String> all = new ArrayList<>(siteLabels);
        extraSites.forEach(e -> all.add(e.label()));
        return all;
    }
}
