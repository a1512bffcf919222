package org.ionhop.deck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ionhop.deck.yaml.YamlList;
import org.ionhop.deck.yaml.YamlMap;
import org.ionhop.deck.yaml.YamlNode;

/**
 * Reads the deck's optional {@code cluster_expansion:} section (docs/deck.md). Checks what the deck
 * alone decides — labels against network.sites and host_disorder mixtures, the number of
 * distances, the species a host site counts; whether the distances match clusters of the crystal
 * is checked when the model is built.
 */
final class ClusterExpansionReader {
    static final List<String> KEYS = List.of("basis", "distance_tolerance_angstrom", "constant_eV", "clusters",
            "kra_clusters");
    static final List<String> CLUSTER_KEYS = List.of("sites", "distances_angstrom", "host_species", "eci_eV");
    static final List<String> KRA_KEYS = List.of("hop_sites", "hop_length_angstrom", "sites",
            "distances_to_ends_angstrom", "distances_angstrom", "host_species", "eci_eV");
    /** Clusters beyond this many sites are never fitted in practice; their orbits grow combinatorially. */
    static final int MAX_CLUSTER_SITES = 6;
    static final double DEFAULT_TOLERANCE_ANGSTROM = 0.05;

    private final Path file;
    private final Set<String> mobileLabels;
    private final Map<String, Set<String>> hostSpecies = new LinkedHashMap<>(); // mixed host label -> its species

    ClusterExpansionReader(Path file, NetworkSpec network, HostDisorderSpec hostDisorder) {
        this.file = file;
        this.mobileLabels = new LinkedHashSet<>(network.allLabels());
        if (hostDisorder != null) {
            for (HostDisorderSpec.Mixture m : hostDisorder.mixtures()) {
                hostSpecies.put(m.siteLabel(), m.fractions().keySet());
            }
        }
    }

    ClusterExpansionSpec read(DeckSection top) {
        String hint = "e.g. cluster_expansion: {basis: occupation, clusters: [{sites: [Li1, Li1], "
                + "distances_angstrom: [4.26], eci_eV: 0.02}]}";
        DeckSection s = top.section("cluster_expansion", KEYS, hint);
        ClusterExpansionSpec.Basis basis = ClusterExpansionSpec.Basis.OCCUPATION;
        if (s.has("basis")) {
            String b = s.text("basis", "basis: occupation (x = 1/0) or basis: spin (sigma = +1/-1)");
            basis = switch (b) {
                case "occupation" -> ClusterExpansionSpec.Basis.OCCUPATION;
                case "spin" -> ClusterExpansionSpec.Basis.SPIN;
                default -> throw s.error("basis", "unknown basis '" + b + "'",
                        "use basis: occupation (x = 1 occupied, 0 empty) or basis: spin (sigma = +1 occupied, -1 empty)");
            };
        }
        double tol = s.positive("distance_tolerance_angstrom", "e.g. distance_tolerance_angstrom: 0.05",
                DEFAULT_TOLERANCE_ANGSTROM);
        if (tol > 0.5) {
            throw s.error("distance_tolerance_angstrom", "a tolerance of " + DeckSection.fmt(tol)
                    + " Å would merge different neighbour shells", "use 0.01-0.1 Å");
        }
        double constant = s.has("constant_eV") ? energy(s, "constant_eV", "e.g. constant_eV: 0.0") : 0.0;
        List<ClusterExpansionSpec.Prototype> clusters = new ArrayList<>();
        if (s.has("clusters")) {
            for (YamlNode n : s.list("clusters", hint).items()) clusters.add(cluster(n));
        }
        List<ClusterExpansionSpec.KraPrototype> kra = new ArrayList<>();
        if (s.has("kra_clusters")) {
            for (YamlNode n : s.list("kra_clusters", hint).items()) kra.add(kraCluster(n));
        }
        if (clusters.isEmpty() && kra.isEmpty()) {
            throw top.error("cluster_expansion", "the cluster expansion has no clusters",
                    "give clusters (lattice energy) and/or kra_clusters (E_KRA around hops), or remove the section");
        }
        return new ClusterExpansionSpec(basis, tol, constant, clusters, kra, top.where("cluster_expansion"));
    }

    private ClusterExpansionSpec.Prototype cluster(YamlNode node) {
        String hint = "e.g. - {sites: [Li1, Li1], distances_angstrom: [4.26], eci_eV: 0.02}";
        DeckSection c = DeckSection.of(file, node, CLUSTER_KEYS);
        List<String> sites = labels(c, "sites", hint, 1);
        List<Double> distances = distances(c, "distances_angstrom", sites.size(), hint);
        Map<String, String> host = hostSpecies(c, sites);
        double eci = energy(c, "eci_eV", hint);
        return new ClusterExpansionSpec.Prototype(sites, distances, host, eci, c.keyLocations(), c.where());
    }

