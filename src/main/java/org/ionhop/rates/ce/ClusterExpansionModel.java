package org.ionhop.rates.ce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionhop.common.InputException;
import org.ionhop.crystal.Crystal;
import org.ionhop.deck.ClusterExpansionSpec;
import org.ionhop.network.CellTemplate;
import org.ionhop.network.HopClass;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.EnergyLandscape;
import org.ionhop.rates.HopEnvironment;
import org.ionhop.rates.HopTopology;
import org.ionhop.rates.HostDisorderLandscape;
import org.ionhop.rates.TransitionRate;

/**
 * A deck's {@code cluster_expansion} on its supercell, compiled into occupancy-dependent barrier
 * tables ({@link HopEnvironment}).
 *
 * <p>One lattice energy E(x) = Σ_s ε_s x_s + Σ_orbits J_α Σ_{clusters c ∈ α} Π_{p ∈ c} φ(x_p), with
 * ε_s the static site energies (site_energies_eV, host-disorder rules, regions) and φ the basis
 * (occupation x or spin 2x − 1). Host sites are immobile: a cluster's host factor Π φ over its host
 * points is a constant folded into its coefficient, so a cluster with host points acts as the
 * smaller cluster of its mobile points (or as a constant). For a hop i→j the barrier is
 * E_a = max(E_KRA + ΔE/2, ΔE, 0) ({@link TransitionRate}) with ΔE = E(after) − E(before) exact: only
 * clusters holding exactly one of i, j change, and their change depends on the occupancy of their
 * other mobile points. E_KRA = the hop's static E_KRA + Σ over the KRA clusters around the hop of
 * ECI × Π φ. Detailed balance holds by construction (one energy function, a saddle shared by both
 * directions: the KRA clusters of a hop and of its reverse are the same set, see
 * {@link OrbitFinder#kraClusters}).
 *
 * <p>The other mobile points of all those clusters form the hop's environment; its barrier is
 * tabulated over their 2^n patterns, once per distinct table (translation-equivalent hops with
 * alike host surroundings share one). An environment of more than
 * {@link HopEnvironment#MAX_ENVIRONMENT_SITES} sites is refused with an input error (no slow path).
 */
public final class ClusterExpansionModel {
    /** All distinct barrier tables together hold at most this many entries (8 bytes each: 268 MB). */
    static final long MAX_TABLE_ENTRIES = 1L << 25;
    private final ClusterExpansionSpec spec;
    private final List<ClusterOrbit> orbits;
    private final List<KraClusters> kraSummary;
    private final double constantEv;
    private final double[] termCoef;     // lattice-energy terms over mobile sites (host factors folded in)
    private final int[] termStart;
    private final int[] termSites;
    private final double[] siteEnergyEv; // static site energies, per mobile site
    private final HopEnvironment environment;
    private final int[] hopKey;          // per hop: index into keys
    private final List<TableKey> keys;   // per distinct table: the ΔE and E_KRA terms it was built from
    private final double phiOccupied, phiEmpty;
    private final int distinctTables;
    private final int largestEnvironment;

    private ClusterExpansionModel(ClusterExpansionSpec spec, List<ClusterOrbit> orbits,
                                  List<KraClusters> kraSummary, double constantEv, double[] termCoef, int[] termStart,
                                  int[] termSites, double[] siteEnergyEv, HopEnvironment environment, int[] hopKey,
                                  List<TableKey> keys, int largestEnvironment) {
        this.spec = spec;
        this.orbits = List.copyOf(orbits);
        this.kraSummary = List.copyOf(kraSummary);
        this.constantEv = constantEv;
        this.termCoef = termCoef;
        this.termStart = termStart;
        this.termSites = termSites;
        this.siteEnergyEv = siteEnergyEv;
        this.environment = environment;
        this.hopKey = hopKey;
        this.keys = List.copyOf(keys);
        this.phiOccupied = spec.basis().value(true);
        this.phiEmpty = spec.basis().value(false);
        this.distinctTables = keys.size();
        this.largestEnvironment = largestEnvironment;
    }

