package org.ionhop.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ionhop.common.InputException;
import org.ionhop.crystal.AtomSite;
import org.ionhop.crystal.Cell;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.CrystalSite;

/**
 * Builds the hop network of a crystal: the mobile sublattice (chosen site labels, extra sites
 * included via {@link Crystal#withExtraSites}), every hop up to a cutoff, classified by the
 * crystal's space group on the conventional cell, then replicated into an n1×n2×n3 supercell.
 *
 * <pre>{@code
 * HopNetwork net = new HopNetworkBuilder(crystal)
 *     .mobileLabels(List.of("Li1"))
 *     .cutoffAngstrom(4.5)
 *     .supercell(4, 4, 4)
 *     .build();
 * List<HopClass> classes = new HopNetworkBuilder(crystal).mobileLabels(List.of("Li1")).cutoffAngstrom(4.5).classify();
 * }</pre>
 *
 * <p>Two directed hops are in one class exactly when an operation of the space group maps the
 * endpoints of one onto the endpoints of the other (modulo lattice translations) and its hop
 * vector onto the other's; each class is merged with the class of its reverse hops (see
 * {@link HopClass}). Supercell sites are numbered {@code cell * sitesPerCell + s}, with
 * {@code cell = (c1 * n2 + c2) * n3 + c3} and s the network-site index in the conventional cell.
 */
public final class HopNetworkBuilder {
    private final Crystal crystal;
    private final List<String> labels = new ArrayList<>();
    private String species;
    private double cutoffAngstrom = Double.NaN;
    private int[] supercell = {1, 1, 1};

    public HopNetworkBuilder(Crystal crystal) {
        this.crystal = crystal;
    }

    /** Site labels (all of one species) forming the network; default: every label of {@link #species}. */
    public HopNetworkBuilder mobileLabels(List<String> siteLabels) {
        labels.clear();
        labels.addAll(new LinkedHashSet<>(siteLabels));
        return this;
    }

    /** The mobile species (element symbol); when given, every network label must be of it. */
    public HopNetworkBuilder species(String element) {
        this.species = element;
        return this;
    }

    /** Longest hop, Å. */
    public HopNetworkBuilder cutoffAngstrom(double cutoff) {
        this.cutoffAngstrom = cutoff;
        return this;
    }

    /** Repeats of the conventional cell along a, b, c (default 1×1×1). */
    public HopNetworkBuilder supercell(int n1, int n2, int n3) {
        this.supercell = new int[] {n1, n2, n3};
        return this;
    }

    /** The hop classes of the conventional cell, ordered by length then endpoint labels. */
    public List<HopClass> classify() {
        return classifyConventional().classes();
    }

    /**
     * Shortest distance between two network sites (a site and its own periodic image included), Å:
     * the length of the shortest possible hop, whatever the cutoff.
     */
    public double shortestHopAngstrom() {
        NetworkSites net = conventionalSites();
        return NeighbourSearch.shortestDistance(crystal.cell(), net.fractional());
    }

    /**
     * The smallest supercell (at least the one asked for) in which every hop reaches a unique target,
     * i.e. whose plane spacings all exceed twice the cutoff.
     */
    public int[] smallestValidSupercell() {
        double cutoff = checkedCutoff();
        double[] spacing = crystal.cell().planeSpacings();
        int[] needed = new int[3];
        for (int k = 0; k < 3; k++) needed[k] = Math.max(supercell[k], (int) Math.floor(2 * cutoff / spacing[k]) + 1);
        return needed;
    }

    /**
     * Periodic percolation analysis of the network (the conventional cell with lattice images, so
     * independent of the supercell): components, their dimensionality and directions, sites without
     * hops. See {@link NetworkConnectivity}.
     */
    public NetworkConnectivity connectivity() {
        NetworkSites net = conventionalSites();
        return NetworkConnectivity.of(net, NeighbourSearch.find(crystal.cell(), net.fractional(), checkedCutoff()));
    }