    private ClusterExpansionSpec.KraPrototype kraCluster(YamlNode node) {
        String hint = "e.g. - {hop_sites: [Li1, Li1], hop_length_angstrom: 4.26, sites: [Li1], "
                + "distances_to_ends_angstrom: [[3.1, 5.0]], eci_eV: 0.03}";
        DeckSection c = DeckSection.of(file, node, KRA_KEYS);
        List<String> hop = labels(c, "hop_sites", hint, 2);
        if (hop.size() != 2) throw c.error("hop_sites", "a hop has two end points, got " + hop.size() + " labels", hint);
        for (String l : hop) {
            if (!mobileLabels.contains(l)) {
                throw c.error("hop_sites", "'" + l + "' is not a network site", NearestName.hint(l, mobileLabels,
                        "network sites"));
            }
        }
        double length = c.positive("hop_length_angstrom", hint);
        List<String> sites = c.has("sites") ? labels(c, "sites", hint, 0) : List.of();
        List<List<Double>> ends = new ArrayList<>();
        if (!sites.isEmpty()) {
            YamlList l = c.list("distances_to_ends_angstrom", "one [d1, d2] pair per cluster site, " + hint);
            if (l.items().size() != sites.size()) {
                throw c.error("distances_to_ends_angstrom", "gives " + l.items().size() + " pairs for "
                        + sites.size() + " cluster sites", "one [distance to one end, to the other] per site");
            }
            for (YamlNode p : l.items()) {
                List<YamlNode> items = p instanceof YamlList pl ? pl.items() : List.of(p);
                if (items.size() != 2) {
                    throw new org.ionhop.common.InputException(file, p.line(), p.path(), "expected two distances "
                            + "[to one end, to the other], got " + items.size(), hint);
                }
                List<Double> pair = new ArrayList<>();
                for (YamlNode d : items) {
                    double v = DeckSection.asNumber(file, d);
                    if (!(v > 0)) {
                        throw new org.ionhop.common.InputException(file, d.line(), d.path(), "distances must be "
                                + "> 0 Å, got " + DeckSection.fmt(v), "a cluster site is never an end point of the hop");
                    }
                    pair.add(v);
                }
                ends.add(pair);
            }
        } else if (c.has("distances_to_ends_angstrom")) {
            throw c.error("distances_to_ends_angstrom", "given without sites", "add sites, or remove the key");
        }
        List<Double> distances = distances(c, "distances_angstrom", sites.size(), hint);
        Map<String, String> host = hostSpecies(c, sites);
        double eci = energy(c, "eci_eV", hint);
        return new ClusterExpansionSpec.KraPrototype(hop, length, sites, ends, distances, host, eci,
                c.keyLocations(), c.where());
    }

    private List<String> labels(DeckSection c, String key, String hint, int min) {
        List<String> out = new ArrayList<>();
        for (YamlNode n : c.list(key, hint).items()) out.add(DeckSection.asText(file, n));
        if (out.size() < min) throw c.error(key, "needs at least " + min + " site label(s)", hint);
        if (out.size() > MAX_CLUSTER_SITES) {
            throw c.error(key, "a cluster of " + out.size() + " sites is larger than " + MAX_CLUSTER_SITES
                    + " supported", "split it or leave it out; cluster expansions rarely go beyond 4-body terms");
        }
        if (key.equals("hop_sites")) return out;
        Set<String> known = new LinkedHashSet<>(mobileLabels);
        known.addAll(hostSpecies.keySet());
        for (String l : out) {
            if (!known.contains(l)) {
                throw c.error(key, "'" + l + "' is neither a network site (network.sites) nor a mixed host site "
                        + "(host_disorder.mixtures)", NearestName.hint(l, known, "labels"));
            }
        }
        return out;
    }

    private List<Double> distances(DeckSection c, String key, int sites, String hint) {
        int needed = sites * (sites - 1) / 2;
        if (needed == 0) {
            if (c.has(key)) {
                List<Double> given = c.numbers(key, hint);
                throw c.error(key, "a cluster of " + sites + " site(s) has no pair distances, got " + given.size(),
                        "remove " + key);
            }
            return List.of();
        }
        List<Double> d = c.numbers(key, "the " + needed + " pair distances (1,2), (1,3), ..., (2,3), ... in Å, " + hint);
        if (d.size() != needed) {
            throw c.error(key, String.format(Locale.ROOT, "a cluster of %d sites has %d pair distances, got %d",
                    sites, needed, d.size()), "list them in the order (1,2), (1,3), ..., (1,n), (2,3), ..., (n-1,n)");
        }
        for (double v : d) {
            if (!(v > 0)) throw c.error(key, "distances must be > 0 Å, got " + DeckSection.fmt(v), hint);
        }
        return d;
    }

    private Map<String, String> hostSpecies(DeckSection c, List<String> sites) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> hostInCluster = new LinkedHashSet<>();
        for (String l : sites) if (hostSpecies.containsKey(l)) hostInCluster.add(l);
        if (c.has("host_species")) {
            YamlNode n = c.require("host_species", "e.g. host_species: {B1: I}");
            if (!(n instanceof YamlMap)) throw DeckSection.typeError(file, n, "a mapping like {B1: I}");
            DeckSection h = DeckSection.of(file, n, List.copyOf(hostInCluster));
            for (String label : h.map().entries().keySet()) {
                String sp = h.text(label, "e.g. " + label + ": I");
                if (!hostSpecies.get(label).contains(sp)) {
                    throw h.error(label, "'" + sp + "' is not a species of mixed site " + label + " ("
                            + String.join(", ", hostSpecies.get(label)) + ")",
                            NearestName.hint(sp, hostSpecies.get(label), "species"));
                }
                out.put(label, sp);
            }
        }
        for (String l : hostInCluster) {
            if (!out.containsKey(l)) {
                throw c.error(c.has("host_species") ? "host_species" : "sites", "host site " + l + " is in the "
                        + "cluster but host_species does not say which of its species (" + String.join(", ",
                        hostSpecies.get(l)) + ") counts as occupied", "add host_species: {" + l + ": "
                        + hostSpecies.get(l).iterator().next() + "}");
            }
        }
        return out;
    }

    private static double energy(DeckSection c, String key, String hint) {
        double v = c.number(key, hint);
        if (Math.abs(v) > DeckReader.MAX_PLAUSIBLE_ENERGY_EV) {
            throw c.error(key, "|" + DeckSection.fmt(v) + "| eV is not a plausible cluster interaction",
                    "ECIs are in eV (typically |J| < 1 eV): convert meV by dividing by 1000");
        }
        return v;
    }
}
