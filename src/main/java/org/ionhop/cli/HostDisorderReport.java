package org.ionhop.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionhop.deck.HostDisorderSpec;
import org.ionhop.rates.HostDisorderLandscape;

/**
 * What {@code ionhop lattice DECK} shows of a realised host disorder: the composition drawn on each
 * mixed site next to the deck's fractions, and how many hops (sites) each local count of a rule's
 * species has — the distribution the rule tables act on. The record is the "hostDisorder" entry of
 * the --json document.
 */
record HostDisorderReport(List<Mixture> mixtures, List<Rule> barrierRules, List<Rule> siteEnergyRules) {

    /** Realised number of sites per species against the deck's fraction. */
    record Mixture(String site, int sites, String placement, Map<String, Double> deckFractions,
                   Map<String, Integer> realisedCounts) {}

    /** Hops (undirected) or mobile sites by local count, with the shift each count receives. */
    record Rule(String species, double shellAngstrom, Map<Integer, Integer> byCount, List<Double> shiftsEv) {}

    static HostDisorderReport of(HostDisorderLandscape host) {
        List<Mixture> mixtures = new ArrayList<>();
        for (int m = 0; m < host.mixedSites().size(); m++) {
            HostDisorderLandscape.MixedSites mix = host.mixedSites().get(m);
            mixtures.add(new Mixture(mix.spec().siteLabel(), mix.species().length,
                    switch (mix.spec().placement()) {
                        case FILE -> "file " + mix.spec().file();
                        case ORDERED -> "ordered (evenly spread, deterministic)";
                        case RANDOM -> "random (seeded from run.seed; replica 0's realisation)";
                    },
                    mix.spec().fractions(), host.composition(m)));
        }
        List<Rule> barrier = new ArrayList<>();
        for (int r = 0; r < host.barrierRules().size(); r++) {
            HostDisorderSpec.CountRule rule = host.barrierRules().get(r);
            barrier.add(new Rule(rule.species(), rule.shellAngstrom(), host.hopHistogram(r), rule.shiftsEv()));
        }
        List<Rule> site = new ArrayList<>();
        for (int r = 0; r < host.siteEnergyRules().size(); r++) {
            HostDisorderSpec.CountRule rule = host.siteEnergyRules().get(r);
            site.add(new Rule(rule.species(), rule.shellAngstrom(), host.siteHistogram(r), rule.shiftsEv()));
        }
        return new HostDisorderReport(mixtures, barrier, site);
    }

    String toText() {
        StringBuilder sb = new StringBuilder("\nHost disorder (immobile; random mixtures: one realisation per replica "
                + "unless realisations: shared):\n");
        for (Mixture m : mixtures) {
            line(sb, "  site %s, %d sites in the supercell, placement %s", m.site(), m.sites(), m.placement());
            m.realisedCounts().forEach((sp, n) -> line(sb, "    %-6s %6d sites  x = %.4f  (deck %.4f)", sp, n,
                    n / (double) m.sites(), m.deckFractions().get(sp)));
        }
        rules(sb, barrierRules, "Hops (undirected) by number of %s within %.3f Å of the hop midpoint:", "kra_shift/eV");
        rules(sb, siteEnergyRules, "Mobile sites by number of %s within %.3f Å:", "energy_shift/eV");
        return sb.toString();
    }

    private static void rules(StringBuilder sb, List<Rule> rules, String title, String shiftHeader) {
        for (Rule r : rules) {
            line(sb, "  " + title, r.species(), r.shellAngstrom());
            line(sb, "    %5s %8s %15s", "count", "number", shiftHeader);
            r.byCount().forEach((count, n) -> line(sb, "    %5d %8d %15.4f", count, n, r.shiftsEv().get(count)));
        }
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
