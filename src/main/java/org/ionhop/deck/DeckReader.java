package org.ionhop.deck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.ionhop.common.InputException;
import org.ionhop.deck.yaml.YamlList;
import org.ionhop.deck.yaml.YamlMap;
import org.ionhop.deck.yaml.YamlNode;
import org.ionhop.deck.yaml.YamlTreeReader;

/** Reads a deck's YAML tree against the schema of docs/deck.md. One reader per deck. */
final class DeckReader {
    static final List<String> TOP_KEYS = List.of("title", "structure", "species", "network", "supercell", "carriers",
            "site_energies_eV", "pair_interactions", "hop_classes", "attempt_frequency_Hz", "temperatures_K", "run",
            "output", "regions", "environment_model", "trajectory", "host_disorder", "cluster_expansion");
    static final List<String> TRAJECTORY_KEYS = List.of("file", "temperature_K", "replica", "max_size_MB");
    static final List<String> HOST_DISORDER_KEYS = List.of("mixtures", "barrier_rules", "site_energy_rules",
            "realisations");
    static final List<String> MIXTURE_KEYS = List.of("site", "species", "placement");
    static final List<String> BARRIER_RULE_KEYS = List.of("species", "shell_angstrom", "kra_shift_eV");
    static final List<String> SITE_RULE_KEYS = List.of("species", "shell_angstrom", "energy_shift_eV");
    static final List<String> SPECIES_KEYS = List.of("element", "charge", "allow_substitution");
    static final List<String> NETWORK_KEYS = List.of("sites", "extra_sites", "cutoff_angstrom");
    static final List<String> EXTRA_SITE_KEYS = List.of("label", "element", "fractional", "energy_eV");
    static final List<String> CARRIER_AMOUNT_KEYS = List.of("ions", "ion_fraction", "vacancies", "vacancy_fraction");
    static final List<String> CARRIER_KEYS = List.of("ions", "ion_fraction", "vacancies", "vacancy_fraction",
            "placement");
    static final List<String> PAIR_KEYS = List.of("shell_min_angstrom", "shell_max_angstrom", "energy_eV");
    static final List<String> HOP_KEYS = List.of("from", "to", "length_angstrom", "length_tolerance_angstrom",
            "barrier_eV", "neb", "format", "saddle", "reaction_energy_tolerance_eV", "attempt_frequency_Hz");
    static final List<String> RUN_KEYS = List.of("simulated_time_s", "hops_per_ion", "total_hops", "equilibration",
            "samples", "sample_interval_s", "replicas", "threads", "seed",
            "checkpoint_interval_s", "msd_fit_window");
    static final List<String> RUN_LENGTH_KEYS = List.of("simulated_time_s", "hops_per_ion", "total_hops");
    static final List<String> SAMPLING_KEYS = List.of("samples", "sample_interval_s");

    /** Larger numbers are unit mistakes (meV, kJ/mol), not barriers. */
    static final double MAX_PLAUSIBLE_BARRIER_EV = 10.0;
    /** Site and pair energies beyond this are unit mistakes (meV, kJ/mol) and overflow exp(-E/kT). */
    static final double MAX_PLAUSIBLE_ENERGY_EV = 100.0;
    /**
     * Attempt frequencies are phonon-like, 1e12-1e14 Hz; outside 1e6-1e17 Hz a value is a unit
     * mistake (THz, cm^-1) and makes rates or run times overflow.
     */
    static final double MIN_ATTEMPT_FREQUENCY_HZ = 1e6, MAX_ATTEMPT_FREQUENCY_HZ = 1e17;
    static final double MAX_HOP_ANGSTROM = NetworkSpec.MAX_HOP_ANGSTROM;
    /** No solid electrolyte exists this hot; a larger number is not in kelvin. */
    static final double MAX_TEMPERATURE_K = 10000.0;

    private static final Map<String, Integer> DEFAULT_CHARGE = Map.of("Li", 1, "Na", 1, "K", 1, "Ag", 1, "Cu", 1,
            "Mg", 2, "Ca", 2, "Zn", 2);

    private final Path file;
    private final Path folder;
    private final String text;

    DeckReader(Path file, String text) {
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        this.folder = parent == null ? Path.of("") : parent;
        this.text = text;
    }

