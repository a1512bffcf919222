package org.ionhop.rates;

import java.util.ArrayList;
import java.util.List;

import org.ionhop.common.InputException;
import org.ionhop.crystal.AtomSite;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.CrystalFiles;
import org.ionhop.deck.Deck;
import org.ionhop.deck.ExtraSite;
import org.ionhop.deck.PairInteraction;
import org.ionhop.deck.SourceRef;
import org.ionhop.common.Units;
import org.ionhop.network.HopClass;
import org.ionhop.network.HopNetwork;
import org.ionhop.network.HopNetworkBuilder;
import org.ionhop.network.RegionMap;
import org.ionhop.network.RegionMapBuilder;
import org.ionhop.deck.RegionsSpec;
import org.ionhop.network.NetworkConnectivity;
import org.ionhop.rates.ce.ClusterExpansionModel;
import org.ionhop.rates.ce.ClusterOrbit;

/**
 * The physical model a deck describes: the host crystal (with the deck's extra sites), the hop
 * network in the supercell, the barrier of every hop class, and the site and pair energies. Turns
 * into {@link RateParameters} at any temperature.
 *
 * <p>Pair interactions: the deck gives them by distance shell; the rate model takes them per hop
 * class (a class is a symmetry orbit of site pairs, so this keeps shells symmetry-exact). A shell
 * applies to every class whose length lies in [shell_min, shell_max]; interactions therefore reach
 * only as far as the hop cutoff, and a shell that holds no hop class is an error.
 */
public final class DeckModel {
    private final Deck deck;
    private final Crystal crystal;
    private final HopNetwork network;
    private final BarrierAssignment barriers;
    private final double[] siteEnergyEv;
    private final double[] pairEnergyEv;
    private final RegionMap regionMap;          // null for a single-phase supercell
    private final RegionEnergies regionEnergies; // null for a single-phase supercell
    private final HopEnvironment environment;    // null without environment_model
    private final List<String> environmentNotes;
    private final NetworkConnectivity connectivity;
    private final List<String> warnings;
    private final EnergyLandscape landscape; // null when every site of a type and hop of a class are alike
    private final List<LandscapeTerm> terms;
    private final ClusterExpansionModel clusterExpansion; // null without cluster_expansion
    private List<ClusterOrbit> refusedClusterOrbits;      // inspect only: orbits of an expansion run refuses

    private DeckModel(Deck deck, Crystal crystal, HopNetwork network, NetworkConnectivity connectivity,
                      BarrierAssignment barriers, List<String> warnings, boolean strict) {
        this.deck = deck;
        this.crystal = crystal;
        this.network = network;
        this.connectivity = connectivity;
        this.barriers = barriers;
        List<String> allWarnings = new ArrayList<>(warnings);
        this.siteEnergyEv = siteEnergies(deck, network);
        this.pairEnergyEv = pairEnergies(deck, network.classes());
        this.regionMap = deck.regions() == null ? null : RegionMapBuilder.build(network, deck.regions());
        this.regionEnergies = regionMap == null ? null : RegionEnergies.of(deck, network, regionMap, barriers);
        if (regionMap != null) startIonsPerPhase(); // fail early on inconsistent carrier contents
        List<String> notes = new ArrayList<>();
        List<LandscapeTerm> terms = landscapeTerms(deck, network, 0);
        this.terms = List.copyOf(terms);
        this.landscape = terms.isEmpty() ? null
                : EnergyLandscape.startingFrom(network, classParameters(1.0)).apply(terms, network).build();
        this.clusterExpansion = clusterExpansion(notes, strict ? null : allWarnings);
        this.warnings = List.copyOf(allWarnings);
        this.environment = clusterExpansion != null ? clusterExpansion.environment()
                : environment(deck, crystal, network, notes);
        this.environmentNotes = List.copyOf(notes);
    }

