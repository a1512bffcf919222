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

/** Reads the deck's optional {@code regions:} section (docs/deck.md, "regions"). */
final class RegionsReader {
    static final List<String> KEYS = List.of("layers", "inclusions", "grains", "map", "phases", "interfaces");
    static final List<String> GEOMETRY_KEYS = List.of("layers", "inclusions", "grains", "map");
    static final List<String> ENERGY_KEYS = List.of("barrier_scale", "barrier_shift_eV", "hop_classes",
            "site_energy_shift_eV", "site_energies_eV");
    static final List<String> PHASE_KEYS = concat(List.of("name", "ion_fraction"), ENERGY_KEYS);
    static final List<String> INTERFACE_KEYS = concat(List.of("between", "width_angstrom"), ENERGY_KEYS);
    static final List<String> LAYERS_KEYS = List.of("normal", "stack");
    static final List<String> LAYER_KEYS = List.of("phase", "thickness_cells", "thickness_angstrom");
    static final List<String> INCLUSION_KEYS = List.of("phase", "matrix", "shape", "axis", "radius_angstrom",
            "volume_fraction", "seed");
    static final List<String> GRAIN_KEYS = List.of("count", "seed", "phases");
    static final List<String> MAP_KEYS = List.of("file");
    static final List<String> REGION_HOP_KEYS = List.of("from", "to", "length_angstrom", "length_tolerance_angstrom",
            "barrier_eV", "attempt_frequency_Hz");
    static final List<String> AXES = List.of("a", "b", "c");

    private final Path file;
    private final Path folder;
    private final NetworkSpec network;

    RegionsReader(Path file, Path folder, NetworkSpec network) {
        this.file = file;
        this.folder = folder;
        this.network = network;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    RegionsSpec read(DeckSection top) {
        String hint = "e.g. regions: {layers: {normal: c, stack: [...]}, phases: [{name: A}, {name: B}]}";
        DeckSection s = top.section("regions", KEYS, hint);
        List<RegionsSpec.Phase> phases = phases(s);
        List<String> names = phases.stream().map(RegionsSpec.Phase::name).toList();
        String geometryKey = s.exactlyOne(GEOMETRY_KEYS, "the geometry of the regions (layers, inclusions, grains or map)");
        RegionsSpec.Geometry geometry = switch (geometryKey) {
            case "layers" -> layers(s, names);
            case "inclusions" -> inclusions(s, names);
            case "grains" -> grains(s, names);
            default -> map(s);
        };
        List<RegionsSpec.Interface> interfaces = new ArrayList<>();
        if (s.has("interfaces")) {
            for (YamlNode n : s.list("interfaces", "e.g. - {between: [A, B], width_angstrom: 3, barrier_scale: 0.6}")
                    .items()) {
                interfaces.add(anInterface(DeckSection.of(file, n, INTERFACE_KEYS), names));
            }
        }
        return new RegionsSpec(geometry, phases, interfaces, top.where("regions"));
    }

    private List<RegionsSpec.Phase> phases(DeckSection s) {
        String hint = "e.g. phases: [{name: LiBH4}, {name: LiNBH, barrier_scale: 1.5}]";
        YamlList list = s.list("phases", hint);
        if (list.items().isEmpty()) throw s.error("phases", "the list is empty", hint);
        List<RegionsSpec.Phase> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode n : list.items()) {
            DeckSection p = DeckSection.of(file, n, PHASE_KEYS);
            String name = p.text("name", "a name for the phase, e.g. name: LiBH4");
            if (!seen.add(name)) throw p.error("name", "phase '" + name + "' is listed twice", "give each phase its own name");
            OptionalDouble c = p.has("ion_fraction")
                    ? OptionalDouble.of(p.fraction("ion_fraction", "fraction of this phase's sites holding an ion at the start"))
                    : OptionalDouble.empty();
            out.add(new RegionsSpec.Phase(name, energies(p), c, p.where()));
        }
        return out;
    }

    private RegionsSpec.Interface anInterface(DeckSection i, List<String> names) {
        Optional<List<String>> between = Optional.empty();
        if (i.has("between")) {
            YamlList l = i.list("between", "the two phases it separates, e.g. between: [LiBH4, LiNBH]");
            if (l.items().size() != 2) {
                throw i.error("between", "needs two phase names, got " + l.items().size(),
                        "e.g. between: [LiBH4, LiNBH] (the same name twice for grain boundaries inside one phase)");
            }
            List<String> pair = new ArrayList<>();
            for (YamlNode n : l.items()) pair.add(phaseName(n, names));
            between = Optional.of(pair);
        }
        double width = i.has("width_angstrom") ? i.nonNegative("width_angstrom",
                "sites this close to the other phase form the band; 0 = only hops across the boundary") : 0.0;
        return new RegionsSpec.Interface(between, width, energies(i), i.where());
    }