    /**
     * Builds the expansion on the network's supercell.
     *
     * @param crystal  the crystal the network was built from (extra sites included)
     * @param statics  static site energies and E_KRA per site and hop (the deck's landscape, or its class values)
     * @param host     the realised host disorder, or null when the deck has none
     * @throws InputException at the deck line of a prototype that matches nothing, spans more than the
     *         supercell allows, or makes a hop's environment too large for tables
     */
    public static ClusterExpansionModel build(ClusterExpansionSpec spec, Crystal crystal, HopNetwork network,
                                              EnergyLandscape statics, HostDisorderLandscape host) {
        return new Compiler(spec, crystal, network, statics, host).compile();
    }

    /**
     * The orbits of the deck's lattice-energy prototypes alone, without compiling tables (for
     * reports and checks where a hop's environment may be larger than tables allow).
     */
    public static List<ClusterOrbit> orbits(ClusterExpansionSpec spec, Crystal crystal, HopNetwork network,
                                            List<String> hostLabels) {
        OrbitFinder finder = new OrbitFinder(new CeSites(crystal, network.siteLabels(), hostLabels,
                network.supercell()), spec.toleranceAngstrom());
        List<ClusterOrbit> out = new ArrayList<>();
        for (int i = 0; i < spec.clusters().size(); i++) out.addAll(finder.orbits(spec.clusters().get(i), i));
        return out;
    }

    public ClusterExpansionSpec spec() { return spec; }
    /** The barrier tables the rate model uses. */
    public HopEnvironment environment() { return environment; }
    /** The lattice-energy orbits, in deck order. */
    public List<ClusterOrbit> orbits() { return orbits; }
    /** The KRA clusters per prototype and hop class. */
    public List<KraClusters> kraClusters() { return kraSummary; }
    /** Number of distinct barrier tables (hops sharing a table share its entries). */
    public int distinctTables() { return distinctTables; }
    /** Most mobile sites any hop's barrier depends on (besides its end points). */
    public int largestEnvironmentSites() { return largestEnvironment; }

    /**
     * Prototypes whose distances match clusters of several symmetry-distinct orbits (all carry its
     * ECI): one line each, for the user to check the tolerance was not too wide.
     */
    public List<String> ambiguousPrototypes() {
        List<String> out = new ArrayList<>();
        Map<Integer, Integer> count = new LinkedHashMap<>();
        for (ClusterOrbit o : orbits) count.merge(o.prototypeIndex(), 1, Integer::sum);
        count.forEach((p, c) -> {
            if (c > 1) {
                ClusterExpansionSpec.Prototype proto = spec.clusters().get(p);
                out.add(String.format(Locale.ROOT, "cluster_expansion.clusters[%d] (%s) matches %d symmetry-distinct "
                                + "orbits within %.3f Å, which all get its ECI; 'ionhop lattice' lists them; lower "
                                + "distance_tolerance_angstrom if only one was meant", p, proto.where().fileAndLine(), c,
                        spec.toleranceAngstrom()));
            }
        });
        return out;
    }

    /**
     * Lattice energy of a configuration of the mobile sites, eV: static site energies of the
     * occupied sites plus the cluster expansion (its constant and host-only clusters included).
     */
    public double latticeEnergyEv(boolean[] occupied) {
        double e = constantEv;
        for (int s = 0; s < siteEnergyEv.length; s++) if (occupied[s]) e += siteEnergyEv[s];
        for (int t = 0; t < termCoef.length; t++) {
            double prod = termCoef[t];
            for (int k = termStart[t]; k < termStart[t + 1]; k++) prod *= occupied[termSites[k]] ? phiOccupied : phiEmpty;
            e += prod;
        }
        return e;
    }