    Deck read() {
        YamlNode root = YamlTreeReader.read(text, file);
        if (!(root instanceof YamlMap)) {
            throw new InputException(file, root.line(), null, "a deck must be a mapping of 'key: value' lines",
                    "start from the example in docs/deck.md");
        }
        DeckSection top = DeckSection.of(file, root, TOP_KEYS);
        String stem = stem(file);
        String title = top.text("title", null, stem);

        Path structure = existingPath(top, "structure", "structure: ../lattices/MyPhase.cif (relative to this deck)");
        Species species = species(top);
        NetworkSpec network = network(top, species);
        int[] supercell = supercell(top);
        Carriers carriers = carriers(top);
        Map<String, SourceRef> energyWhere = new LinkedHashMap<>();
        Map<String, Double> siteEnergies = siteEnergies(top, network, energyWhere);
        List<PairInteraction> pairs = pairInteractions(top);
        List<HopClassSpec> hops = hopClasses(top, network);
        double nu = top.has("attempt_frequency_Hz") ? attemptFrequency(top, "e.g. attempt_frequency_Hz: 1.0e13")
                : Deck.DEFAULT_ATTEMPT_FREQUENCY_HZ;
        List<Double> temperatures = temperatures(top);
        RunSpec run = run(top);
        Path output = top.has("output") ? folder.resolve(top.text("output", "e.g. output: results/run1.h5"))
                .normalize() : folder.resolve(stem + ".h5");
        TrajectorySpec trajectory = top.has("trajectory") ? trajectory(top, temperatures, run) : TrajectorySpec.none();
        RegionsSpec regions = top.has("regions") ? new RegionsReader(file, folder, network).read(top) : null;
        Deck deck = new Deck(file, text, title, structure, top.where("structure"), species, network, supercell,
                top.where("supercell"), carriers, siteEnergies, energyWhere, pairs, hops, nu, temperatures, run,
                output, trajectory, top.keyLocations(), regions, top.has("environment_model")
                        ? existingPath(top, "environment_model", "environment_model: nasicon_model.json (from ionhop import-kmcpy)")
                        : null).withHostDisorder(hostDisorder(top));
        return deck.withClusterExpansion(top.has("cluster_expansion")
                ? new ClusterExpansionReader(file, network, deck.hostDisorder()).read(top) : null);
    }

    /** Fractions may be written to 4 decimals (0.3333): they must sum to 1 within this. */
    static final double FRACTION_SUM_TOLERANCE = 1e-3;

