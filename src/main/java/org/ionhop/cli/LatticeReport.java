package org.ionhop.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ionhop.crystal.AtomSite;
import org.ionhop.crystal.Cell;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.CrystalSite;
import org.ionhop.network.HopClass;
import org.ionhop.network.HopNetwork;
import org.ionhop.output.NetworkView;
import org.joml.Vector3d;
import org.ionhop.network.HopNetworkBuilder;
import org.ionhop.network.NetworkConnectivity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code ionhop lattice} shows: the structure, its sites and the hop classes of the mobile
 * sublattice. The record tree is the --json document (field names are its keys); {@link #toText}
 * is the human table.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LatticeReport(String source, String title, CellInfo cell, SpaceGroupInfo spaceGroup, List<SiteInfo> sites,
                     List<ExpandedSite> expandedSites, NetworkInfo network, List<HopClass> hopClasses,
                     List<CellHopInfo> cellHops, ConnectivityInfo connectivity, String deck, List<BarrierInfo> barriers,
                     List<String> notes, List<String> warnings, String exported,
                     List<RegionInfo> regions) {

    /**
     * One site of the symmetry-expanded conventional cell.
     *
     * @param index             position in the expanded list
     * @param networkSite       its index among the network sites of one cell, or null for a host atom
     * @param extra             an extra (interstitial) network site
     * @param cartesianAngstrom Cartesian position, Å
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ExpandedSite(int index, String label, String element, double[] fractional, double[] cartesianAngstrom,
                        double occupancy, Integer networkSite, boolean extra) {}

    /**
     * A directed hop starting in cell (0,0,0): from network site {@code from} to network site {@code to}
     * of cell {@code image} (conventional-cell units).
     */
    record CellHopInfo(int from, int to, String fromLabel, String toLabel, int[] image, double[] vectorAngstrom,
                       double lengthAngstrom, int hopClass) {}

    /**
     * Periodic percolation of the network (see NetworkConnectivity): computed on the conventional
     * cell with lattice images, so it describes the crystal, whatever the supercell.
     *
     * @param dimensionality            of long-range transport, 0..3 (the largest over the components)
     * @param longRangeTransport        e.g. "3D", "2D in the ab (0 0 1) plane", "1D along c [0 0 1]"
     * @param components                connected components; translations in units of the cell vectors
     * @param sitesWithoutHops          label -> sites per cell that have no hop at all
     * @param percolationCutoffAngstrom when nothing percolates: the shortest cutoff that would percolate, Å
     * @param percolationAtThatCutoff   when nothing percolates: the dimensionality that cutoff gives
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConnectivityInfo(int dimensionality, String longRangeTransport, List<NetworkConnectivity.Component> components,
                            Map<String, Integer> sitesWithoutHops, Double percolationCutoffAngstrom,
                            String percolationAtThatCutoff) {

        static ConnectivityInfo of(NetworkConnectivity c, HopNetworkBuilder.Percolation threshold) {
            return new ConnectivityInfo(c.dimensionality(), c.summary(), c.components(), c.sitesWithoutHops(),
                    threshold == null ? null : threshold.cutoffAngstrom(),
                    threshold == null ? null : threshold.connectivity().summary());
        }
    }

    /** The same report with the network's connectivity and warnings about it. */
    LatticeReport withConnectivity(ConnectivityInfo info, List<String> warningLines) {
        return new LatticeReport(source, title, cell, spaceGroup, sites, expandedSites, network, hopClasses, cellHops, info,
                deck, barriers, notes, warningLines == null || warningLines.isEmpty() ? null : List.copyOf(warningLines),
                exported, regions);
    }

    /**
     * One zone of a composite deck: a phase's bulk or an interface band.
     *
     * @param sites         network sites in the zone
     * @param siteFraction  share of all sites
     * @param hops          directed hops that take this zone's barriers (for a band: also those across its boundary)
     * @param crossingHops  for an interface: directed hops across its boundary (between two domains); 0 for a phase
     * @param kraEv         E_KRA per hop class in this zone, eV
     * @param meanSiteEnergyEv mean site energy of its sites, eV
     */
    record RegionInfo(String zone, int sites, double siteFraction, int hops, int crossingHops, double[] kraEv,
                      Double meanSiteEnergyEv) {}

    /** The same report with a composite's zones. */
    LatticeReport withRegions(List<RegionInfo> zones) {
        return new LatticeReport(source, title, cell, spaceGroup, sites, expandedSites, network, hopClasses, cellHops,
                connectivity, deck, barriers, notes, warnings, exported, zones);
    }

    /**
     * The barrier a deck gives one hop class.
     *
     * @param hopClass          class index
     * @param kraEv             E_KRA, eV
     * @param attemptFrequencyHz attempt frequency, Hz
     * @param source            where the number comes from (deck line, NEB profile)
     */
    record BarrierInfo(int hopClass, double kraEv, double attemptFrequencyHz, String source) {}

    /** The same report with the barriers a deck assigns and the notes it raised. */
    LatticeReport withBarriers(String deckFile, List<BarrierInfo> assigned, List<String> assignmentNotes) {
        return new LatticeReport(source, title, cell, spaceGroup, sites, expandedSites, network, hopClasses, cellHops,
                connectivity, deckFile, assigned, assignmentNotes.isEmpty() ? null : assignmentNotes, warnings, exported,
                regions);
    }

    /** The same report, noting the file the network was exported to. */
    LatticeReport withExport(String file) {
        return new LatticeReport(source, title, cell, spaceGroup, sites, expandedSites, network, hopClasses, cellHops,
                connectivity, deck, barriers, notes, warnings, file, regions);
    }

    record CellInfo(double a, double b, double c, double alphaDeg, double betaDeg, double gammaDeg,
                    double volumeAngstrom3) {}

    record SpaceGroupInfo(String symbol, int number, int operations) {}

    /**
     * @param multiplicity sites of this label per conventional cell (the Wyckoff multiplicity)
     * @param occupancy    null for extra (interstitial) sites, which are empty network sites
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SiteInfo(String label, String element, double[] fractional, Double occupancy, int multiplicity,
                    boolean extra, boolean network) {}

    /**
     * @param cutoffNote why the cutoff is not the one asked for, or null
     * @param supercell  with siteCount and hopCount, present only when a supercell was built
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NetworkInfo(String species, List<String> labels, double cutoffAngstrom, String cutoffNote,
                       int[] supercell, Integer siteCount, Integer hopCount) {}

    static LatticeReport of(Crystal crystal, Set<String> extraLabels, String species, List<String> labels,
                            double cutoff, String cutoffNote, List<HopClass> classes, HopNetwork network,
                            NetworkView view) {
        Cell c = crystal.cell();
        List<SiteInfo> sites = new ArrayList<>();
        for (AtomSite a : crystal.asymmetricUnit()) {
            boolean extra = extraLabels.contains(a.label());
            sites.add(new SiteInfo(a.label(), a.element(), a.fractional(), extra ? null : a.occupancy(),
                    crystal.sitesWithLabel(a.label()).size(), extra, labels.contains(a.label())));
        }
        NetworkInfo net = network == null ? new NetworkInfo(species, labels, cutoff, cutoffNote, null, null, null)
                : new NetworkInfo(species, labels, cutoff, cutoffNote, network.supercell(), network.siteCount(),
                        network.hopCount());
        List<ExpandedSite> expanded = new ArrayList<>();
        int networkIndex = 0;
        for (CrystalSite s : crystal.sites()) {
            boolean onNetwork = labels.contains(s.label());
            double[] f = s.fractional();
            double[] cart = NetworkView.toArray(c.toCartesian(new Vector3d(f[0], f[1], f[2]), new Vector3d()));
            expanded.add(new ExpandedSite(expanded.size(), s.label(), s.element(), f, cart, s.occupancy(),
                    onNetwork ? networkIndex++ : null, extraLabels.contains(s.label())));
        }
        List<CellHopInfo> hops = new ArrayList<>();
        for (NetworkView.CellHop h : view.cellHops()) {
            hops.add(new CellHopInfo(h.from(), h.to(), view.sites().get(h.from()).label(), view.sites().get(h.to()).label(),
                    h.image(), h.vectorAngstrom(), h.lengthAngstrom(), h.hopClass()));
        }
        return new LatticeReport(crystal.source() == null ? null : crystal.source().toString(), crystal.title(),
                new CellInfo(c.lengthA(), c.lengthB(), c.lengthC(), c.alphaDeg(), c.betaDeg(), c.gammaDeg(), c.volume()),
                new SpaceGroupInfo(crystal.spaceGroup().symbol(), crystal.spaceGroup().number(),
                        crystal.spaceGroup().order()),
                sites, expanded, net, classes, hops, null, null, null, null, null, null, null);
    }

    String toText() {
        StringBuilder sb = new StringBuilder();
        line(sb, "Structure:   %s%s", title.isEmpty() ? "(untitled)" : title, source == null ? "" : "  [" + source + "]");
        line(sb, "Cell:        a=%.5f b=%.5f c=%.5f Å  alpha=%.3f beta=%.3f gamma=%.3f deg  V=%.3f Å^3",
                cell.a, cell.b, cell.c, cell.alphaDeg, cell.betaDeg, cell.gammaDeg, cell.volumeAngstrom3);
        line(sb, "Space group: %s%s, %d operations", spaceGroup.symbol.isEmpty() ? "?" : spaceGroup.symbol,
                spaceGroup.number > 0 ? " (No. " + spaceGroup.number + ")" : "", spaceGroup.operations);
        sb.append('\n');
        line(sb, "Sites (multiplicity = sites per conventional cell):");
        line(sb, "  %-8s %-4s %9s %9s %9s %6s %5s  %s", "label", "elem", "x", "y", "z", "occ", "mult", "network");
        int total = 0;
        for (SiteInfo s : sites) {
            line(sb, "  %-8s %-4s %9.5f %9.5f %9.5f %6s %5d  %s", s.label, s.element, s.fractional[0],
                    s.fractional[1], s.fractional[2], s.occupancy == null ? "-" : String.format(Locale.ROOT, "%.3f", s.occupancy),
                    s.multiplicity, (s.network ? "yes" : "no") + (s.extra ? " (extra site)" : ""));
            total += s.multiplicity;
        }
        line(sb, "  %d sites per conventional cell", total);
        sb.append('\n');
        line(sb, "Network:     species %s, sites %s, cutoff %.3f Å", network.species, String.join(", ", network.labels),
                network.cutoffAngstrom);
        if (network.cutoffNote != null) line(sb, "Note:        %s", network.cutoffNote);
        if (network.supercell != null) {
            line(sb, "Supercell:   %dx%dx%d, %d sites, %d directed hops", network.supercell[0], network.supercell[1],
                    network.supercell[2], network.siteCount, network.hopCount);
        }
        sb.append('\n');
        line(sb, "Hop classes (hops per site counted from each endpoint; count = undirected hops per cell):");
        line(sb, "  %3s  %-8s %-8s %10s %10s %10s %9s", "#", "from", "to", "length/Å", "per-from", "per-to", "count");
        for (HopClass h : hopClasses) {
            line(sb, "  %3d  %-8s %-8s %10.4f %10d %10d %9d", h.index(), h.fromLabel(), h.toLabel(),
                    h.lengthAngstrom(), h.hopsPerFromSite(), h.hopsPerToSite(), h.countPerCell());
        }
        if (connectivity != null) {
            sb.append('\n');
            line(sb, "Connectivity (periodic percolation of the hops, per conventional cell):");
            line(sb, "  long-range transport: %s", connectivity.longRangeTransport());
            for (NetworkConnectivity.Component c : connectivity.components()) {
                line(sb, "  component %d: %s%s", c.index(), c.describe(), c.percolates() ? "" : "  - does not percolate");
            }
            if (!connectivity.sitesWithoutHops().isEmpty()) {
                List<String> lonely = new ArrayList<>();
                connectivity.sitesWithoutHops().forEach((label, n) -> lonely.add(label + " x" + n + " per cell"));
                line(sb, "  sites without any hop: %s", String.join(", ", lonely));
            }
            if (connectivity.percolationCutoffAngstrom() != null) {
                line(sb, "  percolates from a cutoff of %.3f Å: %s", connectivity.percolationCutoffAngstrom(),
                        connectivity.percolationAtThatCutoff());
            }
        }
        if (barriers != null) {
            sb.append('\n');
            line(sb, "Barriers from %s:", deck);
            line(sb, "  %3s  %9s %11s  %s", "#", "E_KRA/eV", "nu/Hz", "source");
            for (BarrierInfo b : barriers) {
                line(sb, "  %3d  %9.4f %11.3e  %s", b.hopClass(), b.kraEv(), b.attemptFrequencyHz(), b.source());
            }
            if (notes != null) notes.forEach(n -> line(sb, "Note: %s", n));
        }
        if (warnings != null) {
            sb.append('\n');
            warnings.forEach(w -> line(sb, "Warning: %s", w));
        }
        if (regions != null) {
            sb.append('\n');
            line(sb, "Regions (zones: the bulk of each phase, then each interface band; hops = directed hops that take "
                    + "the zone's barriers):");
            line(sb, "  %-24s %8s %7s %9s %9s %10s  %s", "zone", "sites", "share", "hops", "across", "E_site/eV",
                    "E_KRA/eV per class");
            for (RegionInfo r : regions) {
                StringBuilder kra = new StringBuilder();
                for (double k : r.kraEv()) kra.append(String.format(Locale.ROOT, "%.4f ", k));
                line(sb, "  %-24s %8d %7.4f %9d %9d %10.4f  %s", r.zone(), r.sites(), r.siteFraction(), r.hops(),
                        r.crossingHops(), r.meanSiteEnergyEv() == null ? Double.NaN : r.meanSiteEnergyEv(), kra.toString().trim());
            }
        }
        if (exported != null) {
            sb.append('\n');
            line(sb, "Exported:    %s", exported);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