    private String phaseName(YamlNode n, List<String> names) {
        String name = DeckSection.asText(file, n);
        if (!names.contains(name)) {
            throw new InputException(file, n.line(), n.path(), "'" + name + "' is not a phase (phases: "
                    + String.join(", ", names) + ")", NearestName.of(name, names).map(x -> "did you mean '" + x + "'?")
                    .orElse("add it to regions.phases"));
        }
        return name;
    }

    private String phaseKey(DeckSection s, String key, List<String> names, String hint) {
        s.text(key, hint);
        return phaseName(s.require(key, hint), names);
    }

    private RegionsSpec.Energies energies(DeckSection s) {
        double scale = s.has("barrier_scale") ? s.nonNegative("barrier_scale", "multiplies the bulk E_KRA, e.g. 0.6") : 1.0;
        double shift = s.has("barrier_shift_eV") ? s.number("barrier_shift_eV", "added to the bulk E_KRA, eV") : 0.0;
        List<HopClassSpec> hops = new ArrayList<>();
        if (s.has("hop_classes")) {
            String hint = "e.g. - {from: Li1, to: Li1, length_angstrom: 3.2, barrier_eV: 0.09}";
            for (YamlNode n : s.list("hop_classes", hint).items()) {
                DeckSection h = DeckSection.of(file, n, REGION_HOP_KEYS);
                String from = label(h, "from", hint), to = label(h, "to", hint);
                double length = h.positive("length_angstrom", hint);
                double tol = h.positive("length_tolerance_angstrom", "e.g. length_tolerance_angstrom: 0.05",
                        HopClassSpec.DEFAULT_LENGTH_TOLERANCE_ANGSTROM);
                double barrier = h.nonNegative("barrier_eV", "E_KRA in this region, eV (>= 0)");
                if (barrier > DeckReader.MAX_PLAUSIBLE_BARRIER_EV) {
                    throw h.error("barrier_eV", "a barrier of " + DeckSection.fmt(barrier) + " eV is not a migration barrier",
                            "the unit is eV: 350 meV = 0.35 eV");
                }
                OptionalDouble nu = h.has("attempt_frequency_Hz")
                        ? OptionalDouble.of(h.positive("attempt_frequency_Hz", "e.g. 5.0e12")) : OptionalDouble.empty();
                hops.add(new HopClassSpec(hops.size(), from, to, length, tol, OptionalDouble.of(barrier),
                        Optional.empty(), nu, h.where()));
            }
        }
        double siteShift = s.has("site_energy_shift_eV") ? s.number("site_energy_shift_eV", "eV, e.g. 0.05") : 0.0;
        Map<String, Double> site = new LinkedHashMap<>();
        if (s.has("site_energies_eV")) {
            YamlNode node = s.require("site_energies_eV", "e.g. site_energies_eV: {Li1: 0.1}");
            if (node instanceof YamlMap m) {
                for (String label : m.entries().keySet()) {
                    if (!network.allLabels().contains(label)) {
                        throw new InputException(file, m.keyLine(label), m.childPath(label), "'" + label
                                + "' is not a network site (" + String.join(", ", network.allLabels()) + ")",
                                NearestName.of(label, network.allLabels()).map(x -> "did you mean '" + x + "'?")
                                        .orElse("use a label of network.sites or network.extra_sites"));
                    }
                }
            }
            DeckSection e = DeckSection.of(file, node, network.allLabels());
            for (String label : e.map().entries().keySet()) site.put(label, e.number(label, "site energy, eV"));
        }
        return new RegionsSpec.Energies(scale, shift, hops, siteShift, site);
    }

    private String label(DeckSection h, String key, String hint) {
        String label = h.text(key, hint);
        List<String> labels = network.allLabels();
        if (!labels.contains(label)) {
            throw h.error(key, "'" + label + "' is not a network site (network sites: " + String.join(", ", labels) + ")",
                    NearestName.of(label, labels).map(n -> "did you mean '" + n + "'?").orElse("use a network label"));
        }
        return label;
    }