    /**
     * The deck's cluster expansion compiled into barrier tables over the static energies (the
     * landscape, or the class values), or null without {@code cluster_expansion}.
     */
    private ClusterExpansionModel clusterExpansion(List<String> notes, List<String> inspectWarnings) {
        if (deck.clusterExpansion() == null) return null;
        SourceRef where = deck.clusterExpansion().where();
        if (deck.environmentModel() != null) {
            throw where.error("cluster_expansion and environment_model both give the hop barriers",
                    "keep one of them");
        }
        if (!deck.pairInteractions().isEmpty()) {
            throw where.error("pair_interactions cannot be combined with cluster_expansion",
                    "write each interaction as a pair cluster (sites: [A, B], distances_angstrom: [d], eci_eV: J) "
                            + "with basis: occupation, and remove pair_interactions");
        }
        EnergyLandscape statics = landscape != null ? landscape
                : EnergyLandscape.startingFrom(network, classParameters(1.0)).build();
        HostDisorderLandscape host = landscapeTerm(HostDisorderLandscape.class).orElse(null);
        ClusterExpansionModel ce;
        try {
            ce = ClusterExpansionModel.build(deck.clusterExpansion(), crystal, network, statics, host);
        } catch (InputException e) {
            if (inspectWarnings == null) throw e;
            // 'ionhop lattice' still shows the orbits (they decide what to drop) when only the tables fail.
            refusedClusterOrbits = ClusterExpansionModel.orbits(deck.clusterExpansion(), crystal, network,
                    host == null ? List.of() : host.mixedSites().stream().map(m -> m.spec().siteLabel()).toList());
            inspectWarnings.add("ionhop run refuses this deck: " + e.userMessage());
            return null;
        }
        HopEnvironment env = ce.environment();
        notes.add(String.format(java.util.Locale.ROOT, "barriers of all %d hops come from %s: E_a = E_KRA + dE/2 "
                        + "with dE the exact change of one lattice energy (detailed balance holds by construction); "
                        + "%d distinct tables, environments of up to %d mobile sites", network.hopCount(),
                env.description(), ce.distinctTables(), ce.largestEnvironmentSites()));
        notes.addAll(ce.ambiguousPrototypes());
        return ce;
    }

    /**
     * A host realisation with the landscape, the barrier tables and the environment tally it gives
     * (a cluster expansion folds the host species into its tables, so each realisation has its own).
     */
    private record Realisation(HostDisorderLandscape host, EnergyLandscape landscape, HopEnvironment environment,
                               EnvironmentTally tally) {}

    private final java.util.Map<Integer, Realisation> realisations = new java.util.concurrent.ConcurrentHashMap<>();

    /** Realisation r of the host (0: the deck's own, {@link #landscape()}), built once and kept. */
    private Realisation realisation(int r) {
        return realisations.computeIfAbsent(r, k -> {
            List<LandscapeTerm> t = k == 0 ? terms : landscapeTerms(deck, network, k);
            EnergyLandscape l = k == 0 ? landscape : t.isEmpty() ? null
                    : EnergyLandscape.startingFrom(network, classParameters(1.0)).apply(t, network).build();
            HostDisorderLandscape host = t.stream().filter(HostDisorderLandscape.class::isInstance)
                    .map(HostDisorderLandscape.class::cast).findFirst().orElse(null);
            HopEnvironment env = k == 0 || clusterExpansion == null ? environment
                    : ClusterExpansionModel.build(deck.clusterExpansion(), crystal, network, l != null ? l
                            : EnergyLandscape.startingFrom(network, classParameters(1.0)).build(), host).environment();
            return new Realisation(host, l, env, EnvironmentTally.of(network, host, env));
        });
    }

    /** Whether each replica runs on its own host realisation ({@code host_disorder.realisations: per_replica}). */
    public boolean realisationPerReplica() {
        return deck.hostDisorder() != null && deck.hostDisorder().variesPerReplica();
    }

    /** The realised host disorder replica {@code replica} runs on, or null without host disorder. */
    public HostDisorderLandscape hostDisorder(int replica) {
        return realisation(realisationPerReplica() ? replica : 0).host();
    }

    /** How replica {@code replica}'s hops are sorted into environment bins, or null (no environments). */
    public EnvironmentTally environmentTally(int replica) {
        return realisation(realisationPerReplica() ? replica : 0).tally();
    }

    /**
     * What the replicas run on at one temperature: the deck's parameters for all, or with
     * {@code realisations: per_replica} replica r on host realisation r (the same at every
     * temperature), each with its environment tally.
     */
    public ReplicaModels replicaModels(double temperatureKelvin) {
        RateParameters shared = rateParameters(temperatureKelvin);
        if (!realisationPerReplica()) return ReplicaModels.same(shared, environmentTally(0));
        return new ReplicaModels() {
            @Override
            public RateParameters parameters(int replica) {
                return replica == 0 ? shared : classParameters(temperatureKelvin)
                        .withLandscape(realisation(replica).landscape()).withEnvironment(realisation(replica).environment());
            }

            @Override
            public EnvironmentTally tally(int replica) { return environmentTally(replica); }

            @Override
            public boolean shared() { return false; }
        };
    }

