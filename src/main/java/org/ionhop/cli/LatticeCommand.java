package org.ionhop.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ionhop.common.InputException;
import org.ionhop.crystal.AtomSite;
import org.ionhop.crystal.Crystal;
import org.ionhop.deck.Deck;
import org.ionhop.rates.DeckModel;
import org.ionhop.crystal.CrystalFiles;
import org.ionhop.network.HopClass;
import org.ionhop.network.HopNetwork;
import org.ionhop.network.HopNetworkBuilder;
import org.ionhop.output.NetworkExport;
import org.ionhop.output.NetworkView;
import org.ionhop.network.NetworkConnectivity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ionhop lattice}: a structure's sites and the symmetry classes of the hops of one species. */
@Command(name = "lattice", mixinStandardHelpOptions = true,
        description = "Reads a crystal structure (CIF or POSCAR), prints its cell, space group and sites, and the symmetry classes of the hops of the mobile ions within a cutoff. Two hops are in one class when a space-group operation (with a lattice translation) maps one onto the other or onto its reverse; barriers are attached to classes. Also the network's periodic connectivity: the dimensionality of long-range transport (0D-3D and the directions), its components and the sites without any hop.",
        footer = {"", "Examples:",
            "  ionhop lattice LiBH4.cif --species Li --cutoff 4.5 --supercell 2x2x2",
            "  # Mg in a spinel: tetrahedral 8a sites via the empty octahedral 16c sites",
            "  ionhop lattice MgSc2Se4.cif --species Mg --extra-site oct:0,0,0 --json",
            "  # a deck: its network in its supercell and the barrier each class receives",
            "  ionhop lattice inputs/MgSc2Se4_Mg_vacancy.yaml",
            "  # the network for VESTA (CIF), OVITO (LAMMPS data with hops as bonds) or ASE (extended XYZ)",
            "  ionhop lattice inputs/MgSc2Se4_Mg_vacancy.yaml --export MgSc2Se4_network.data"})