    private int axis(DeckSection s, String key, String hint) {
        String a = s.text(key, hint);
        int i = AXES.indexOf(a);
        if (i < 0) throw s.error(key, "must be a, b or c, got '" + a + "'", hint);
        return i;
    }

    private RegionsSpec.Layers layers(DeckSection s, List<String> names) {
        String hint = "e.g. layers: {normal: c, stack: [{phase: A, thickness_cells: 2}, {phase: B, thickness_angstrom: 12}]}";
        DeckSection l = s.section("layers", LAYERS_KEYS, hint);
        int axis = axis(l, "normal", "the lattice axis the layers stack along: a, b or c (planes of the other two)");
        YamlList stack = l.list("stack", hint);
        if (stack.items().size() < 2) throw l.error("stack", "needs at least two layers", hint);
        List<RegionsSpec.Layer> out = new ArrayList<>();
        for (YamlNode n : stack.items()) {
            DeckSection e = DeckSection.of(file, n, LAYER_KEYS);
            String phase = phaseKey(e, "phase", names, hint);
            String k = e.exactlyOne(List.of("thickness_cells", "thickness_angstrom"), "the layer thickness");
            double t = e.positive(k, k.equals("thickness_cells") ? "cells of the conventional cell along the normal, e.g. 2"
                    : "Å along the layer normal, e.g. 12.5");
            out.add(new RegionsSpec.Layer(phase, t, k.equals("thickness_cells"), e.where(k)));
        }
        return new RegionsSpec.Layers(axis, out, s.where("layers"));
    }

    private RegionsSpec.Inclusions inclusions(DeckSection s, List<String> names) {
        String hint = "e.g. inclusions: {phase: B, matrix: A, shape: sphere, radius_angstrom: 6, volume_fraction: 0.1}";
        DeckSection i = s.section("inclusions", INCLUSION_KEYS, hint);
        String phase = phaseKey(i, "phase", names, hint);
        String matrix = phaseKey(i, "matrix", names, hint);
        if (phase.equals(matrix)) throw i.error("matrix", "the matrix must be another phase than the inclusions", hint);
        String shape = i.text("shape", hint, "sphere");
        if (!shape.equals("sphere") && !shape.equals("cylinder")) {
            throw i.error("shape", "must be sphere or cylinder, got '" + shape + "'",
                    NearestName.hint(shape, List.of("sphere", "cylinder"), "values"));
        }
        boolean cylinder = shape.equals("cylinder");
        int axis = 2;
        if (i.has("axis")) {
            if (!cylinder) throw i.error("axis", "only a cylinder has an axis", "remove it or write shape: cylinder");
            axis = axis(i, "axis", "the lattice axis the cylinders run along: a, b or c");
        }
        double r = i.positive("radius_angstrom", hint);
        double f = i.fraction("volume_fraction", "fraction of the supercell volume inside inclusions, e.g. 0.1");
        long seed = i.has("seed") ? i.integer("seed", "any whole number") : 1;
        return new RegionsSpec.Inclusions(phase, matrix, cylinder, axis, r, f, seed, s.where("inclusions"));
    }

    private RegionsSpec.Grains grains(DeckSection s, List<String> names) {
        String hint = "e.g. grains: {count: 8, seed: 3, phases: [A, B]}";
        DeckSection g = s.section("grains", GRAIN_KEYS, hint);
        int count = (int) g.integerAtLeast("count", 2, hint);
        long seed = g.has("seed") ? g.integer("seed", "any whole number") : 1;
        List<String> phases = new ArrayList<>();
        if (g.has("phases")) {
            for (YamlNode n : g.list("phases", hint).items()) phases.add(phaseName(n, names));
            if (phases.isEmpty()) throw g.error("phases", "the list is empty", hint);
        } else {
            phases.addAll(names);
        }
        return new RegionsSpec.Grains(count, seed, phases, s.where("grains"));
    }

    private RegionsSpec.MapFile map(DeckSection s) {
        String hint = "e.g. map: {file: regions.txt} (see docs/deck.md for the format)";
        DeckSection m = s.section("map", MAP_KEYS, hint);
        Path p = folder.resolve(m.text("file", hint)).normalize();
        if (!Files.isRegularFile(p)) throw m.error("file", "file not found: " + p, "paths are relative to the deck's folder");
        return new RegionsSpec.MapFile(p, m.where("file"));
    }
}