    /** The deck's environment model on this network (kMCpy composite LCE), or null. */
    private static HopEnvironment environment(Deck deck, Crystal crystal, HopNetwork network, List<String> notes) {
        if (deck.environmentModel() == null) return null;
        SourceRef where = deck.where("environment_model");
        if (!deck.pairInteractions().isEmpty()) {
            throw where.error("pair_interactions cannot be combined with an environment model",
                    "put the interactions into the environment model, or remove pair_interactions");
        }
        org.ionhop.rates.kmcpy.KmcpyModel model = org.ionhop.rates.kmcpy.KmcpyModel.read(deck.environmentModel());
        HopEnvironment env;
        try {
            env = model.environment(network, crystal, deck.supercell());
        } catch (IllegalArgumentException e) {
            throw where.error(e.getMessage(), "use the structure, network and supercell the model was imported for");
        }
        String violation = model.reversalCheck();
        if (violation != null) {
            notes.add("the environment model is NOT consistent with detailed balance (" + violation + "); it is run "
                    + "as given, in kMCpy-compatibility mode: equilibrium occupancies are not Boltzmann-distributed");
        }
        notes.add("barriers of all " + network.hopCount() + " hops come from " + env.description()
                + "; hop_classes barriers are not used");
        return env;
    }

    /**
     * What makes energies vary across the supercell beyond site type and hop class (regions of a
     * composite, a realised host disorder, ...), in the order applied. Each such deck feature
     * registers its term here; none means no landscape, and the rates are exactly the class ones.
     */
    private static List<LandscapeTerm> landscapeTerms(Deck deck, HopNetwork network, int realisation) {
        List<LandscapeTerm> terms = new ArrayList<>();
        if (deck.regions() != null) terms.add(new RegionLandscape(deck)); // first: it sets values outright
        if (deck.hostDisorder() != null) terms.add(HostDisorderLandscape.realise(deck, network, realisation));
        return terms;
    }

    /**
     * Reads the structure the deck names, adds its extra sites, builds the network in the deck's
     * supercell and assigns barriers.
     *
     * @throws InputException for any problem, located in the deck where the deck is at fault
     */
    public static DeckModel build(Deck deck) {
        return build(deck, true);
    }

    /**
     * Like {@link #build(Deck)}, but a network that does not percolate is kept, with the refusal
     * {@code build} would give as a warning: for {@code ionhop lattice}, which must show such a
     * network's components so the user can fix it.
     */
    public static DeckModel inspect(Deck deck) {
        return build(deck, false);
    }

    private static DeckModel build(Deck deck, boolean refuseNonPercolating) {
        SpeciesCheck.requireElement(deck);
        Crystal host = CrystalFiles.read(deck.structure());
        Crystal crystal = host;
        List<ExtraSite> extra = deck.network().extraSites();
        if (!extra.isEmpty()) {
            List<AtomSite> sites = new ArrayList<>();
            for (ExtraSite e : extra) {
                double[] f = {e.fractional().get(0), e.fractional().get(1), e.fractional().get(2)};
                String element = e.element() == null || e.element().isEmpty() ? deck.species().element() : e.element();
                sites.add(new AtomSite(e.label(), element, f, 1.0, e.where().line()));
            }
            crystal = relocate(deck, () -> host.withExtraSites(sites), "network.extra_sites");
        }
        Crystal withExtras = crystal;
        List<String> warnings = new ArrayList<>(SpeciesCheck.sitesOfOtherElements(deck, withExtras));
        HopNetworkBuilder builder = new HopNetworkBuilder(withExtras)
                .mobileLabels(deck.network().allLabels())
                .cutoffAngstrom(deck.network().cutoffAngstrom())
                .supercell(deck.supercell()[0], deck.supercell()[1], deck.supercell()[2]);
        HopNetwork network = relocate(deck, builder::build, "network");
        NetworkConnectivity connectivity = builder.connectivity();
        InputException closed = nonPercolating(deck, builder, connectivity);
        if (closed != null && refuseNonPercolating) throw closed;
        if (closed != null) warnings.add("ionhop run refuses this deck: " + closed.userMessage());
        String trapped = connectivity.trappedCarrierWarning();
        if (trapped != null && !orderedPlacementAvoidsTrappedSites(deck, network, connectivity)) warnings.add(trapped);
        return new DeckModel(deck, withExtras, network, connectivity, BarrierAssignment.assign(deck, network), warnings,
                refuseNonPercolating);
    }

