package org.ionhop.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Periodic percolation analysis of a hop network: its connected components in the infinite crystal
 * and the lattice directions along which each carries ions arbitrarily far.
 *
 * <p>Computed on the conventional cell's network with every hop's integer lattice image n (site s
 * hops to site t of the cell translated by n), i.e. on the periodic quotient graph of the infinite
 * crystal, not on a supercell. A breadth-first search gives every site an unwrapped cell offset
 * o(s); each hop s→t(n) that closes a cycle yields the translation o(s) + n − o(t), the lattice
 * vector by which walking around that cycle moves an ion. Those translations generate the
 * component's translation lattice ({@link TranslationLattice}); its rank is the dimensionality of
 * long-range transport (0: a closed cluster, 1: channels, 2: layers, 3: a 3D network). A component
 * percolates along v exactly when v is in that lattice: the walk connects a site to its own image
 * translated by v.
 *
 * <p>Why not the supercell: the result must describe the crystal, not the simulation box, and it
 * must not depend on the box size. The quotient graph is exact for any supercell, costs only the
 * conventional cell's hops, and also serves {@code ionhop lattice} on a bare structure file. (The
 * kMC supercell is a faithful image of it because {@link HopNetworkBuilder} insists that every hop
 * reaches a unique target: then a closed cluster can never touch its own periodic image in the box.)
 * Supercell site {@code cell * sitesPerCell + s} belongs to the component of cell site s.
 */
public final class NetworkConnectivity {
    /** At most this many components are itemised in reports; the rest are counted. */
    private static final int LISTED_COMPONENTS = 8;

    /**
     * One connected component of the infinite network, up to lattice translations.
     *
     * @param index          position in {@link #components()} (percolating, larger components first)
     * @param labels         site labels it contains
     * @param sitesPerCell   its sites per conventional cell
     * @param dimensionality rank of its translation lattice, 0..3
     * @param translations   a basis of the lattice translations it connects a site to, in units of
     *                       the conventional cell vectors (a Hermite normal form)
     * @param description    e.g. "3D", "2D in the ab (0 0 1) plane", "1D along c [0 0 1]", "0D (closed cluster)"
     */
    public record Component(int index, List<String> labels, int sitesPerCell, int dimensionality,
                            List<int[]> translations, String description) {
        public boolean percolates() { return dimensionality > 0; }

        /** "Li1, Li2 (12 sites per cell): 2D in the ab (0 0 1) plane". */
        public String describe() {
            String what = dimensionality > 0 ? description
                    : "0D, a closed cluster of " + sitesPerCell + (sitesPerCell == 1 ? " site" : " sites");
            return String.join(", ", labels) + " (" + sitesPerCell + (sitesPerCell == 1 ? " site" : " sites")
                    + " per cell): " + what;
        }
    }

    private final int sitesPerCell;
    private final int[] componentOfSite;
    private final List<Component> components;
    private final Map<String, Integer> sitesWithoutHops;

    private NetworkConnectivity(int sitesPerCell, int[] componentOfSite, List<Component> components,
                                Map<String, Integer> sitesWithoutHops) {
        this.sitesPerCell = sitesPerCell;
        this.componentOfSite = componentOfSite;
        this.components = List.copyOf(components);
        this.sitesWithoutHops = sitesWithoutHops;
    }