    /** ΔE = E(after) − E(before) of hop h in this occupancy (source occupied, target empty), from its table, eV. */
    public double energyChangeEv(int hop, boolean[] occupied) {
        TableKey k = keys.get(hopKey[hop]);
        return value(k.delta0(), k.delta(), environment.pattern(hop, occupied), phiOccupied, phiEmpty);
    }

    /** E_KRA of hop h in this occupancy, from its table, eV. */
    public double kraBarrierEv(int hop, boolean[] occupied) {
        TableKey k = keys.get(hopKey[hop]);
        return value(k.kra0(), k.kra(), environment.pattern(hop, occupied), phiOccupied, phiEmpty);
    }

    /** Builds the supercell terms and the tables. */
    private static final class Compiler {
        private final ClusterExpansionSpec spec;
        private final HopNetwork network;
        private final EnergyLandscape statics;
        private final HostDisorderLandscape host;
        private final CeSites sites;
        private final OrbitFinder finder;
        private final double phi1, phi0;
        private final int[] n;

        Compiler(ClusterExpansionSpec spec, Crystal crystal, HopNetwork network, EnergyLandscape statics,
                 HostDisorderLandscape host) {
            this.spec = spec;
            this.network = network;
            this.statics = statics;
            this.host = host;
            List<String> hostLabels = new ArrayList<>();
            if (host != null) for (var m : host.mixedSites()) hostLabels.add(m.spec().siteLabel());
            this.sites = new CeSites(crystal, network.siteLabels(), hostLabels, network.supercell());
            if (sites.mobileCount() != network.siteCount()) {
                throw new IllegalArgumentException("the cluster-expansion sites (" + sites.mobileCount()
                        + ") do not match the network's " + network.siteCount());
            }
            this.finder = new OrbitFinder(sites, spec.toleranceAngstrom());
            this.phi1 = spec.basis().value(true);
            this.phi0 = spec.basis().value(false);
            this.n = network.supercell();
        }