    /**
     * With {@code placement: ordered} ions fill the lowest-energy sites first; when more sites lie
     * strictly below every site of a closed cluster than there are ions, no ion starts in (or can
     * ever reach) a cluster, and the clusters do not matter. Only decided for per-label energies.
     */
    private static boolean orderedPlacementAvoidsTrappedSites(Deck deck, HopNetwork network,
                                                              NetworkConnectivity connectivity) {
        if (deck.carriers().placement() != org.ionhop.deck.Carriers.Placement.ORDERED
                || deck.regions() != null || deck.hostDisorder() != null) {
            return false;
        }
        int ions;
        try {
            ions = deck.carriers().ionCount(network.siteCount());
        } catch (InputException reportedLater) {
            return false;
        }
        double[] energy = siteEnergies(deck, network);
        double lowestTrapped = Double.POSITIVE_INFINITY; // site types from the cell template: no per-site array built
        for (int i = 0; i < network.siteCount(); i++) {
            if (!connectivity.percolatesAt(i)) lowestTrapped = Math.min(lowestTrapped, energy[network.siteTypeOf(i)]);
        }
        long below = 0;
        for (int i = 0; i < network.siteCount(); i++) if (energy[network.siteTypeOf(i)] < lowestTrapped) below++;
        return below >= ions;
    }

    /**
     * A network of closed clusters has no long-range transport: its MSD saturates, and the fitted D*
     * and sigma are noise around zero (negative as often as not). Refused before any run, with the
     * cutoff at which the network would start to percolate.
     */
    private static InputException nonPercolating(Deck deck, HopNetworkBuilder builder,
                                                 NetworkConnectivity connectivity) {
        if (connectivity.percolates()) return null;
        NetworkConnectivity.Component largest = connectivity.components().stream()
                .max(java.util.Comparator.comparingInt(NetworkConnectivity.Component::sitesPerCell)).orElseThrow();
        HopNetworkBuilder.Percolation threshold = builder.percolationThreshold();
        double suggested = Math.ceil((threshold.cutoffAngstrom() + 0.002) * 100) / 100;
        return new InputException(deck.file(), deck.network().cutoffWhere().line(), "network.cutoff_angstrom",
                String.format(java.util.Locale.ROOT, "the hop network does not percolate: with hops up to %.3f Å "
                                + "every ion stays in a closed cluster of at most %d sites (%s), so D* and sigma "
                                + "would be zero", deck.network().cutoffAngstrom(), largest.sitesPerCell(),
                        String.join(", ", largest.labels())),
                String.format(java.util.Locale.ROOT, "raise network.cutoff_angstrom to %.2f Å or more (the %.3f Å hops "
                                + "join the clusters: %s), or add sites that bridge them to network.sites or "
                                + "network.extra_sites; './ionhop lattice DECK' shows the components",
                        suggested, threshold.cutoffAngstrom(), threshold.connectivity().summary()));
    }

    /**
     * Errors from the crystal and network layers know nothing of the deck; when they are about the
     * deck's choices (labels, cutoff, supercell, extra sites) the user must be sent to the deck line.
     */
    private static <T> T relocate(Deck deck, java.util.function.Supplier<T> step, String key) {
        try {
            return step.get();
        } catch (InputException e) {
            boolean insideStructureFile = e.line() > 0 && e.file() != null && !e.file().equals(deck.file());
            if (insideStructureFile) throw e;
            // The network layer tags a too-small supercell with the key "supercell": send the user there.
            if ("supercell".equals(e.key())) {
                throw new InputException(deck.file(), deck.supercellWhere().line(), "supercell", e.problem(), e.hint());
            }
            throw new InputException(deck.file(), deck.where(key.split("\\.")[0]).line(), key, e.problem(), e.hint());
        }
    }

    private static double[] siteEnergies(Deck deck, HopNetwork network) {
        return network.siteLabels().stream().mapToDouble(deck::siteEnergyEv).toArray();
    }