    static NetworkConnectivity of(NetworkSites net, NeighbourPairs pairs) {
        int m = net.count();
        int[] comp = new int[m];
        java.util.Arrays.fill(comp, -1);
        long[] offset = new long[3 * m];
        List<int[]> members = new ArrayList<>();
        List<TranslationLattice> lattices = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int root = 0; root < m; root++) {
            if (comp[root] >= 0) continue;
            int c = lattices.size();
            TranslationLattice lattice = new TranslationLattice();
            List<Integer> sites = new ArrayList<>();
            comp[root] = c;
            queue.add(root);
            while (!queue.isEmpty()) {
                int s = queue.poll();
                sites.add(s);
                for (int p = pairs.start(s); p < pairs.start(s + 1); p++) {
                    int t = pairs.target(p);
                    long o0 = offset[3 * s] + pairs.image(p, 0);
                    long o1 = offset[3 * s + 1] + pairs.image(p, 1);
                    long o2 = offset[3 * s + 2] + pairs.image(p, 2);
                    if (comp[t] < 0) {
                        comp[t] = c;
                        offset[3 * t] = o0;
                        offset[3 * t + 1] = o1;
                        offset[3 * t + 2] = o2;
                        queue.add(t);
                    } else {
                        lattice.add(o0 - offset[3 * t], o1 - offset[3 * t + 1], o2 - offset[3 * t + 2]);
                    }
                }
            }
            members.add(sites.stream().mapToInt(Integer::intValue).toArray());
            lattices.add(lattice);
        }
        return assemble(net, pairs, comp, members, lattices);
    }

    /** Orders components (percolating first, then larger, then by first site) and names them. */
    private static NetworkConnectivity assemble(NetworkSites net, NeighbourPairs pairs, int[] comp,
                                                List<int[]> members, List<TranslationLattice> lattices) {
        Integer[] order = new Integer[members.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer c) -> -lattices.get(c).rank())
                .thenComparingInt(c -> -members.get(c).length)
                .thenComparingInt(c -> java.util.Arrays.stream(members.get(c)).min().orElse(0)));
        int[] newIndex = new int[order.length];
        List<Component> components = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            int c = order[k];
            newIndex[c] = k;
            int[] sites = members.get(c).clone();
            java.util.Arrays.sort(sites);
            LinkedHashSet<String> labels = new LinkedHashSet<>();
            for (int s : sites) labels.add(net.label(s));
            TranslationLattice lattice = lattices.get(c);
            components.add(new Component(k, List.copyOf(labels), sites.length, lattice.rank(), lattice.basis(),
                    lattice.describe()));
        }
        int[] componentOfSite = new int[comp.length];
        for (int s = 0; s < comp.length; s++) componentOfSite[s] = newIndex[comp[s]];
        Map<String, Integer> lonely = new LinkedHashMap<>();
        for (int s = 0; s < comp.length; s++) {
            if (pairs.start(s) == pairs.start(s + 1)) lonely.merge(net.label(s), 1, Integer::sum);
        }
        return new NetworkConnectivity(comp.length, componentOfSite, components, lonely);
    }

    /** The connected components, percolating ones first. */
    public List<Component> components() { return components; }

    /** Network sites per conventional cell. */
    public int sitesPerCell() { return sitesPerCell; }

    /** Dimensionality of long-range transport: the largest over the components, 0..3. */
    public int dimensionality() {
        int d = 0;
        for (Component c : components) d = Math.max(d, c.dimensionality());
        return d;
    }

    /** Whether some component carries ions arbitrarily far. */
    public boolean percolates() { return dimensionality() > 0; }

    /** Sites per cell that lie in closed clusters (no long-range transport from them). */
    public int nonPercolatingSitesPerCell() {
        int n = 0;
        for (Component c : components) if (!c.percolates()) n += c.sitesPerCell();
        return n;
    }

    /** Labels of sites that have no hop at all, with how many such sites each label has per cell. */
    public Map<String, Integer> sitesWithoutHops() { return java.util.Collections.unmodifiableMap(sitesWithoutHops); }

    /** Component of site s of the conventional cell. */
    public int componentOfCellSite(int s) { return componentOfSite[s]; }

    /** Whether supercell site {@code cell * sitesPerCell + s} of a {@link HopNetwork} lies on a percolating component. */
    public boolean percolatesAt(int supercellSite) {
        return components.get(componentOfSite[supercellSite % sitesPerCell]).percolates();
    }

    /**
     * One line for the dimensionality of long-range transport, e.g. "3D", "2D in the ab (0 0 1)
     * plane", "3D (component 0), 1D along c [0 0 1] (component 1)", or "0D: no long-range transport".
     */
    public String summary() {
        if (!percolates()) return "0D: no long-range transport, every component is a closed cluster";
        List<String> kinds = new ArrayList<>();
        for (Component c : components) if (c.percolates() && !kinds.contains(c.description())) kinds.add(c.description());
        return String.join("; ", kinds);
    }

    /** The report lines: summary, then components, then sites without hops. */
    public List<String> reportLines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "long-range transport: %s", summary()));
        for (Component c : components.subList(0, Math.min(LISTED_COMPONENTS, components.size()))) {
            out.add(String.format(Locale.ROOT, "component %d: %s%s", c.index(), c.describe(),
                    c.percolates() ? "" : " - does not percolate"));
        }
        if (components.size() > LISTED_COMPONENTS) {
            out.add("... " + (components.size() - LISTED_COMPONENTS) + " more components");
        }
        if (!sitesWithoutHops.isEmpty()) out.add("sites without any hop: " + describeLonely());
        return out;
    }

    /** One line for carriers that may sit on closed clusters, or null when every site percolates. */
    public String trappedCarrierWarning() {
        int trapped = nonPercolatingSitesPerCell();
        if (trapped == 0 || !percolates()) return null;
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        for (Component c : components) if (!c.percolates()) labels.addAll(c.labels());
        return String.format(Locale.ROOT, "%d of %d network sites per cell (%s) lie in closed clusters that do not "
                        + "percolate%s: ions placed there never leave them and lower D* and sigma; check network.sites "
                        + "and network.cutoff_angstrom (./ionhop lattice DECK shows the components)",
                trapped, sitesPerCell, String.join(", ", labels),
                sitesWithoutHops.isEmpty() ? "" : " (sites without any hop: " + describeLonely() + ")");
    }

    private String describeLonely() {
        List<String> parts = new ArrayList<>();
        sitesWithoutHops.forEach((label, n) -> parts.add(label + " x" + n + " per cell"));
        return String.join(", ", parts);
    }
}
