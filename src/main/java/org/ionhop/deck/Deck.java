package org.ionhop.deck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.common.InputException;
import org.ionhop.common.InputFiles;

/**
 * A parsed and validated input deck: everything one IonHop run needs except the structure itself.
 * The schema is documented in docs/deck.md. Every value keeps where it was written
 * ({@link SourceRef}), so later stages report their problems at the right deck line.
 */
public final class Deck {
    /** Default of {@code attempt_frequency_Hz}. */
    public static final double DEFAULT_ATTEMPT_FREQUENCY_HZ = 1.0e13;

    private final Path file;
    private final String rawText;
    private final String title;
    private final Path structure;
    private final SourceRef structureWhere;
    private final Species species;
    private final NetworkSpec network;
    private final int[] supercell;
    private final SourceRef supercellWhere;
    private final Carriers carriers;
    private final Map<String, Double> siteEnergiesEv;
    private final Map<String, SourceRef> siteEnergyWhere;
    private final List<PairInteraction> pairInteractions;
    private final List<HopClassSpec> hopClasses;
    private final double attemptFrequencyHz;
    private final List<Double> temperaturesK;
    private final RunSpec run;
    private final Path output;
    private final TrajectorySpec trajectory;
    private final Map<String, SourceRef> topLevelWhere;
    private final RegionsSpec regions;
    private final Path environmentModel;
    private HostDisorderSpec hostDisorder; // set once by the reader, right after construction
    private ClusterExpansionSpec clusterExpansion; // likewise

    Deck(Path file, String rawText, String title, Path structure, SourceRef structureWhere, Species species,
         NetworkSpec network, int[] supercell, SourceRef supercellWhere, Carriers carriers,
         Map<String, Double> siteEnergiesEv, Map<String, SourceRef> siteEnergyWhere,
         List<PairInteraction> pairInteractions, List<HopClassSpec> hopClasses, double attemptFrequencyHz,
         List<Double> temperaturesK, RunSpec run, Path output, TrajectorySpec trajectory,
         Map<String, SourceRef> topLevelWhere, RegionsSpec regions, Path environmentModel) {
        this.file = file;
        this.rawText = rawText;
        this.title = title;
        this.structure = structure;
        this.structureWhere = structureWhere;
        this.species = species;
        this.network = network;
        this.supercell = supercell.clone();
        this.supercellWhere = supercellWhere;
        this.carriers = carriers;
        this.siteEnergiesEv = Collections.unmodifiableMap(new LinkedHashMap<>(siteEnergiesEv));
        this.siteEnergyWhere = Collections.unmodifiableMap(new LinkedHashMap<>(siteEnergyWhere));
        this.pairInteractions = List.copyOf(pairInteractions);
        this.hopClasses = List.copyOf(hopClasses);
        this.attemptFrequencyHz = attemptFrequencyHz;
        this.temperaturesK = List.copyOf(temperaturesK);
        this.run = run;
        this.output = output;
        this.trajectory = trajectory;
        this.topLevelWhere = Collections.unmodifiableMap(new LinkedHashMap<>(topLevelWhere));
        this.regions = regions;
        this.environmentModel = environmentModel;
    }

