package org.ionhop.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.deck.ClusterExpansionSpec;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.ce.ClusterExpansionModel;
import org.ionhop.rates.ce.ClusterOrbit;
import org.ionhop.rates.ce.KraClusters;

/**
 * A cluster expansion as {@code ionhop lattice DECK} shows it and the result file stores it
 * ({@code /cluster_expansion}): every orbit of the lattice energy
 * (its prototype's deck line, sites, distances, multiplicity and ECI) and every KRA cluster set
 * around the hops of each class. The record is the "clusterExpansion" entry of the --json document.
 *
 * @param basis                 occupation (x = 1/0) or spin (σ = ±1)
 * @param constantEv            the empty cluster, eV
 * @param distinctTables        barrier tables after sharing between alike hops (-1: tables refused)
 * @param largestEnvironment    most mobile sites a hop's barrier depends on (tables hold 2^n entries; -1: refused)
 * @param orbits                the lattice-energy orbits
 * @param kraClusters           the KRA clusters per prototype and hop class
 */
public record ClusterExpansionRecord(String basis, double constantEv, int distinctTables, int largestEnvironment,
                              List<Orbit> orbits, List<Kra> kraClusters) {

    /**
     * One orbit.
     *
     * @param deckLine          line of its prototype in the deck
     * @param sites             labels of the representative's points (a host label with the species it counts: B1=I)
     * @param distancesAngstrom the representative's pair distances (1,2), (1,3), …, Å
     * @param pointsAngstrom    the representative's points, Cartesian, Å
     * @param perCell           clusters of the orbit per conventional cell
     * @param perSite           clusters of the orbit that contain a given site of the first label
     * @param eciEv             its ECI, eV
     */
    public record Orbit(int deckLine, List<String> sites, double[] distancesAngstrom, List<double[]> pointsAngstrom,
                 int perCell, double perSite, double eciEv) {}

    /** KRA clusters of one prototype around each hop of one class. */
    public record Kra(int deckLine, String hopClass, List<String> sites, List<List<Double>> distancesToEndsAngstrom,
               int perHop, double eciEv) {}

    public static ClusterExpansionRecord of(ClusterExpansionModel ce, HopNetwork network) {
        return of(ce.spec(), ce.orbits(), ce.kraClusters(), network, ce.distinctTables(), ce.largestEnvironmentSites());
    }

    /** The orbits alone, for an expansion whose tables were refused (no KRA clusters, no table figures). */
    public static ClusterExpansionRecord ofOrbits(ClusterExpansionSpec spec, List<ClusterOrbit> orbits, HopNetwork network) {
        return of(spec, orbits, List.of(), network, -1, -1);
    }

    private static ClusterExpansionRecord of(ClusterExpansionSpec spec, List<ClusterOrbit> clusterOrbits,
                                             List<KraClusters> kraClusters, HopNetwork network, int tables, int largest) {
        List<Orbit> orbits = new ArrayList<>();
        for (ClusterOrbit o : clusterOrbits) {
            List<String> shown = o.labels().stream().map(l -> o.prototype().hostSpecies().containsKey(l)
                    ? l + "=" + o.prototype().hostSpecies().get(l) : l).toList();
            orbits.add(new Orbit(o.prototype().where().line(), shown, o.distancesAngstrom(), o.pointsAngstrom(),
                    o.multiplicityPerCell(), o.multiplicityPerSite(), o.eciEv()));
        }
        List<Kra> kra = new ArrayList<>();
        for (KraClusters k : kraClusters) {
            List<String> shown = k.prototype().sites().stream().map(l -> k.prototype().hostSpecies().containsKey(l)
                    ? l + "=" + k.prototype().hostSpecies().get(l) : l).toList();
            kra.add(new Kra(k.prototype().where().line(), network.classes().get(k.hopClass()).describe(), shown,
                    k.prototype().distancesToEnds(), k.perHop(), k.prototype().eciEv()));
        }
        return new ClusterExpansionRecord(spec.basis().name().toLowerCase(Locale.ROOT), spec.constantEv(),
                tables, largest, orbits, kra);
    }

    public String toText() {
        StringBuilder sb = new StringBuilder();
        line(sb, "\nCluster expansion (%s basis: %s), constant %.4f eV:", basis,
                basis.equals("spin") ? "sigma = +1 occupied, -1 empty" : "x = 1 occupied, 0 empty", constantEv);
        line(sb, "  orbits of the lattice energy (multiplicity per conventional cell; per site = clusters holding one "
                + "site of the first label):");
        line(sb, "    %-5s %-28s %-30s %8s %8s %10s", "line", "sites", "distances/A", "per_cell", "per_site", "ECI/eV");
        for (Orbit o : orbits) {
            List<String> d = new ArrayList<>();
            for (double x : o.distancesAngstrom()) d.add(String.format(Locale.ROOT, "%.3f", x));
            line(sb, "    %-5d %-28s %-30s %8d %8.2f %10.4f", o.deckLine(), String.join(" ", o.sites()),
                    d.isEmpty() ? "-" : String.join(" ", d), o.perCell(), o.perSite(), o.eciEv());
        }
        if (!kraClusters.isEmpty()) {
            line(sb, "  KRA clusters around each hop (distances to the two end points, either orientation):");
            line(sb, "    %-5s %-24s %-20s %-26s %7s %10s", "line", "hop class", "sites", "to ends/A", "per_hop", "ECI/eV");
            for (Kra k : kraClusters) {
                List<String> e = new ArrayList<>();
                for (List<Double> p : k.distancesToEndsAngstrom()) {
                    e.add(String.format(Locale.ROOT, "(%.3f,%.3f)", p.get(0), p.get(1)));
                }
                line(sb, "    %-5d %-24s %-20s %-26s %7d %10.4f", k.deckLine(), k.hopClass(),
                        k.sites().isEmpty() ? "(constant)" : String.join(" ", k.sites()),
                        e.isEmpty() ? "-" : String.join(" ", e), k.perHop(), k.eciEv());
            }
        }
        if (distinctTables >= 0) {
            line(sb, "  barrier tables: %d distinct, hop environments of up to %d mobile sites", distinctTables,
                    largestEnvironment);
        } else {
            line(sb, "  no barrier tables: 'ionhop run' refuses this expansion (see the warning above)");
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