        ClusterExpansionModel compile() {
            List<ClusterOrbit> orbits = new ArrayList<>();
            for (int i = 0; i < spec.clusters().size(); i++) orbits.addAll(finder.orbits(spec.clusters().get(i), i));
            // Lattice-energy terms over the supercell.
            double constant = spec.constantEv();
            List<Double> coef = new ArrayList<>();
            List<int[]> termList = new ArrayList<>();
            for (ClusterOrbit o : orbits) {
                if (o.eciEv() == 0) continue;
                for (long[] cluster : o.clusters()) {
                    for (int c = 0; c < sites.cells(); c++) {
                        int c0 = c / (n[1] * n[2]), c1 = c / n[2] % n[1], c2 = c % n[2];
                        Folded f = fold(cluster, c0, c1, c2, o.prototype().hostSpecies());
                        if (f.factor == 0) continue;
                        if (f.mobile.length == 0) constant += o.eciEv() * f.factor;
                        else {
                            coef.add(o.eciEv() * f.factor);
                            termList.add(f.mobile);
                        }
                    }
                }
            }
            int terms = coef.size();
            double[] termCoef = new double[terms];
            int[] termStart = new int[terms + 1];
            for (int t = 0; t < terms; t++) {
                termCoef[t] = coef.get(t);
                termStart[t + 1] = termStart[t] + termList.get(t).length;
            }
            int[] termSites = new int[termStart[terms]];
            for (int t = 0; t < terms; t++) System.arraycopy(termList.get(t), 0, termSites, termStart[t], termList.get(t).length);
            int mobile = network.siteCount();
            int[] siteTermStart = new int[mobile + 1];
            for (int k : termSites) siteTermStart[k + 1]++;
            for (int s = 0; s < mobile; s++) siteTermStart[s + 1] += siteTermStart[s];
            int[] siteTerms = new int[termSites.length];
            int[] fill = Arrays.copyOf(siteTermStart, mobile);
            for (int t = 0; t < terms; t++) for (int k = termStart[t]; k < termStart[t + 1]; k++) siteTerms[fill[termSites[k]]++] = t;
            double[] siteEnergy = new double[mobile];
            for (int s = 0; s < mobile; s++) siteEnergy[s] = statics.siteEnergyEv(s);

            List<List<long[]>> kraPerPair = new ArrayList<>();
            List<List<Integer>> kraProtoPerPair = new ArrayList<>();
            List<KraClusters> kraSummary = kraClusters(kraPerPair, kraProtoPerPair);

            // Per hop: environment, ΔE and E_KRA terms over it, table.
            HopTopology topology = new HopTopology(network);
            int[] source = topology.hopSource();
            int[] target = network.hopTarget();
            CellTemplate cell = network.template();
            int pairs = cell.pairsPerCell();
            HopEnvironment.Builder b = HopEnvironment.builder(network).detailedBalance(true)
                    .description(String.format(Locale.ROOT, "the cluster expansion (%d orbits, %d KRA prototypes, "
                            + "%s basis)", orbits.size(), spec.kraClusters().size(),
                            spec.basis().name().toLowerCase(Locale.ROOT)));
            Map<TableKey, Integer> tableOf = new HashMap<>();
            List<TableKey> keys = new ArrayList<>();
            List<Integer> envOffset = new ArrayList<>();
            int[] hopKey = new int[network.hopCount()];
            long entries = 0;
            int largest = 0;
            for (int h = 0; h < network.hopCount(); h++) {
                int i = source[h], j = target[h];
                int cellIndex = h / pairs, p = h % pairs;
                int c0 = cellIndex / (n[1] * n[2]), c1 = cellIndex / n[2] % n[1], c2 = cellIndex % n[2];
                List<int[]> deltaSites = new ArrayList<>();
                List<Double> deltaCoef = new ArrayList<>();
                collectChange(i, j, phi0 - phi1, termCoef, termStart, termSites, siteTermStart, siteTerms, deltaSites, deltaCoef);
                collectChange(j, i, phi1 - phi0, termCoef, termStart, termSites, siteTermStart, siteTerms, deltaSites, deltaCoef);
                List<int[]> kraSites = new ArrayList<>();
                List<Double> kraCoef = new ArrayList<>();
                double kraConstant = statics.kraBarrierEv(h);
                List<long[]> clusters = kraPerPair.get(p);
                for (int q = 0; q < clusters.size(); q++) {
                    ClusterExpansionSpec.KraPrototype proto = spec.kraClusters().get(kraProtoPerPair.get(p).get(q));
                    Folded f = fold(clusters.get(q), c0, c1, c2, proto.hostSpecies());
                    if (f.factor == 0 || proto.eciEv() == 0) continue;
                    if (f.mobile.length == 0) kraConstant += proto.eciEv() * f.factor;
                    else {
                        kraSites.add(f.mobile);
                        kraCoef.add(proto.eciEv() * f.factor);
                    }
                }
                int[] env = environmentSites(i, c0, c1, c2, deltaSites, kraSites);
                if (env.length > HopEnvironment.MAX_ENVIRONMENT_SITES) throw tooLarge(h, env.length);
                largest = Math.max(largest, env.length);
                Map<Integer, Integer> bit = new HashMap<>();
                for (int k = 0; k < env.length; k++) bit.put(env[k], k);
                double[] dTerms = maskTerms(deltaSites, deltaCoef, bit);
                double[] kTerms = maskTerms(kraSites, kraCoef, bit);
                double delta0 = statics.siteEnergyEv(j) - statics.siteEnergyEv(i);
                TableKey key = new TableKey(env.length, delta0, kraConstant, dTerms, kTerms);
                Integer distinct = tableOf.get(key);
                if (distinct == null) {
                    entries += 1L << env.length;
                    if (entries > MAX_TABLE_ENTRIES) throw tooManyTables(keys.size() + 1, entries);
                    double[] ea = new double[1 << env.length];
                    for (int x = 0; x < ea.length; x++) {
                        ea[x] = TransitionRate.barrierEv(value(kraConstant, kTerms, x, phi1, phi0),
                                value(delta0, dTerms, x, phi1, phi0));
                    }
                    distinct = keys.size();
                    keys.add(key);
                    envOffset.add(b.table(ea));
                    tableOf.put(key, distinct);
                }
                hopKey[h] = distinct;
                b.hop(h, b.environment(env), envOffset.get(distinct), 1 << env.length);
            }
            return new ClusterExpansionModel(spec, orbits, kraSummary, constant, termCoef, termStart, termSites,
                    siteEnergy, b.build(), hopKey, keys, largest);
        }