    private HostDisorderSpec hostDisorder(DeckSection top) {
        if (!top.has("host_disorder")) return null;
        String hint = "e.g. host_disorder: {mixtures: [{site: B1, species: {B: 0.75, I: 0.25}}]}";
        DeckSection h = top.section("host_disorder", HOST_DISORDER_KEYS, hint);
        String mixHint = "e.g. - {site: B1, species: {B: 0.75, I: 0.25}, placement: random}";
        List<HostDisorderSpec.Mixture> mixtures = new ArrayList<>();
        Set<String> species = new HashSet<>();
        Set<String> sites = new HashSet<>();
        for (YamlNode n : h.list("mixtures", mixHint).items()) {
            DeckSection m = DeckSection.of(file, n, MIXTURE_KEYS);
            String site = m.text("site", mixHint);
            if (!sites.add(site)) throw m.error("site", "site " + site + " is mixed twice", "give one entry per site");
            YamlNode speciesNode = m.require("species", mixHint);
            List<String> named = speciesNode instanceof YamlMap sm ? List.copyOf(sm.entries().keySet()) : List.of();
            DeckSection f = DeckSection.of(file, speciesNode, named);
            Map<String, Double> fractions = new LinkedHashMap<>();
            double sum = 0;
            for (String sp : f.map().entries().keySet()) {
                double x = f.number(sp, "a fraction between 0 and 1, e.g. " + sp + ": 0.25");
                if (!(x >= 0 && x <= 1)) throw f.error(sp, "must be a fraction between 0 and 1, got " + DeckSection.fmt(x),
                        "e.g. " + sp + ": 0.25");
                fractions.put(sp, x);
                species.add(sp);
                sum += x;
            }
            if (fractions.isEmpty()) throw m.error("species", "no species given", mixHint);
            if (Math.abs(sum - 1) > FRACTION_SUM_TOLERANCE) {
                throw m.error("species", "the fractions sum to " + DeckSection.fmt(sum) + ", not 1",
                        "fractions of all species on the site must add up to 1, e.g. {B: 0.75, I: 0.25}");
            }
            HostDisorderSpec.Placement placement = HostDisorderSpec.Placement.RANDOM;
            Path placementFile = null;
            if (m.has("placement")) {
                YamlNode p = m.require("placement", "placement: random, or placement: {file: host_B1.txt}");
                if (p instanceof YamlMap) {
                    DeckSection pf = DeckSection.of(file, p, List.of("file"));
                    placementFile = existingPath(pf, "file", "file: host_B1.txt (one species per line)");
                    placement = HostDisorderSpec.Placement.FILE;
                } else if ("ordered".equals(DeckSection.asText(file, p))) {
                    placement = HostDisorderSpec.Placement.ORDERED;
                } else if (!"random".equals(DeckSection.asText(file, p))) {
                    throw m.error("placement", "unknown placement '" + DeckSection.asText(file, p) + "'",
                            "use placement: random (seeded from run.seed), ordered, or placement: {file: PATH}");
                }
            }
            mixtures.add(new HostDisorderSpec.Mixture(site, fractions, placement, placementFile, m.where()));
        }
        if (mixtures.isEmpty()) throw h.error("mixtures", "the list is empty", mixHint);
        List<HostDisorderSpec.CountRule> barrier = countRules(h, "barrier_rules", BARRIER_RULE_KEYS, "kra_shift_eV",
                species);
        List<HostDisorderSpec.CountRule> site = countRules(h, "site_energy_rules", SITE_RULE_KEYS, "energy_shift_eV",
                species);
        String realisations = h.text("realisations", null, "per_replica");
        if (!realisations.equals("per_replica") && !realisations.equals("shared")) {
            throw h.error("realisations", "must be 'per_replica' or 'shared', got '" + realisations + "'",
                    NearestName.hint(realisations, List.of("per_replica", "shared"), "values"));
        }
        return new HostDisorderSpec(mixtures, barrier, site, top.where("host_disorder"),
                realisations.equals("shared") ? HostDisorderSpec.Realisations.SHARED
                        : HostDisorderSpec.Realisations.PER_REPLICA);
    }

    private List<HostDisorderSpec.CountRule> countRules(DeckSection h, String key, List<String> keys, String shiftKey,
                                                        Set<String> species) {
        List<HostDisorderSpec.CountRule> out = new ArrayList<>();
        if (!h.has(key)) return out;
        String hint = "e.g. - {species: I, shell_angstrom: 4.0, " + shiftKey + ": [0.0, -0.05, -0.10]} "
                + "(shift for 0, 1, 2, ... such host sites within the shell)";
        for (YamlNode n : h.list(key, hint).items()) {
            DeckSection r = DeckSection.of(file, n, keys);
            String sp = r.text("species", hint);
            if (!species.contains(sp)) {
                throw r.error("species", "'" + sp + "' is not a species of any mixture (" + String.join(", ", species)
                        + ")", "count a species named under mixtures[].species");
            }
            double shell = r.positive("shell_angstrom", hint);
            out.add(new HostDisorderSpec.CountRule(sp, shell, r.numbers(shiftKey, hint), r.where()));
        }
        return out;
    }

    private Path existingPath(DeckSection s, String key, String hint) {
        String given = s.text(key, hint);
        Path p = folder.resolve(given).normalize();
        if (!Files.exists(p)) {
            throw s.error(key, "file not found: " + p, "paths are relative to the deck's folder " + folder);
        }
        return p;
    }

    private Species species(DeckSection top) {
        String hint = "e.g. species: {element: Li, charge: +1}";
        DeckSection s = top.section("species", SPECIES_KEYS, hint);
        String element = s.text("element", hint);
        if (!element.matches("[A-Z][a-z]?")) {
            throw s.error("element", "'" + element + "' is not a chemical symbol", "write e.g. Li, Na or Mg");
        }
        int charge;
        if (s.has("charge")) {
            long c = s.integer("charge", "the ion's formal charge, e.g. +1 for Li, +2 for Mg");
            if (c == 0 || Math.abs(c) > 4) {
                throw s.error("charge", "charge " + c + " is not a plausible ionic charge",
                        "use +1 for Li/Na, +2 for Mg");
            }
            charge = (int) c;
            Integer usual = DEFAULT_CHARGE.get(element);
            if (usual != null && usual != charge) {
                // z enters the conductivity as z^2: a Mg deck with +1 would silently report a quarter of sigma.
                throw s.error("charge", element + " with charge " + c + " disagrees with the formal charge "
                        + String.format("%+d", usual) + " of " + element + " in ionic conductors",
                        "write charge: " + String.format("%+d", usual) + " (or leave charge out for " + element + ")");
            }
        } else if (DEFAULT_CHARGE.containsKey(element)) {
            charge = DEFAULT_CHARGE.get(element);
        } else {
            throw new InputException(file, s.where().line(), "species.charge", "required for " + element,
                    "add 'charge: +1' (or the ion's formal charge) under species");
        }
        boolean substitution = s.bool("allow_substitution",
                "allow_substitution: true lets the ion move on sites of another element (e.g. Na on Li sites)", false);
        return new Species(element, charge, top.where("species"), s.where("element"), substitution);
    }