    private static double[] pairEnergies(Deck deck, List<HopClass> classes) {
        double[] j = new double[classes.size()];
        for (PairInteraction p : deck.pairInteractions()) {
            boolean any = false;
            for (HopClass c : classes) {
                if (c.lengthAngstrom() >= p.shellMinAngstrom() && c.lengthAngstrom() <= p.shellMaxAngstrom()) {
                    j[c.index()] += p.energyEv();
                    any = true;
                }
            }
            if (!any) {
                throw p.where().error(String.format("pair-interaction shell %.3f-%.3f Å holds no hop class "
                                + "(pair interactions act between the two ends of a hop; classes: %s)",
                                p.shellMinAngstrom(), p.shellMaxAngstrom(), describe(classes)),
                        "choose shell limits around a class length, or raise network.cutoff_angstrom");
            }
        }
        return j;
    }

    private static String describe(List<HopClass> classes) {
        return String.join(", ", classes.stream().map(HopClass::describe).toList());
    }

    public Deck deck() { return deck; }
    /** Periodic percolation analysis of the network: components, dimensionality, sites without hops. */
    public NetworkConnectivity connectivity() { return connectivity; }
    /**
     * Things the user should know before trusting a run (one line each, for stderr): ions on sites of
     * another element (species.allow_substitution), sites in closed clusters that carriers can occupy.
     */
    public List<String> warnings() { return warnings; }
    /** The host crystal with the deck's extra sites expanded. */
    public Crystal crystal() { return crystal; }
    public HopNetwork network() { return network; }
    public BarrierAssignment barriers() { return barriers; }
    /** Site energy per network site type ({@link HopNetwork#siteLabels()}), eV. */
    public double[] siteEnergyEv() { return siteEnergyEv.clone(); }
    /** The deck's compiled cluster expansion (orbits, KRA clusters, tables), or null without one. */
    public ClusterExpansionModel clusterExpansion() { return clusterExpansion; }
    /**
     * From {@link #inspect}: the lattice-energy orbits of a cluster expansion whose tables were refused
     * (the refusal is among the warnings), else null.
     */
    public List<ClusterOrbit> refusedClusterOrbits() { return refusedClusterOrbits; }
    /** Occupancy-dependent barriers of the deck's environment model or cluster expansion, or null. */
    public HopEnvironment environment() { return environment; }
    /** What the user should know about the environment model (detailed balance, what it replaces). */
    public List<String> environmentNotes() { return environmentNotes; }
    /** Pair interaction per hop class, eV. */
    public double[] pairEnergyEv() { return pairEnergyEv.clone(); }

    /** The phases and interface bands of the supercell, or null without {@code regions}. */
    public RegionMap regionMap() { return regionMap; }

    /** Per-site and per-hop energies of the regions, or null without {@code regions}. */
    public RegionEnergies regionEnergies() { return regionEnergies; }

    /**
     * Ions each phase holds at the start: round(ion_fraction × its sites) for a phase that gives
     * {@code ion_fraction}, -1 for one that does not (it shares the ions left over). Only the start:
     * in a connected composite the ions redistribute by the site energies.
     *
     * @throws InputException at the {@code carriers} line when the phases ask for more ions than
     *         the deck has, or (all phases giving one) for a different total
     */
    public int[] startIonsPerPhase() {
        RegionsSpec spec = deck.regions();
        int[] sites = new int[spec.phases().size()];
        for (int s = 0; s < network.siteCount(); s++) sites[regionMap.phaseOf(s)]++;
        int[] ions = new int[sites.length];
        int sum = 0, freeSites = 0;
        for (int p = 0; p < ions.length; p++) {
            var c = spec.phases().get(p).ionFraction();
            ions[p] = c.isPresent() ? (int) Math.round(c.getAsDouble() * sites[p]) : -1;
            if (ions[p] >= 0) sum += ions[p];
            else freeSites += sites[p];
        }
        int total = ionCount();
        boolean allGiven = java.util.Arrays.stream(ions).allMatch(n -> n >= 0);
        if (allGiven ? sum != total : sum > total || total - sum > freeSites) {
            throw deck.carriers().where().error(String.format("the phases' ion_fraction place %d ions but carriers "
                            + "gives %d%s", sum, total, allGiven ? "" : " (and the phases without ion_fraction have "
                            + freeSites + " sites for the rest)"),
                    allGiven ? "write carriers: {ions: " + sum + "} or change the phases' ion_fraction"
                            : "make carriers and the phases' ion_fraction consistent");
        }
        return ions;
    }

