package org.ionhop.deck;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The deck's {@code regions:} section: how the supercell is divided into phases (one geometry) and
 * what each phase and each interface between phases changes in the energies (docs/deck.md,
 * "regions"). Read by the network layer (which site lies where) and the rate layer (energies).
 *
 * @param geometry   how sites are assigned to phases
 * @param phases     the phases, in the order the outputs list them
 * @param interfaces interface bands between phases (first matching entry wins)
 * @param where      where {@code regions} is written
 */
public record RegionsSpec(Geometry geometry, List<Phase> phases, List<Interface> interfaces, SourceRef where) {
    public RegionsSpec {
        phases = List.copyOf(phases);
        interfaces = List.copyOf(interfaces);
    }

    /** Index of a phase by name, or -1. */
    public int phaseIndex(String name) {
        for (int p = 0; p < phases.size(); p++) if (phases.get(p).name().equals(name)) return p;
        return -1;
    }

    public List<String> phaseNames() {
        return phases.stream().map(Phase::name).toList();
    }

    /**
     * What a phase or an interface band changes relative to the bulk model (the deck's top-level
     * {@code hop_classes} and {@code site_energies_eV}).
     *
     * @param barrierScale      multiplies the bulk E_KRA of every class not listed in {@code hopClasses}
     * @param barrierShiftEv    then added to it, eV
     * @param hopClasses        classes whose E_KRA (and optionally ν) are given outright
     * @param siteEnergyShiftEv added to the energy of every site, eV
     * @param siteEnergiesEv    absolute energy per site label (before the shift), eV
     */
    public record Energies(double barrierScale, double barrierShiftEv, List<HopClassSpec> hopClasses,
                           double siteEnergyShiftEv, Map<String, Double> siteEnergiesEv) {
        public Energies {
            hopClasses = List.copyOf(hopClasses);
            siteEnergiesEv = Map.copyOf(siteEnergiesEv);
        }
    }

    /**
     * One phase.
     *
     * @param ionFraction fraction of this phase's sites that hold an ion at the start (empty = the
     *                    ions not placed by other phases go anywhere in the rest)
     */
    public record Phase(String name, Energies energies, OptionalDouble ionFraction, SourceRef where) {}

    /**
     * An interface band between two phases (or all boundaries when {@code between} is empty).
     *
     * @param between       the two phase names (may be equal: a grain boundary inside one phase)
     * @param widthAngstrom sites at most this far from a site of the other domain belong to the band
     */
    public record Interface(Optional<List<String>> between, double widthAngstrom, Energies energies,
                            SourceRef where) {
        public String name() {
            return between.map(b -> b.get(0) + "|" + b.get(1)).orElse("interface");
        }

        public boolean covers(String a, String b) {
            return between.map(x -> x.get(0).equals(a) && x.get(1).equals(b) || x.get(0).equals(b) && x.get(1).equals(a))
                    .orElse(true);
        }
    }

    /** How the supercell is divided. */
    public sealed interface Geometry permits Layers, Inclusions, Grains, MapFile {
        SourceRef where();
    }

    /**
     * Layers parallel to the lattice plane spanned by the two axes other than {@code axis} (0 = a,
     * 1 = b, 2 = c), stacked along its normal; the stack repeats along the supercell.
     */
    public record Layers(int axis, List<Layer> stack, SourceRef where) implements Geometry {
        public Layers {
            stack = List.copyOf(stack);
        }
    }

    /** One layer: thickness in cells of the conventional cell, or in Å along the normal. */
    public record Layer(String phase, double thickness, boolean inCells, SourceRef where) {}

    /**
     * Non-overlapping spheres, or cylinders along lattice axis {@code axis} through the whole
     * supercell, of phase {@code phase} placed at random (seeded) in phase {@code matrix}.
     */
    public record Inclusions(String phase, String matrix, boolean cylinder, int axis, double radiusAngstrom,
                             double volumeFraction, long seed, SourceRef where) implements Geometry {}

    /** Voronoi grains around {@code count} seeded random points; grain k has phase phases[k mod size]. */
    public record Grains(int count, long seed, List<String> phases, SourceRef where) implements Geometry {
        public Grains {
            phases = List.copyOf(phases);
        }
    }

    /** A grid of phase names over the supercell's fractional coordinates, read from a file. */
    public record MapFile(Path file, SourceRef where) implements Geometry {}
}