        /** A cluster seen from one cell: its mobile CE sites and the product of φ over its host points. */
        private record Folded(int[] mobile, double factor) {}

        private Folded fold(long[] cluster, int c0, int c1, int c2, Map<String, String> hostSpecies) {
            int[] mobile = new int[cluster.length];
            int m = 0;
            double factor = 1;
            for (long p : cluster) {
                int u = Points.u(p);
                int ce = sites.ceSite(u, c0 + Points.n0(p), c1 + Points.n1(p), c2 + Points.n2(p));
                if (sites.isMobile(u)) {
                    mobile[m++] = ce;
                } else {
                    int g = sites.hostGroup(u);
                    String realised = host.mixedSites().get(g).species()[sites.hostSiteIndex(ce, g)];
                    factor *= realised.equals(hostSpecies.get(sites.label(u))) ? phi1 : phi0;
                }
            }
            int[] out = Arrays.copyOf(mobile, m);
            Arrays.sort(out);
            return new Folded(out, factor);
        }

        /**
         * Terms of the energy change when site {@code site} flips (occupied → empty if sign is φ0 − φ1):
         * every term holding {@code site} but not {@code other} changes by coef × (φ_after − φ_before) ×
         * Π φ over its remaining points; terms holding both keep their value (one ion leaves, one arrives).
         */
        private static void collectChange(int site, int other, double sign, double[] coef, int[] start, int[] termSites,
                                          int[] siteStart, int[] siteTerms, List<int[]> outSites, List<Double> outCoef) {
            for (int k = siteStart[site]; k < siteStart[site + 1]; k++) {
                int t = siteTerms[k];
                boolean both = false;
                int[] rest = new int[start[t + 1] - start[t] - 1];
                int r = 0;
                for (int q = start[t]; q < start[t + 1]; q++) {
                    int s = termSites[q];
                    if (s == other) both = true;
                    else if (s != site) rest[r++] = s;
                }
                if (both) continue;
                outSites.add(rest);
                outCoef.add(coef[t] * sign);
            }
        }

        /** The union of the terms' sites, ordered by their cell offset from the hop's source cell, then cell site. */
        private int[] environmentSites(int source, int c0, int c1, int c2, List<int[]> a, List<int[]> b) {
            java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
            for (int[] t : a) for (int s : t) all.add(s);
            for (int[] t : b) for (int s : t) all.add(s);
            List<long[]> keyed = new ArrayList<>();
            for (int s : all) {
                int[] at = sites.locateMobile(s);
                keyed.add(new long[] {Points.pack(at[3], wrap(at[0] - c0, n[0]), wrap(at[1] - c1, n[1]),
                        wrap(at[2] - c2, n[2])), s});
            }
            keyed.sort((x, y) -> Long.compare(x[0], y[0]));
            return keyed.stream().mapToInt(x -> (int) x[1]).toArray();
        }

        private static int wrap(int d, int size) {
            int w = Math.floorMod(d, size);
            return w >= (size + 1) / 2 ? w - size : w;
        }