    private NetworkSpec network(DeckSection top, Species species) {
        String hint = "e.g. network: {sites: [Li1], cutoff_angstrom: 4.0}";
        DeckSection s = top.section("network", NETWORK_KEYS, hint);
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        YamlList sites = s.has("sites") ? s.list("sites", hint) : new YamlList(List.of(), 0, "network.sites");
        for (YamlNode n : sites.items()) {
            String label = DeckSection.asText(file, n);
            if (!seen.add(label)) {
                throw new InputException(file, n.line(), n.path(), "site label '" + label + "' listed twice",
                        "list each label once");
            }
            labels.add(label);
        }
        List<ExtraSite> extras = new ArrayList<>();
        if (s.has("extra_sites")) {
            for (YamlNode n : s.list("extra_sites", null).items()) {
                ExtraSite e = extraSite(n, species);
                if (!seen.add(e.label())) {
                    throw e.where().error("label '" + e.label() + "' is already used by another network site",
                            "give the extra site its own label, e.g. '" + e.label() + "x'");
                }
                extras.add(e);
            }
        }
        if (labels.isEmpty() && extras.isEmpty()) {
            throw (s.has("sites") ? s.where("sites") : s.where()).error("the network has no sites",
                    "list the structure's site labels the ions move on, e.g. sites: [Li1]");
        }
        double cutoff = s.positive("cutoff_angstrom", "the longest hop to consider, e.g. cutoff_angstrom: 4.0");
        if (cutoff > MAX_HOP_ANGSTROM) {
            throw s.error("cutoff_angstrom", "cutoff " + DeckSection.fmt(cutoff) + " Å is longer than any ionic hop (at most "
                    + DeckSection.fmt(MAX_HOP_ANGSTROM) + " Å)", "ionic hops are 1-6 Å; the cutoff is in Å");
        }
        SourceRef labelsWhere = s.has("sites") ? s.where("sites") : s.where();
        return new NetworkSpec(labels, extras, cutoff, labelsWhere, s.where("cutoff_angstrom"));
    }

    private ExtraSite extraSite(YamlNode n, Species species) {
        String hint = "e.g. - {label: i1, fractional: [0.5, 0, 0.25], energy_eV: 0.3}";
        DeckSection e = DeckSection.of(file, n, EXTRA_SITE_KEYS);
        String label = e.text("label", hint);
        String element = e.text("element", hint, species.element());
        List<Double> frac = e.numbers("fractional", hint);
        if (frac.size() != 3) {
            throw e.error("fractional", "needs 3 fractional coordinates, got " + frac.size(), hint);
        }
        for (double f : frac) {
            if (Math.abs(f) > 2) {
                throw e.error("fractional", "fractional coordinate " + DeckSection.fmt(f) + " is far outside the cell",
                        "fractional coordinates are in cell units, between 0 and 1 (not Å)");
            }
        }
        double energy = energy(e, "energy_eV", "the site energy relative to the structure sites, eV");
        return new ExtraSite(label, element, frac, energy, e.where());
    }

    private int[] supercell(DeckSection top) {
        String hint = "three repeats of the conventional cell, e.g. supercell: [4, 4, 4]";
        YamlList l = top.list("supercell", hint);
        if (l.items().size() != 3) {
            throw top.error("supercell", "needs 3 whole numbers, got " + l.items().size() + " values", hint);
        }
        int[] n = new int[3];
        for (int i = 0; i < 3; i++) {
            YamlNode item = l.items().get(i);
            long v = DeckSection.asInteger(file, item);
            if (v < 1 || v > 1000) {
                throw new InputException(file, item.line(), item.path(), "repeat must be between 1 and 1000, got " + v,
                        hint);
            }
            n[i] = (int) v;
        }
        return n;
    }

