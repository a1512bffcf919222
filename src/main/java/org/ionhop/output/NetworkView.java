package org.ionhop.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ionhop.crystal.Cell;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.CrystalSite;
import org.ionhop.deck.Deck;
import org.ionhop.network.HopClass;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.DeckModel;
import org.ionhop.rates.EnergyLandscape;
import org.joml.Vector3d;

/**
 * A hop network as the exports show it: the host atoms of the conventional cell, the network sites
 * of one cell with their energies and hop counts, the hops of one cell, and the supercell network
 * the kMC runs on. Network site {@code s} of cell {@code (c0,c1,c2)} is supercell site
 * {@code ((c0*n1 + c1)*n2 + c2)*m + s} (m sites per cell), as in {@link HopNetwork}.
 *
 * @param title     structure title (may be empty)
 * @param cell      the conventional cell
 * @param species   the mobile element
 * @param host      the symmetry-expanded atoms that are not network sites, one conventional cell
 * @param sites     the network sites of one conventional cell, in network order
 * @param cellHops  the directed hops that start in one cell (from site {@code from} of cell 0)
 * @param network   the network in its supercell
 * @param supercellSiteEnergyEv energy of every supercell site, eV, when sites of one label differ (regions,
 *                  host disorder); null when each site has its label's energy ({@link NetworkSite#energyEv()})
 */