    /**
     * The start sites of {@code carriers.placement: {file: PATH}}: the file has one line per network
     * site of the supercell (IonHop's numbering, docs/output.md), 1 where an ion starts and 0 where
     * the site is empty ('#' starts a comment); its ions must number what {@code carriers} says.
     *
     * @throws InputException at the file line (or the carriers line) for anything else
     */
    public int[] startSitesFromFile() {
        java.nio.file.Path file = deck.carriers().startFile();
        List<String> lines;
        try {
            lines = java.nio.file.Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new InputException(file, 0, null, "cannot read the start occupancy: " + e.getMessage(), null);
        }
        List<Integer> sites = new ArrayList<>();
        int site = 0;
        for (int ln = 0; ln < lines.size(); ln++) {
            String t = lines.get(ln).replaceFirst("#.*", "").trim();
            if (t.isEmpty()) continue;
            if (!t.equals("0") && !t.equals("1")) {
                throw new InputException(file, ln + 1, null, "'" + t + "' is not 0 or 1",
                        "one line per network site: 1 where an ion starts, 0 where the site is empty");
            }
            if (t.equals("1")) sites.add(site);
            site++;
        }
        if (site != network.siteCount()) {
            throw new InputException(file, 0, null, "has " + site + " sites, the supercell has " + network.siteCount()
                    + " network sites", "one line per network site, in the order of docs/output.md (site numbering)");
        }
        if (sites.size() != ionCount()) {
            throw deck.carriers().where().error("the start file " + file + " places " + sites.size()
                    + " ions, the deck asks for " + ionCount(), "make carriers count the ions of the file");
        }
        return sites.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Number of mobile ions in the supercell (checked against the number of sites). */
    public int ionCount() { return deck.carriers().ionCount(network.siteCount()); }

    public RateParameters rateParameters(double temperatureKelvin) {
        return classParameters(temperatureKelvin).withLandscape(landscape).withEnvironment(environment);
    }

    /** The deck's landscape term of this kind (e.g. the realised host disorder), if it has one. */
    public <T extends LandscapeTerm> java.util.Optional<T> landscapeTerm(Class<T> kind) {
        return terms.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    /** Per-site energies and per-hop barriers when the deck varies them across the supercell, else null. */
    public EnergyLandscape landscape() { return landscape; }

    private RateParameters classParameters(double temperatureKelvin) {
        return new RateParameters(barriers.kraEv(), barriers.attemptFrequencyHz(), siteEnergyEv, pairEnergyEv,
                temperatureKelvin);
    }

    /**
     * Uncorrelated reference D_random = (N − n)/(N − 1) · (1/6) Σ_h Γ_h |r_h|² (Å²/s) of a tracer among n
     * ions on N symmetry-equivalent sites, or NaN when the model has several site types, pair
     * interactions or a landscape (then no simple reference exists). With it, f = D* / D_random is the tracer
     * correlation factor. (N − n)/(N − 1), not 1 − n/N: a tagged ion sees the other N − 1 sites, of
     * which N − n are empty; with one vacancy this is 1/(N − 1), so f → f_N of the finite cell
     * (1 − n/N would be 3 % off in a 32-site cell).
     */
    public double randomWalkDiffusionAngstrom2PerS(double temperatureKelvin) {
        RateParameters p = rateParameters(temperatureKelvin);
        if (network.siteLabels().size() != 1 || p.hasPairInteractions() || p.hasLandscape()
                || environment != null) return Double.NaN;
        double kT = Units.KB_EV_PER_K * temperatureKelvin;
        double sum = 0;
        for (int h = network.hopStartOf(0); h < network.hopStartOf(1); h++) {
            int c = network.hopClassOf(h);
            double rate = p.attemptFrequencyHz()[c] * Math.exp(-p.kraBarrierEv()[c] / kT);
            double x = network.hopVectorOf(h, 0), y = network.hopVectorOf(h, 1), z = network.hopVectorOf(h, 2);
            sum += rate * (x * x + y * y + z * z);
        }
        int sites = network.siteCount();
        if (sites < 2) return Double.NaN;
        return (sites - ionCount()) / (sites - 1.0) * sum / 6.0;
    }
}