        /** (mask, coefficient) pairs, equal masks summed in a fixed order: [mask0, coef0, mask1, coef1, ...]. */
        private static double[] maskTerms(List<int[]> termSites, List<Double> coef, Map<Integer, Integer> bit) {
            List<double[]> pairs = new ArrayList<>();
            for (int t = 0; t < termSites.size(); t++) {
                int mask = 0;
                for (int s : termSites.get(t)) mask |= 1 << bit.get(s);
                pairs.add(new double[] {mask, coef.get(t)});
            }
            pairs.sort((x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0]) : Double.compare(x[1], y[1]));
            List<Double> out = new ArrayList<>();
            for (double[] pr : pairs) {
                if (!out.isEmpty() && out.get(out.size() - 2) == pr[0]) out.set(out.size() - 1, out.get(out.size() - 1) + pr[1]);
                else {
                    out.add(pr[0]);
                    out.add(pr[1]);
                }
            }
            return out.stream().mapToDouble(Double::doubleValue).toArray();
        }

        private InputException tooManyTables(int tables, long entries) {
            return spec.where().error(String.format(Locale.ROOT, "the cluster expansion needs more than %d distinct "
                            + "barrier tables with %d entries (%.0f MB; at most %d entries are held): hops with "
                            + "different host surroundings cannot share tables", tables - 1, entries,
                            entries * 8 / 1e6, MAX_TABLE_ENTRIES),
                    "use fewer mobile sites per hop environment (each one doubles a table), or fewer host-dependent "
                            + "clusters");
        }

        private InputException tooLarge(int h, int size) {
            HopClass c = network.classes().get(network.hopClassOf(h));
            return spec.where().error(String.format(Locale.ROOT, "the barrier of a %s hop depends, through the cluster "
                                    + "expansion, on the occupancy of %d other mobile sites; barrier tables hold at most %d",
                            c.describe(), size, HopEnvironment.MAX_ENVIRONMENT_SITES),
                    "use fewer or shorter clusters touching the hop's end points (pairs and triplets of the mobile "
                            + "sites) or KRA clusters around it; clusters through host sites cost nothing");
        }