public record NetworkView(String title, Cell cell, String species, List<HostAtom> host, List<NetworkSite> sites,
                          List<CellHop> cellHops, HopNetwork network, double[] supercellSiteEnergyEv) {

    /** Element symbol given to extra (interstitial) network sites in structure exports: a dummy species. */
    public static final String EXTRA_SITE_SYMBOL = "X";

    /**
     * An atom of the host structure.
     *
     * @param label      its structure label
     * @param element    element symbol
     * @param fractional fractional coordinates in the conventional cell, [0,1)
     * @param occupancy  site occupancy from the structure file
     */
    public record HostAtom(String label, String element, double[] fractional, double occupancy) {}

    /**
     * A network site of the conventional cell.
     *
     * @param index             position among the sites of one cell (0..m-1)
     * @param label             its label (structure label, or the deck's label of an extra site)
     * @param element           element of the structure site, or of the extra site
     * @param extra             true for an extra (interstitial) site that is not in the structure file
     * @param fractional        fractional coordinates in the conventional cell
     * @param cartesianAngstrom Cartesian position, Å
     * @param energyEv          site energy, eV (0 when no deck gives one)
     * @param occupancy         occupancy of the structure site; 0 for an extra site (empty in the host)
     * @param hopsPerClass      hops of each class that start on this site
     */
    public record NetworkSite(int index, String label, String element, boolean extra, double[] fractional,
                              double[] cartesianAngstrom, double energyEv, double occupancy, int[] hopsPerClass) {

        /** The symbol structure exports give it: the element, or the dummy X for an extra site. */
        public String exportSymbol() { return extra ? EXTRA_SITE_SYMBOL : element; }
    }

    /**
     * A directed hop from a site of cell (0,0,0).
     *
     * @param from           network site of the cell it starts on
     * @param to             network site (index within its cell) it ends on
     * @param image          the cell the target lies in, in conventional-cell units
     * @param hopClass       class index
     * @param vectorAngstrom target minus source, Cartesian Å
     * @param lengthAngstrom hop length, Å
     */
    public record CellHop(int from, int to, int[] image, int hopClass, double[] vectorAngstrom, double lengthAngstrom) {}

    public int sitesPerCell() { return sites.size(); }

    /** Energy of supercell site {@code i}, eV: its own when the landscape varies, else its label's. */
    public double siteEnergyEv(int i) {
        return supercellSiteEnergyEv != null ? supercellSiteEnergyEv[i] : sites.get(i % sites.size()).energyEv();
    }

    /** The same view with per-site energies of the whole supercell (regions, host disorder), eV. */
    public NetworkView withSupercellSiteEnergies(double[] energyEv) {
        if (energyEv.length != network.siteCount()) {
            throw new IllegalArgumentException(energyEv.length + " energies for " + network.siteCount() + " sites");
        }
        return new NetworkView(title, cell, species, host, sites, cellHops, network, energyEv.clone());
    }

    public List<HopClass> classes() { return network.classes(); }

    /**
     * @param crystal        the crystal the network was built from (extra sites included)
     * @param network        the network in its supercell
     * @param species        the mobile element
     * @param extraLabels    labels of the extra (interstitial) sites
     * @param energyEvByLabel site energy of each network label; missing labels are at 0 eV
     */
    public static NetworkView of(Crystal crystal, HopNetwork network, String species, Set<String> extraLabels,
                                 Map<String, Double> energyEvByLabel) {
        Cell cell = crystal.cell();
        List<String> labels = network.siteLabels();
        List<HostAtom> host = new ArrayList<>();
        for (CrystalSite s : crystal.sites()) {
            if (!labels.contains(s.label())) host.add(new HostAtom(s.label(), s.element(), s.fractional(), s.occupancy()));
        }
        int[] n = network.supercell();
        int m = network.siteCount() / (n[0] * n[1] * n[2]);
        int classes = network.classes().size();
        // Only cell 0 is read, one site or hop at a time, so a network that repeats one cell is never expanded.
        List<NetworkSite> sites = new ArrayList<>();
        double[][] frac = new double[m][];
        for (int s = 0; s < m; s++) {
            String label = labels.get(network.siteTypeOf(s));
            CrystalSite first = crystal.sitesWithLabel(label).get(0);
            double[] cart = {network.siteCartesianOf(s, 0), network.siteCartesianOf(s, 1), network.siteCartesianOf(s, 2)};
            frac[s] = toArray(cell.toFractional(new Vector3d(cart[0], cart[1], cart[2]), new Vector3d()));
            int[] counts = new int[classes];
            for (int h = network.hopStartOf(s); h < network.hopStartOf(s + 1); h++) counts[network.hopClassOf(h)]++;
            boolean extra = extraLabels.contains(label);
            sites.add(new NetworkSite(s, label, first.element(), extra, frac[s], cart,
                    energyEvByLabel.getOrDefault(label, 0.0), extra ? 0.0 : first.occupancy(), counts));
        }
        List<CellHop> hops = new ArrayList<>();
        Vector3d d = new Vector3d();
        for (int s = 0; s < m; s++) {
            for (int h = network.hopStartOf(s); h < network.hopStartOf(s + 1); h++) {
                int t = network.hopTargetOf(h) % m;
                double[] v = {network.hopVectorOf(h, 0), network.hopVectorOf(h, 1), network.hopVectorOf(h, 2)};
                cell.toFractional(d.set(v[0], v[1], v[2]), d);
                int[] image = {
                    (int) Math.round(frac[s][0] + d.x - frac[t][0]),
                    (int) Math.round(frac[s][1] + d.y - frac[t][1]),
                    (int) Math.round(frac[s][2] + d.z - frac[t][2])};
                hops.add(new CellHop(s, t, image, network.hopClassOf(h), v, Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2])));
            }
        }
        return new NetworkView(crystal.title(), cell, species, List.copyOf(host), List.copyOf(sites), List.copyOf(hops),
                network, null);
    }

    /**
     * A deck's network as the exports and the result file show it: label energies from the deck, and
     * each site's own energy where the deck's landscape (regions, host disorder) varies it.
     */
    public static NetworkView of(DeckModel model) {
        Deck deck = model.deck();
        Set<String> extra = new LinkedHashSet<>();
        deck.network().extraSites().forEach(e -> extra.add(e.label()));
        Map<String, Double> energies = new LinkedHashMap<>();
        for (String label : model.network().siteLabels()) energies.put(label, deck.siteEnergyEv(label));
        NetworkView view = of(model.crystal(), model.network(), deck.species().element(), extra, energies);
        EnergyLandscape landscape = model.landscape();
        if (landscape == null) return view;
        double[] perSite = new double[landscape.siteCount()];
        for (int i = 0; i < perSite.length; i++) perSite[i] = landscape.siteEnergyEv(i);
        return view.withSupercellSiteEnergies(perSite);
    }

    /** (x, y, z) of a vector. */
    public static double[] toArray(Vector3d v) {
        return new double[] {v.x, v.y, v.z};
    }
}