    /**
     * Reads and validates a deck file.
     *
     * @throws InputException with file:line, key path, problem and fix for any mistake in the deck
     */
    public static Deck load(Path file) {
        refuseStructureFile(file);
        InputFiles.requireAtMost(file, InputFiles.MAX_DECK_BYTES, "a deck",
                "a deck is a short YAML file (docs/deck.md); structures and NEB profiles are separate files it names");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, null, "deck file not found", "check the path");
        } catch (CharacterCodingException e) {
            throw new InputException(file, 0, null, "the deck is not UTF-8 text", "save it as UTF-8 plain text");
        } catch (IOException e) {
            throw new InputException(file, 0, null, "cannot read the deck: " + e.getMessage(), null);
        }
        return parse(text, file);
    }

    /**
     * A structure file given where a deck belongs would otherwise surface as a YAML syntax error deep inside
     * the CIF or POSCAR; name the mix-up instead. Names as docs/crystal-input.md recognises them.
     */
    private static void refuseStructureFile(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".cif") || n.endsWith(".vasp") || n.endsWith(".poscar") || n.startsWith("poscar")
                || n.startsWith("contcar")) {
            throw new InputException(file, 0, null, "this is a structure file, not a deck",
                    "a deck refers to it with 'structure: " + name + "' (docs/deck.md); to see its sites and hops run"
                            + " 'ionhop lattice " + file + " --species ELEMENT'");
        }
    }

    /** Validates deck text; relative paths inside it are resolved against {@code file}'s folder. */
    public static Deck parse(String text, Path file) {
        return new DeckReader(file, text).read();
    }

    /** The deck file as given. */
    public Path file() { return file; }
    /** The deck exactly as written (stored in the HDF5 output so a run can be reproduced). */
    public String rawText() { return rawText; }
    public String title() { return title; }
    /** The structure file (CIF or POSCAR), resolved against the deck's folder. */
    public Path structure() { return structure; }
    public SourceRef structureWhere() { return structureWhere; }
    public Species species() { return species; }
    public NetworkSpec network() { return network; }
    /** Repeats n1, n2, n3 of the conventional cell. */
    public int[] supercell() { return supercell.clone(); }
    /** Where {@code supercell} is written (for "supercell too small for the cutoff"). */
    public SourceRef supercellWhere() { return supercellWhere; }
    public Carriers carriers() { return carriers; }
    /** Site energies given in {@code site_energies_eV} (structure labels only), eV. */
    public Map<String, Double> siteEnergiesEv() { return siteEnergiesEv; }
    public List<PairInteraction> pairInteractions() { return pairInteractions; }
    public List<HopClassSpec> hopClasses() { return hopClasses; }
    /** Global attempt frequency ν, Hz (a hop class may override it). */
    public double attemptFrequencyHz() { return attemptFrequencyHz; }
    public List<Double> temperaturesK() { return temperaturesK; }
    public RunSpec run() { return run; }
    /** The deck's {@code regions:} section, or null for a single-phase supercell. */
    public RegionsSpec regions() { return regions; }
    /**
     * The environment-model file ({@code environment_model}, e.g. written by {@code ionhop
     * import-kmcpy}) whose occupancy-dependent barriers replace the per-class ones; null when absent.
     */
    public Path environmentModel() { return environmentModel; }
    /** The {@code host_disorder} section (mixed immobile host sites and rule tables), or null. */
    public HostDisorderSpec hostDisorder() { return hostDisorder; }

    Deck withHostDisorder(HostDisorderSpec spec) {
        this.hostDisorder = spec;
        return this;
    }

    /** The {@code cluster_expansion} section (lattice-energy and E_KRA cluster expansions), or null. */
    public ClusterExpansionSpec clusterExpansion() { return clusterExpansion; }

    Deck withClusterExpansion(ClusterExpansionSpec spec) {
        this.clusterExpansion = spec;
        return this;
    }
    /** HDF5 output file, resolved against the deck's folder. */
    public Path output() { return output; }

    /** The {@code trajectory} section, or {@link TrajectorySpec#none()} (file null) without one. */
    public TrajectorySpec trajectory() { return trajectory; }

    /**
     * Where a top-level key (e.g. "hop_classes", "supercell", "carriers") is written; the deck's
     * first line when the key is absent.
     */
    public SourceRef where(String topLevelKey) {
        return topLevelWhere.getOrDefault(topLevelKey, new SourceRef(file, 1, topLevelKey));
    }

    /**
     * Energy of a network site label, eV: from {@code site_energies_eV} or the extra site's
     * {@code energy_eV}; 0 when the deck does not give one.
     */
    public double siteEnergyEv(String label) {
        Double v = siteEnergiesEv.get(label);
        if (v != null) return v;
        return network.extraSites().stream().filter(e -> e.label().equals(label)).mapToDouble(ExtraSite::energyEv)
                .findFirst().orElse(0.0);
    }

    /** True when the deck gives this label's energy explicitly (not by the default of 0). */
    public boolean hasSiteEnergy(String label) {
        return siteEnergiesEv.containsKey(label)
                || network.extraSites().stream().anyMatch(e -> e.label().equals(label));
    }

    /** Where a label's site energy is written, if the deck gives it. */
    public SourceRef siteEnergyWhere(String label) {
        SourceRef w = siteEnergyWhere.get(label);
        if (w != null) return w;
        return network.extraSites().stream().filter(e -> e.label().equals(label)).map(ExtraSite::where)
                .findFirst().orElse(null);
    }
}