    /**
     * The smallest cutoff at which the network percolates (some component connects a site to one
     * of its periodic images), Å, with the connectivity at that cutoff. Every site reaches its own
     * image at the shortest cell edge, so the search never needs to look farther.
     */
    public Percolation percolationThreshold() {
        NetworkSites net = conventionalSites();
        Cell cell = crystal.cell();
        double reach = Math.min(cell.lengthA(), Math.min(cell.lengthB(), cell.lengthC()));
        NeighbourPairs all = NeighbourSearch.find(cell, net.fractional(), reach);
        double[] lengths = new double[all.count()];
        for (int p = 0; p < lengths.length; p++) lengths[p] = all.length(p);
        double[] distinct = java.util.Arrays.stream(lengths).sorted().distinct().toArray();
        int lo = 0, hi = distinct.length - 1;   // the network percolates at distinct[hi]
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (NetworkConnectivity.of(net, all.upTo(distinct[mid] + 1e-9)).percolates()) hi = mid; else lo = mid + 1;
        }
        double cutoff = distinct[hi];
        return new Percolation(cutoff, NetworkConnectivity.of(net, all.upTo(cutoff + 1e-9)));
    }

    /**
     * Where a network starts to percolate.
     *
     * @param cutoffAngstrom the length of the shortest hops that join the network into a percolating one, Å
     * @param connectivity   the network's connectivity with that cutoff
     */
    public record Percolation(double cutoffAngstrom, NetworkConnectivity connectivity) {}

    /** The full supercell network, hops tagged with their classes. */
    public HopNetwork build() {
        HopClassifier.Result conv = classifyConventional();
        checkSupercell();
        return SupercellReplicator.replicate(source(), crystal.cell(), conv, supercell);
    }

    private HopClassifier.Result classifyConventional() {
        NetworkSites net = conventionalSites();
        double cutoff = checkedCutoff();
        NeighbourPairs pairs = NeighbourSearch.find(crystal.cell(), net.fractional(), cutoff);
        if (pairs.count() == 0) {
            double shortest = shortestHopAngstrom();
            throw new InputException(source(), 0, "cutoff", String.format(Locale.ROOT,
                    "no hops within the cutoff of %.3f Å: the shortest distance between network sites %s is %.3f Å",
                    cutoff, String.join(", ", net.labels()), shortest), String.format(Locale.ROOT, "raise the cutoff above %.3f Å", shortest));
        }
        return HopClassifier.classify(net, pairs, crystal.spaceGroup(), source(), cutoff);
    }

    private NetworkSites conventionalSites() {
        List<String> chosen = labels.isEmpty() ? labelsOfSpecies() : labels;
        Set<String> present = new LinkedHashSet<>();
        for (AtomSite a : crystal.asymmetricUnit()) present.add(a.label());
        for (String label : chosen) {
            if (!present.contains(label)) {
                throw new InputException(source(), 0, "sites", "no site labelled '" + label + "' in the structure",
                        "site labels present: " + String.join(", ", present));
            }
            String element = elementOf(label);
            if (species != null && !species.equals(element)) {
                throw new InputException(source(), 0, "sites", "site " + label + " is " + element + ", not " + species,
                        "the network must be sites of one species; labels of " + species + ": "
                                + String.join(", ", labelsOf(species)));
            }
        }
        return NetworkSites.of(crystal.cell(), crystal.sites(), chosen);
    }

    private List<String> labelsOfSpecies() {
        if (species == null) {
            throw new InputException(source(), 0, "sites", "the hop network has no sites",
                    "name the site labels (or the species) that form the network");
        }
        List<String> found = labelsOf(species);
        if (found.isEmpty()) {
            Set<String> elements = new LinkedHashSet<>();
            for (AtomSite a : crystal.asymmetricUnit()) elements.add(a.element());
            throw new InputException(source(), 0, "species", "no site of species " + species + " in the structure",
                    "species present: " + String.join(", ", elements));
        }
        return found;
    }

    private List<String> labelsOf(String element) {
        List<String> out = new ArrayList<>();
        for (AtomSite a : crystal.asymmetricUnit()) if (a.element().equals(element)) out.add(a.label());
        return out;
    }

    private String elementOf(String label) {
        for (CrystalSite s : crystal.sites()) if (s.label().equals(label)) return s.element();
        throw new IllegalStateException("label " + label + " has no expanded site");
    }

    private double checkedCutoff() {
        if (!(cutoffAngstrom > 0) || Double.isInfinite(cutoffAngstrom)) {
            throw new InputException(source(), 0, "cutoff", "the hop cutoff must be a positive length in Å, not "
                    + cutoffAngstrom, "give e.g. 4.5");
        }
        if (cutoffAngstrom > org.ionhop.deck.NetworkSpec.MAX_HOP_ANGSTROM) {
            throw new InputException(source(), 0, "cutoff", "the hop cutoff " + cutoffAngstrom + " Å is longer than "
                    + "any ionic hop (at most " + org.ionhop.deck.NetworkSpec.MAX_HOP_ANGSTROM + " Å)",
                    "ionic hops are 1-6 Å; give e.g. 4.5");
        }
        return cutoffAngstrom;
    }

    /**
     * A hop must reach a unique target: with every supercell plane spacing above twice the cutoff,
     * no hop joins a site to its own image and no two images of one site are both within reach.
     */
    private void checkSupercell() {
        for (int n : supercell) {
            if (n < 1) {
                throw new InputException(source(), 0, "supercell", "supercell repeats must be at least 1, not "
                        + n, "give e.g. 2x2x2");
            }
        }
        int[] needed = smallestValidSupercell();
        boolean ok = java.util.Arrays.equals(needed, supercell);
        if (!ok) {
            Cell big = crystal.cell().supercell(supercell[0], supercell[1], supercell[2]);
            double[] s = big.planeSpacings();
            throw new InputException(source(), 0, "supercell", String.format(Locale.ROOT,
                    "supercell %s is too small for the cutoff %.3f Å: its plane spacings %.3f, %.3f, %.3f Å must "
                            + "all exceed 2 x cutoff = %.3f Å, or a hop could reach two images of one site",
                    dims(supercell), cutoffAngstrom, s[0], s[1], s[2], 2 * cutoffAngstrom),
                    "use a supercell of at least " + dims(needed));
        }
    }

    private static String dims(int[] n) {
        return n[0] + "x" + n[1] + "x" + n[2];
    }

    private Path source() {
        return crystal.source();
    }
}