    private Carriers carriers(DeckSection top) {
        String hint = "e.g. carriers: {vacancies: 1} or {ion_fraction: 0.5}";
        DeckSection s = top.section("carriers", CARRIER_KEYS, hint);
        String key = s.exactlyOne(CARRIER_AMOUNT_KEYS, "the carrier content (a number or a fraction of ions or "
                + "vacancies)");
        Carriers.Kind kind = switch (key) {
            case "ions" -> Carriers.Kind.IONS;
            case "ion_fraction" -> Carriers.Kind.ION_FRACTION;
            case "vacancies" -> Carriers.Kind.VACANCIES;
            default -> Carriers.Kind.VACANCY_FRACTION;
        };
        double amount = key.endsWith("fraction") ? s.fraction(key, "e.g. " + key + ": 0.25")
                : s.integerAtLeast(key, 1, "e.g. " + key + ": 1");
        if (s.has("placement") && s.require("placement", hint) instanceof YamlMap) {
            DeckSection pf = DeckSection.of(file, s.require("placement", hint), List.of("file"));
            Path start = existingPath(pf, "file", "file: start.txt (one 0 or 1 per network site, 1 = ion)");
            return new Carriers(kind, amount, Carriers.Placement.FILE, s.where(key), start);
        }
        String placement = s.text("placement", null, "random");
        if (!placement.equals("random") && !placement.equals("ordered")) {
            throw s.error("placement", "must be 'random', 'ordered' or {file: PATH}, got '" + placement + "'",
                    NearestName.hint(placement, List.of("random", "ordered"), "values"));
        }
        return new Carriers(kind, amount, placement.equals("random") ? Carriers.Placement.RANDOM
                : Carriers.Placement.ORDERED, s.where(key));
    }