public final class LatticeCommand implements Callable<Integer> {
    private static final Pattern SUPERCELL = Pattern.compile("\\s*(\\d+)\\s*[xX]\\s*(\\d+)\\s*[xX]\\s*(\\d+)\\s*");
    /** Default hop cutoff, Å: first-shell hops of Li/Mg conductors are typically 2.5–4.5 Å. */
    static final double DEFAULT_CUTOFF_ANGSTROM = 4.5;
    /** A widened default cutoff lies this factor past the nearest-neighbour distance. */
    private static final double WIDENING = 1.01;
    private static final Pattern EXTRA_SITE = Pattern.compile("\\s*([^:\\s]+)\\s*:(.*)");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "crystal structure (CIF, POSCAR or CONTCAR) or an input deck (.yaml)")
    Path file;

    @Option(names = "--species", paramLabel = "ELEMENT", description = "mobile species, e.g. Li (required for a structure file; a deck names its own)")
    String species;

    @Option(names = "--sites", split = ",", paramLabel = "LABEL",
            description = "site labels forming the network (default: every site of the species)")
    List<String> sites = new ArrayList<>();

    @Option(names = "--extra-site", paramLabel = "LABEL:x,y,z",
            description = "an empty network site (interstitial) of the species at fractional x,y,z (fractions like "
                    + "1/8 allowed), expanded by symmetry; repeatable")
    List<String> extraSites = new ArrayList<>();

    @Option(names = "--cutoff", paramLabel = "ANGSTROM",
            description = "longest hop, Å (default: " + DEFAULT_CUTOFF_ANGSTROM + ", widened to just past the "
                    + "nearest-neighbour distance when no hop is that short)")
    String cutoff;

    @Option(names = "--supercell", paramLabel = "N1xN2xN3",
            description = "also build the network in this supercell and report its size, e.g. 2x2x2")
    String supercell;

    @Option(names = "--json", description = "machine-readable output (includes the expanded sites, fractional and "
            + "Cartesian in Å, and the directed hops of one cell)")
    boolean json;

    private HostDisorderReport hostDisorder; // for a deck with host_disorder
    private org.ionhop.output.ClusterExpansionRecord clusterExpansion; // for a deck with cluster_expansion
    @Option(names = "--export", paramLabel = "FILE",
            description = "also write the network for a viewer, format by extension: .cif (host + network sites in P1, "
                    + "extra sites as dummy species X; VESTA), .data/.lmp (LAMMPS data, hops as bonds typed by class; "
                    + "OVITO), .extxyz (site label, energy, hop counts per atom; ASE, OVITO). LAMMPS and extxyz hold the "
                    + "deck's supercell (structure files: --supercell, or the smallest supercell in which every hop is unique)")
    Path export;

    /** The network the report describes, built in the supercell it is shown and exported in. */
    private NetworkView view;

    @Override
    public Integer call() throws Exception {
        if (export != null) NetworkExport.Format.of(export, "--export"); // refuse an unknown extension before any work
        LatticeReport report = isDeck(file) ? deckReport() : structureReport();
        if (export != null) {
            NetworkExport.Format format = NetworkExport.write(export, view);
            int[] n = view.network().supercell();
            report = report.withExport(export + " (" + format.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + (format == NetworkExport.Format.CIF ? ", one conventional cell"
                            : ", " + n[0] + "x" + n[1] + "x" + n[2] + " supercell, " + view.network().siteCount()
                            + " network sites") + ")");
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (json) {
            com.fasterxml.jackson.databind.node.ObjectNode tree = mapper.valueToTree(report);
            if (hostDisorder != null) tree.set("hostDisorder", mapper.valueToTree(hostDisorder));
            if (clusterExpansion != null) tree.set("clusterExpansion", mapper.valueToTree(clusterExpansion));
            spec.commandLine().getOut().println(mapper.writeValueAsString(tree));
        } else {
            spec.commandLine().getOut().print(report.toText());
            if (hostDisorder != null) spec.commandLine().getOut().print(hostDisorder.toText());
            if (clusterExpansion != null) spec.commandLine().getOut().print(clusterExpansion.toText());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static boolean isDeck(Path path) {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** A deck: its network in its supercell, and the barrier every class receives. */
    private LatticeReport deckReport() {
        if (species != null || cutoff != null || supercell != null || !extraSites.isEmpty() || !sites.isEmpty()) {
            throw new org.ionhop.common.InputException(null, 0, "lattice",
                    "--species, --sites, --extra-site, --cutoff and --supercell are for structure files; a deck sets them itself",
                    "edit the deck, or run 'ionhop lattice' on the structure file");
        }
        DeckModel model = DeckModel.inspect(Deck.load(file));
        Deck deck = model.deck();
        hostDisorder = model.landscapeTerm(org.ionhop.rates.HostDisorderLandscape.class)
                .map(HostDisorderReport::of).orElse(null);
        clusterExpansion = model.clusterExpansion() != null
                ? org.ionhop.output.ClusterExpansionRecord.of(model.clusterExpansion(), model.network())
                : model.refusedClusterOrbits() != null ? org.ionhop.output.ClusterExpansionRecord.ofOrbits(deck.clusterExpansion(),
                        model.refusedClusterOrbits(), model.network()) : null;
        Set<String> extraLabels = new LinkedHashSet<>();
        deck.network().extraSites().forEach(e -> extraLabels.add(e.label()));
        List<LatticeReport.BarrierInfo> barriers = model.barriers().barriers().stream()
                .map(b -> new LatticeReport.BarrierInfo(b.hopClass().index(), b.kraEv(), b.attemptFrequencyHz(),
                        b.describeSource())).toList();
        view = NetworkView.of(model);
        LatticeReport report = LatticeReport.of(model.crystal(), extraLabels, deck.species().element(),
                        deck.network().allLabels(), deck.network().cutoffAngstrom(), null, model.network().classes(),
                        model.network(), view)
                .withBarriers(file.toString(), barriers, model.barriers().notes())
                .withConnectivity(LatticeReport.ConnectivityInfo.of(model.connectivity(), null), model.warnings());
        return model.regionMap() == null ? report : report.withRegions(regionInfo(model));
    }

    /** Sites, hops and barriers per zone of a composite deck. */
    private static List<LatticeReport.RegionInfo> regionInfo(DeckModel model) {
        org.ionhop.network.RegionMap map = model.regionMap();
        org.ionhop.rates.RegionEnergies energies = model.regionEnergies();
        org.ionhop.network.HopNetwork net = model.network();
        int zones = map.zoneCount();
        int[] sites = new int[zones], hops = new int[zones], across = new int[zones];
        double[] energy = new double[zones];
        for (int s = 0; s < net.siteCount(); s++) {
            int z = map.zoneOf(s);
            sites[z]++;
            energy[z] += energies.siteEnergyEv(s);
            for (int h = net.hopStart()[s]; h < net.hopStart()[s + 1]; h++) {
                int t = net.hopTarget()[h];
                hops[map.zoneOfHop(s, t)]++;
                int i = map.interfaceOfHop(s, t);
                if (i >= 0 && map.crossesBoundary(s, t)) across[map.phaseCount() + i]++;
            }
        }
        List<LatticeReport.RegionInfo> out = new java.util.ArrayList<>();
        for (int z = 0; z < zones; z++) {
            double[] kra = new double[net.classes().size()];
            for (int k = 0; k < kra.length; k++) kra[k] = energies.zoneKraEv(z, k);
            out.add(new LatticeReport.RegionInfo(map.zoneNames().get(z), sites[z], (double) sites[z] / net.siteCount(),
                    hops[z], across[z], kra, sites[z] > 0 ? Double.valueOf(energy[z] / sites[z]) : null));
        }
        return out;
    }

    private LatticeReport structureReport() {
        if (species == null) {
            throw new org.ionhop.common.InputException(null, 0, "--species",
                    "a structure file needs --species (the mobile element, e.g. --species Li)", null);
        }
        Double given = cutoff == null ? null : parseCutoff();
        int[] repeats = supercell == null ? null : parseSupercell();
        Crystal read = CrystalFiles.read(file);
        List<AtomSite> extras = parseExtraSites(read);
        Crystal crystal = extras.isEmpty() ? read : read.withExtraSites(extras);
        Set<String> extraLabels = new LinkedHashSet<>();
        for (AtomSite e : extras) extraLabels.add(e.label());

        List<String> labels = networkLabels(crystal, extraLabels);
        HopNetworkBuilder builder = new HopNetworkBuilder(crystal).species(species).mobileLabels(labels);
        double cutoffAngstrom = given != null ? given : defaultCutoff(builder);
        String note = given == null && cutoffAngstrom > DEFAULT_CUTOFF_ANGSTROM
                ? String.format(java.util.Locale.ROOT, "no hop within the default %.1f Å: cutoff widened to %.4f Å "
                        + "(nearest neighbours); give --cutoff to choose", DEFAULT_CUTOFF_ANGSTROM, cutoffAngstrom)
                : null;
        List<HopClass> classes = builder.cutoffAngstrom(cutoffAngstrom).classify();
        HopNetwork network = repeats == null ? null : builder.supercell(repeats[0], repeats[1], repeats[2]).build();
        NetworkConnectivity connectivity = builder.connectivity();
        HopNetworkBuilder.Percolation threshold = connectivity.percolates() ? null : builder.percolationThreshold();
        String trapped = connectivity.trappedCarrierWarning();
        // Without --supercell the hops of one cell and the exports come from the smallest supercell with unique hops.
        HopNetwork shown = network;
        if (shown == null) {
            int[] n = builder.smallestValidSupercell();
            shown = builder.supercell(n[0], n[1], n[2]).build();
        }
        view = NetworkView.of(crystal, shown, species, extraLabels, Map.of());
        return LatticeReport.of(crystal, extraLabels, species, labels, cutoffAngstrom, note, classes, network, view)
                .withConnectivity(LatticeReport.ConnectivityInfo.of(connectivity, threshold),
                        trapped == null ? List.of() : List.of(trapped));
    }

    /** The default cutoff, or just past the nearest-neighbour distance when that is longer. */
    private static double defaultCutoff(HopNetworkBuilder builder) {
        return Math.max(DEFAULT_CUTOFF_ANGSTROM, WIDENING * builder.shortestHopAngstrom());
    }

    /** --sites (or every label of the species), plus the extra sites, which exist only to be network sites. */
    private List<String> networkLabels(Crystal crystal, Set<String> extraLabels) {
        Set<String> labels = new LinkedHashSet<>();
        if (sites.isEmpty()) {
            for (AtomSite a : crystal.asymmetricUnit()) if (a.element().equals(species)) labels.add(a.label());
        } else {
            for (String s : sites) labels.add(s.trim());
        }
        labels.addAll(extraLabels);
        return new ArrayList<>(labels);
    }

    private double parseCutoff() {
        try {
            double c = Double.parseDouble(cutoff.trim());
            if (c > 0 && !Double.isInfinite(c)) return c;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(null, 0, "--cutoff", "'" + cutoff + "' is not a positive length in Å",
                "give e.g. --cutoff 4.5");
    }

    private int[] parseSupercell() {
        Matcher m = SUPERCELL.matcher(supercell);
        if (m.matches()) {
            int[] n = new int[3];
            boolean positive = true;
            for (int k = 0; k < 3; k++) {
                n[k] = parseIntOr(m.group(k + 1), 0);
                positive &= n[k] >= 1;
            }
            if (positive) return n;
        }
        throw new InputException(null, 0, "--supercell", "'" + supercell + "' is not a supercell",
                "give three positive repeats like 2x2x2");
    }

    private static int parseIntOr(String s, int fallback) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException tooLarge) {
            return fallback;
        }
    }

    private List<AtomSite> parseExtraSites(Crystal crystal) {
        Set<String> taken = new LinkedHashSet<>();
        for (AtomSite a : crystal.asymmetricUnit()) taken.add(a.label());
        List<AtomSite> out = new ArrayList<>();
        for (String spec : extraSites) {
            Matcher m = EXTRA_SITE.matcher(spec);
            double[] xyz = m.matches() ? parseCoordinates(m.group(2)) : null;
            if (xyz == null) {
                throw new InputException(null, 0, "--extra-site", "'" + spec + "' is not LABEL:x,y,z",
                        "give e.g. --extra-site oct:0,0,0 or oct:1/2,1/2,1/2");
            }
            if (!taken.add(m.group(1))) {
                throw new InputException(null, 0, "--extra-site", "label '" + m.group(1) + "' is already used",
                        "give the extra site a new label; labels present: " + String.join(", ", taken));
            }
            out.add(new AtomSite(m.group(1), species, xyz, 1.0, 0));
        }
        return out;
    }

    /** "x,y,z" with decimals or fractions, or null when unreadable. */
    private static double[] parseCoordinates(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 3) return null;
        double[] xyz = new double[3];
        try {
            for (int k = 0; k < 3; k++) {
                String p = parts[k].trim();
                int slash = p.indexOf('/');
                xyz[k] = slash < 0 ? Double.parseDouble(p)
                        : Double.parseDouble(p.substring(0, slash)) / Double.parseDouble(p.substring(slash + 1));
                if (!Double.isFinite(xyz[k])) return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return xyz;
    }
}