        /**
         * For every pair (directed hop) of the cell template, the KRA clusters around it (packed points
         * relative to the source's cell) and their prototype; one summary per prototype and hop class.
         */
        private List<KraClusters> kraClusters(List<List<long[]>> perPair, List<List<Integer>> protoPerPair) {
            CellTemplate cell = network.template();
            int[] cellSiteOfMobile = new int[cell.sitesPerCell()];
            for (int u = 0, s = 0; u < sites.cellSites(); u++) if (sites.isMobile(u)) cellSiteOfMobile[s++] = u;
            int[] pairSource = new int[cell.pairsPerCell()];
            for (int s = 0; s < cell.sitesPerCell(); s++) {
                for (int p = cell.pairStart(s); p < cell.pairStart(s + 1); p++) pairSource[p] = s;
            }
            double limit = sites.largestUnambiguousDistanceAngstrom();
            Map<String, KraClusters> summary = new LinkedHashMap<>();
            boolean[] matchedHop = new boolean[spec.kraClusters().size()];
            boolean[] matchedCluster = new boolean[spec.kraClusters().size()];
            for (int p = 0; p < cell.pairsPerCell(); p++) {
                List<long[]> clusters = new ArrayList<>();
                List<Integer> protos = new ArrayList<>();
                long from = Points.pack(cellSiteOfMobile[pairSource[p]], 0, 0, 0);
                long to = Points.pack(cellSiteOfMobile[cell.pairTarget(p)], cell.pairImage(p, 0), cell.pairImage(p, 1),
                        cell.pairImage(p, 2));
                double length = Math.sqrt(cell.pairVector(p, 0) * cell.pairVector(p, 0)
                        + cell.pairVector(p, 1) * cell.pairVector(p, 1) + cell.pairVector(p, 2) * cell.pairVector(p, 2));
                List<String> ends = List.of(sites.label(Points.u(from)), sites.label(Points.u(to)));
                for (int k = 0; k < spec.kraClusters().size(); k++) {
                    ClusterExpansionSpec.KraPrototype proto = spec.kraClusters().get(k);
                    boolean labelsMatch = ends.equals(proto.hopSites())
                            || ends.equals(List.of(proto.hopSites().get(1), proto.hopSites().get(0)));
                    if (!labelsMatch || Math.abs(length - proto.hopLengthAngstrom()) > spec.toleranceAngstrom()) continue;
                    matchedHop[k] = true;
                    double reach = proto.distancesToEnds().stream().flatMap(List::stream).mapToDouble(x -> x).max().orElse(0);
                    double span = Math.max(reach, proto.distancesAngstrom().stream().mapToDouble(x -> x).max().orElse(0));
                    if (span + spec.toleranceAngstrom() >= limit) {
                        throw proto.at("distances_to_ends_angstrom").error(String.format(Locale.ROOT, "the cluster "
                                        + "reaches %.3f Å, but in this supercell only distances below %.3f Å (half its "
                                        + "smallest plane spacing) are free of periodic images", span, limit),
                                "use a larger supercell, or leave out the cluster");
                    }
                    List<long[]> found = finder.kraClusters(proto, from, to);
                    if (!found.isEmpty()) matchedCluster[k] = true;
                    for (long[] c : found) {
                        clusters.add(c);
                        protos.add(k);
                    }
                    int cls = cell.pairClass(p);
                    summary.putIfAbsent(k + "/" + cls, new KraClusters(proto, k, cls, found.size(), found));
                }
                perPair.add(clusters);
                protoPerPair.add(protos);
            }
            for (int k = 0; k < matchedHop.length; k++) {
                ClusterExpansionSpec.KraPrototype proto = spec.kraClusters().get(k);
                if (!matchedHop[k]) {
                    throw proto.at("hop_length_angstrom").error(String.format(Locale.ROOT, "no hop %s-%s of length "
                                    + "%.3f Å (within %.3f Å) in the network", proto.hopSites().get(0),
                            proto.hopSites().get(1), proto.hopLengthAngstrom(), spec.toleranceAngstrom()),
                            "hop classes: " + String.join(", ", network.classes().stream().map(HopClass::describe).toList()));
                }
                if (!matchedCluster[k]) {
                    throw OrbitFinder.noKraCluster(proto, proto.hopSites().get(0) + "-" + proto.hopSites().get(1) + " "
                            + proto.hopLengthAngstrom() + " Å", spec.toleranceAngstrom());
                }
            }
            return new ArrayList<>(summary.values());
        }
    }

    /**
     * Σ coef × Π_{bits of mask} φ(bit) over (mask, coef) terms at one pattern, plus {@code constant}:
     * φ1 for a set bit, φ0 for a clear one (an empty site kills an occupation-basis term).
     */
    private static double value(double constant, double[] terms, int pattern, double phi1, double phi0) {
        double v = constant;
        for (int t = 0; t < terms.length; t += 2) {
            int mask = (int) terms[t];
            int empty = Integer.bitCount(mask & ~pattern);
            double prod = terms[t + 1];
            if (empty > 0) {
                if (phi0 == 0) continue;                              // occupation basis
                prod *= phi0 == -1 ? ((empty & 1) == 0 ? 1 : -1) : Math.pow(phi0, empty); // spin: a sign
            }
            int full = Integer.bitCount(mask & pattern);
            if (full > 0 && phi1 != 1) prod *= Math.pow(phi1, full);
            v += prod;
        }
        return v;
    }

    /** What makes two hops' tables identical: sizes, static parts and (mask, coefficient) terms, bit for bit. */
    private record TableKey(int bits, double delta0, double kra0, double[] delta, double[] kra) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TableKey k && bits == k.bits && Double.compare(delta0, k.delta0) == 0
                    && Double.compare(kra0, k.kra0) == 0 && Arrays.equals(delta, k.delta) && Arrays.equals(kra, k.kra);
        }

        @Override
        public int hashCode() {
            return ((bits * 31 + Double.hashCode(delta0)) * 31 + Double.hashCode(kra0)) * 31
                    + Arrays.hashCode(delta) * 17 + Arrays.hashCode(kra);
        }
    }
}