    private Map<String, Double> siteEnergies(DeckSection top, NetworkSpec network, Map<String, SourceRef> where) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!top.has("site_energies_eV")) return out;
        YamlNode node = top.require("site_energies_eV", "e.g. site_energies_eV: {Li1: 0.0, Li2: 0.15}");
        if (node instanceof YamlMap m) {
            for (String label : m.entries().keySet()) {
                if (network.siteLabels().contains(label)) continue;
                boolean extra = network.allLabels().contains(label);
                throw new InputException(file, m.keyLine(label), m.childPath(label),
                        extra ? "'" + label + "' is an extra site; its energy is set by energy_eV in "
                                + "network.extra_sites" : "'" + label + "' is not in network.sites ("
                                + String.join(", ", network.siteLabels()) + ")",
                        extra ? "remove it here" : NearestName.of(label, network.siteLabels())
                                .map(n -> "did you mean '" + n + "'?").orElse("add it to network.sites"));
            }
        }
        DeckSection s = DeckSection.of(file, node, network.siteLabels());
        for (String label : s.map().entries().keySet()) {
            out.put(label, energy(s, label, "site energy in eV, e.g. " + label + ": 0.25"));
            where.put(label, s.where(label));
        }
        return out;
    }

    private List<PairInteraction> pairInteractions(DeckSection top) {
        List<PairInteraction> out = new ArrayList<>();
        if (!top.has("pair_interactions")) return out;
        String hint = "e.g. - {shell_max_angstrom: 3.0, energy_eV: 0.05}";
        for (YamlNode n : top.list("pair_interactions", hint).items()) {
            DeckSection p = DeckSection.of(file, n, PAIR_KEYS);
            double min = p.has("shell_min_angstrom") ? p.nonNegative("shell_min_angstrom", hint) : 0.0;
            double max = p.positive("shell_max_angstrom", hint);
            if (max <= min) {
                throw p.error("shell_max_angstrom", "must be larger than shell_min_angstrom (" + min + ")", hint);
            }
            out.add(new PairInteraction(min, max, energy(p, "energy_eV", hint), p.where()));
        }
        return out;
    }

    private List<HopClassSpec> hopClasses(DeckSection top, NetworkSpec network) {
        String hint = "one entry per hop class, e.g. - {from: Li1, to: Li1, length_angstrom: 3.2, barrier_eV: 0.4}"
                + "; './ionhop lattice' lists the classes";
        YamlList list = top.list("hop_classes", hint);
        if (list.items().isEmpty()) throw top.error("hop_classes", "the list is empty", hint);
        List<HopClassSpec> out = new ArrayList<>();
        List<String> labels = network.allLabels();
        for (YamlNode n : list.items()) {
            DeckSection h = DeckSection.of(file, n, HOP_KEYS);
            String from = label(h, "from", labels, hint);
            String to = label(h, "to", labels, hint);
            double length = h.positive("length_angstrom", hint);
            if (length > MAX_HOP_ANGSTROM) {
                throw h.error("length_angstrom", "hop length " + DeckSection.fmt(length) + " Å is longer than any ionic "
                        + "hop (at most " + DeckSection.fmt(MAX_HOP_ANGSTROM) + " Å)", "the length is in Å; './ionhop lattice' "
                        + "lists the hop classes with their lengths");
            }
            double tol = h.positive("length_tolerance_angstrom", "e.g. length_tolerance_angstrom: 0.05",
                    HopClassSpec.DEFAULT_LENGTH_TOLERANCE_ANGSTROM);
            String source = h.exactlyOne(List.of("barrier_eV", "neb"),
                    "the barrier: barrier_eV: 0.35 (E_KRA, eV) or neb: path/to/profile");
            OptionalDouble barrier = OptionalDouble.empty();
            Optional<NebSource> neb = Optional.empty();
            if (source.equals("barrier_eV")) {
                barrier = OptionalDouble.of(h.nonNegative("barrier_eV",
                        "a migration barrier (E_KRA) is >= 0 eV; check the sign"));
                if (barrier.getAsDouble() > MAX_PLAUSIBLE_BARRIER_EV) {
                    throw h.error("barrier_eV", "a barrier of " + DeckSection.fmt(barrier.getAsDouble())
                                    + " eV is not a migration barrier (they are below " + MAX_PLAUSIBLE_BARRIER_EV
                                    + " eV)", "the unit is eV: 350 meV = 0.35 eV, 33.8 kJ/mol = 0.35 eV");
                }
                for (String nebOnly : List.of("format", "saddle", "reaction_energy_tolerance_eV")) {
                    if (h.has(nebOnly)) {
                        throw h.error(nebOnly, "only applies to an NEB profile ('neb:')",
                                "remove it or give neb: instead of barrier_eV");
                    }
                }
            } else {
                neb = Optional.of(nebSource(h));
            }
            OptionalDouble nu = h.has("attempt_frequency_Hz")
                    ? OptionalDouble.of(attemptFrequency(h, "e.g. attempt_frequency_Hz: 5.0e12"))
                    : OptionalDouble.empty();
            out.add(new HopClassSpec(out.size(), from, to, length, tol, barrier, neb, nu, h.where()));
        }
        return out;
    }

    private NebSource nebSource(DeckSection h) {
        Path path = existingPath(h, "neb", "neb: neb/Li1-Li1.dat (file or VASP NEB folder, relative to this deck)");
        String format = h.text("format", null, "auto");
        if (!NebSource.FORMATS.contains(format)) {
            throw h.error("format", "unknown NEB profile format '" + format + "'",
                    NearestName.hint(format, NebSource.FORMATS, "formats"));
        }
        String saddle = h.text("saddle", null, "images");
        if (!NebSource.SADDLES.contains(saddle)) {
            throw h.error("saddle", "must be 'images' or 'spline', got '" + saddle + "'",
                    NearestName.hint(saddle, NebSource.SADDLES, "values"));
        }
        double tol = h.positive("reaction_energy_tolerance_eV", "e.g. reaction_energy_tolerance_eV: 0.05",
                HopClassSpec.DEFAULT_REACTION_ENERGY_TOLERANCE_EV);
        return new NebSource(path, format, saddle, tol);
    }

    private static double attemptFrequency(DeckSection s, String hint) {
        double nu = s.positive("attempt_frequency_Hz", hint);
        if (nu < MIN_ATTEMPT_FREQUENCY_HZ || nu > MAX_ATTEMPT_FREQUENCY_HZ) {
            throw s.error("attempt_frequency_Hz", "attempt frequency " + DeckSection.fmt(nu) + " Hz is outside the "
                    + "plausible 1e6-1e17 Hz", "phonon-like prefactors are 1e12-1e14 Hz; give it in Hz (1 THz = 1e12 Hz)");
        }
        return nu;
    }

    /** A site or pair energy in eV, within +-{@link #MAX_PLAUSIBLE_ENERGY_EV}. */
    private static double energy(DeckSection s, String key, String hint) {
        double e = s.number(key, hint);
        if (Math.abs(e) > MAX_PLAUSIBLE_ENERGY_EV) {
            throw s.error(key, "energy " + DeckSection.fmt(e) + " eV is beyond +-" + DeckSection.fmt(MAX_PLAUSIBLE_ENERGY_EV)
                    + " eV", "energies are in eV (1 eV = 96.485 kJ/mol = 1000 meV)");
        }
        return e;
    }

    private String label(DeckSection h, String key, List<String> labels, String hint) {
        String label = h.text(key, hint);
        if (!labels.contains(label)) {
            throw h.error(key, "'" + label + "' is not a network site (network sites: " + String.join(", ", labels)
                    + ")", NearestName.of(label, labels).map(n -> "did you mean '" + n + "'? If '" + label
                            + "' is right, correct network.sites")
                    .orElse("add it to network.sites or network.extra_sites"));
        }
        return label;
    }

    private List<Double> temperatures(DeckSection top) {
        String hint = "temperatures in kelvin, e.g. temperatures_K: [300, 400, 500]";
        List<Double> t = top.numbers("temperatures_K", hint);
        YamlNode node = top.require("temperatures_K", hint);
        for (int i = 0; i < t.size(); i++) {
            YamlNode item = node instanceof YamlList l ? l.items().get(i) : node;
            if (!(t.get(i) > 0)) {
                throw new InputException(file, item.line(), item.path(),
                        "temperature must be > 0 K, got " + DeckSection.fmt(t.get(i)),
                        "temperatures are absolute, in kelvin (25 °C = 298.15 K)");
            }
            if (t.get(i) > MAX_TEMPERATURE_K) {
                throw new InputException(file, item.line(), item.path(), "temperature " + DeckSection.fmt(t.get(i))
                        + " K is above " + DeckSection.fmt(MAX_TEMPERATURE_K) + " K", "temperatures are in kelvin");
            }
            int first = t.indexOf(t.get(i));
            if (first < i) {
                // Two runs at one temperature would give two summary rows but one HDF5 group, and
                // weigh that point twice in the Arrhenius fit.
                throw new InputException(file, item.line(), item.path(), DeckSection.fmt(t.get(i))
                        + " K is listed twice (also temperatures_K[" + first + "])",
                        "list each temperature once; for smaller error bars raise run.replicas or the run length");
            }
        }
        return t;
    }

    private RunSpec run(DeckSection top) {
        String hint = "e.g. run: {hops_per_ion: 2000, replicas: 8, seed: 1}";
        DeckSection s = top.section("run", RUN_KEYS, hint);
        String lengthKey = s.exactlyOne(RUN_LENGTH_KEYS, "the run length");
        RunSpec.Length length = runLength(s, lengthKey);
        RunSpec.Length equilibration = new RunSpec.Length(RunSpec.LengthUnit.HOPS_PER_ION, 0, s.where());
        if (s.has("equilibration")) {
            DeckSection e = s.section("equilibration", RUN_LENGTH_KEYS, "e.g. equilibration: {hops_per_ion: 200}");
            String key = e.exactlyOne(RUN_LENGTH_KEYS, "the equilibration length");
            equilibration = runLength(e, key);
        }
        RunSpec.Sampling sampling;
        if (s.has("samples") && s.has("sample_interval_s")) {
            throw s.error("sample_interval_s", "give only one of samples, sample_interval_s",
                    "they are alternative ways to set the sampling grid");
        } else if (s.has("sample_interval_s")) {
            sampling = new RunSpec.Sampling(false, 0, s.positive("sample_interval_s", "e.g. sample_interval_s: 1e-10"),
                    s.where("sample_interval_s"));
        } else {
            int samples = s.has("samples") ? (int) s.integerAtLeast("samples", 2, "e.g. samples: 200")
                    : RunSpec.DEFAULT_SAMPLES;
            sampling = new RunSpec.Sampling(true, samples, 0, s.has("samples") ? s.where("samples") : s.where());
        }
        int replicas = s.has("replicas") ? (int) s.integerAtLeast("replicas", 1,
                "independent runs per temperature; use >= 2 for error bars") : RunSpec.DEFAULT_REPLICAS;
        int threads = s.has("threads") ? (int) s.integerAtLeast("threads", 0, "0 or omitted = all cores") : 0;
        long seed = s.has("seed") ? s.integer("seed", "any whole number, e.g. seed: 1") : RunSpec.DEFAULT_SEED;
        double checkpointSeconds = s.has("checkpoint_interval_s")
                ? s.number("checkpoint_interval_s", "wall-clock seconds, e.g. checkpoint_interval_s: 600; 0 = none")
                : RunSpec.DEFAULT_CHECKPOINT_INTERVAL_S;
        if (!(checkpointSeconds >= 0)) {
            throw s.error("checkpoint_interval_s", "must be >= 0 s, got " + DeckSection.fmt(checkpointSeconds),
                    "wall-clock seconds between checkpoints; 0 = only when stopped by a signal");
        }
        double[] window = s.has("msd_fit_window") ? fitWindow(s) : RunSpec.DEFAULT_FIT_WINDOW;
        return new RunSpec(length, equilibration, sampling, replicas, threads, seed, checkpointSeconds, window[0],
                window[1], top.where("run"));
    }

    private TrajectorySpec trajectory(DeckSection top, List<Double> temperatures, RunSpec run) {
        String hint = "e.g. trajectory: {file: results/run.extxyz, temperature_K: 600, replica: 0}";
        DeckSection s = top.section("trajectory", TRAJECTORY_KEYS, hint);
        String name = s.text("file", "the extended XYZ file to write, e.g. file: results/run.extxyz");
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".extxyz") && !name.toLowerCase(java.util.Locale.ROOT).endsWith(".xyz")) {
            throw s.error("file", "'" + name + "' is not an extended XYZ file", "name it FILE.extxyz (OVITO and ASE read it)");
        }
        Double kelvin = null;
        if (s.has("temperature_K")) {
            kelvin = s.positive("temperature_K", "one of temperatures_K, e.g. temperature_K: 600");
            double k = kelvin;
            if (temperatures.stream().noneMatch(t -> Math.abs(t - k) < 1e-9)) {
                throw s.error("temperature_K", DeckSection.fmt(k) + " K is not one of temperatures_K " + temperatures,
                        "choose one of the deck's temperatures");
            }
        }
        int replica = s.has("replica") ? (int) s.integerAtLeast("replica", 0, "a replica index from 0, e.g. replica: 0") : 0;
        if (replica >= run.replicas()) {
            throw s.error("replica", "replica " + replica + " does not exist: run.replicas is " + run.replicas(),
                    "replicas are numbered from 0 to " + (run.replicas() - 1));
        }
        double max = s.positive("max_size_MB", "largest trajectory file to allow, MB, e.g. max_size_MB: 2000",
                TrajectorySpec.DEFAULT_MAX_SIZE_MB);
        return new TrajectorySpec(folder.resolve(name).normalize(), kelvin, replica, max, top.where("trajectory"));
    }

    private static double[] fitWindow(DeckSection s) {
        String hint = "two fractions of the longest time lag, 0 <= start < end <= 1, e.g. msd_fit_window: [0.05, 0.3]";
        List<Double> w = s.numbers("msd_fit_window", hint);
        if (w.size() != 2 || !(w.get(0) >= 0 && w.get(0) < w.get(1) && w.get(1) <= 1)) {
            throw s.error("msd_fit_window", "must be [start, end] with 0 <= start < end <= 1, got " + w, hint);
        }
        return new double[] {w.get(0), w.get(1)};
    }

    private static RunSpec.Length runLength(DeckSection s, String key) {
        RunSpec.LengthUnit unit = switch (key) {
            case "simulated_time_s" -> RunSpec.LengthUnit.SIMULATED_TIME_S;
            case "hops_per_ion" -> RunSpec.LengthUnit.HOPS_PER_ION;
            default -> RunSpec.LengthUnit.TOTAL_HOPS;
        };
        double v = unit == RunSpec.LengthUnit.TOTAL_HOPS ? s.integerAtLeast(key, 1, "e.g. total_hops: 1000000")
                : s.positive(key, "e.g. " + key + ": " + (unit == RunSpec.LengthUnit.SIMULATED_TIME_S ? "1e-7" : "1000"));
        return new RunSpec.Length(unit, v, s.where(key));
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
