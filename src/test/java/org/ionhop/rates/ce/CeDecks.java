package org.ionhop.rates.ce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ionhop.deck.Deck;
import org.ionhop.rates.DeckModel;

/**
 * Decks for cluster-expansion tests: a square lattice of Li (a = 3 Å, P4/mmm, c = 10 Å so that
 * layers do not interact) with a mixed host site X1 (I or Br) at the centre of each square, and
 * the simple-cubic lattice (Pm-3m, a = 3 Å).
 */
final class CeDecks {
    static final double A = 3.0;
    static final double DIAGONAL = 3.0 * Math.sqrt(2);    // 4.2426 Å, second neighbours
    static final double TO_CENTRE = 1.5 * Math.sqrt(2);   // 2.1213 Å, Li to X1

    private CeDecks() {}

    static Path squareCif(Path dir) throws IOException {
        return Files.writeString(dir.resolve("square.cif"), """
                data_square
                _cell_length_a 3.0
                _cell_length_b 3.0
                _cell_length_c 10.0
                _cell_angle_alpha 90
                _cell_angle_beta 90
                _cell_angle_gamma 90
                _symmetry_space_group_name_H-M 'P 4/m m m'
                loop_
                _atom_site_label
                _atom_site_type_symbol
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                Li1 Li 0 0 0
                X1 I 0.5 0.5 0
                """);
    }

    /**
     * Two mobile labels on the square lattice: Li1 at the corners, Li2 at the square centres, hops
     * Li1–Li2 (2.1213 Å) only, Li2 0.1 eV above Li1, no host disorder; every kind of cluster.
     */
    static String twoLabels(Path dir, String basis) throws IOException {
        Files.writeString(dir.resolve("square.cif"), Files.readString(squareCif(dir)).replace("X1 I", "Li2 Li"));
        return "structure: square.cif\n"
                + "species: {element: Li, charge: +1}\n"
                + "network: {sites: [Li1, Li2], cutoff_angstrom: 2.2}\n"
                + "supercell: [4, 4, 1]\n"
                + "carriers: {ions: 12}\n"
                + "site_energies_eV: {Li1: 0.0, Li2: 0.1}\n"
                + "hop_classes:\n"
                + "  - {from: Li1, to: Li2, length_angstrom: 2.1213, barrier_eV: 0.30}\n"
                + "temperatures_K: [600]\n"
                + "run: {hops_per_ion: 10, seed: 3}\n"
                + "cluster_expansion:\n"
                + "  basis: " + basis + "\n"
                + "  clusters:\n"
                + "    - {sites: [Li2], eci_eV: 0.03}\n"
                + "    - {sites: [Li1, Li2], distances_angstrom: [2.1213], eci_eV: 0.05}\n"
                + "    - {sites: [Li1, Li1], distances_angstrom: [3.0], eci_eV: -0.02}\n"
                + "    - {sites: [Li2, Li2], distances_angstrom: [3.0], eci_eV: 0.025}\n"
                + "    - {sites: [Li1, Li1, Li2], distances_angstrom: [3.0, 2.1213, 2.1213], eci_eV: 0.015}\n"
                + "  kra_clusters:\n"
                + "    - {hop_sites: [Li2, Li1], hop_length_angstrom: 2.1213, sites: [Li1], "
                + "distances_to_ends_angstrom: [[3.0, 2.1213]], eci_eV: 0.04}\n"
                + "    - {hop_sites: [Li1, Li2], hop_length_angstrom: 2.1213, sites: [Li2, Li1], "
                + "distances_to_ends_angstrom: [[2.1213, 3.0], [3.0, 2.1213]], distances_angstrom: [2.1213], eci_eV: -0.03}\n";
    }

    /** The simple-cubic lattice gas's CIF (Li1 at the origin, a = 3 Å, Pm-3m), as {@code sc.cif}. */
    static Path cubicCif(Path dir) throws IOException {
        return org.ionhop.run.LatticeGasDeckFixture.writeCubicCif(dir, "");
    }

    /** Square-lattice deck with the given carriers, temperature and cluster_expansion body (indented 2). */
    static String square(Path dir, String carriers, double kelvin, String expansion) throws IOException {
        squareCif(dir);
        return "structure: square.cif\n"
                + "species: {element: Li, charge: +1}\n"
                + "network: {sites: [Li1], cutoff_angstrom: 3.2}\n"
                + "supercell: [4, 4, 1]\n"
                + "carriers: " + carriers + "\n"
                + "site_energies_eV: {Li1: 0.05}\n"
                + "hop_classes:\n"
                + "  - {from: Li1, to: Li1, length_angstrom: 3.0, barrier_eV: 0.30}\n"
                + "temperatures_K: [" + kelvin + "]\n"
                + "run: {hops_per_ion: 10, seed: 3}\n"
                + "host_disorder:\n"
                + "  mixtures: [{site: X1, species: {I: 0.5, Br: 0.5}}]\n"
                + "cluster_expansion:\n" + expansion;
    }

    /** Every kind of cluster the square lattice offers, in the given basis. */
    static String fullExpansion(String basis) {
        return "  basis: " + basis + "\n"
                + "  constant_eV: 0.1\n"
                + "  clusters:\n"
                + "    - {sites: [Li1], eci_eV: -0.02}\n"
                + "    - {sites: [Li1, Li1], distances_angstrom: [3.0], eci_eV: 0.04}\n"
                + "    - {sites: [Li1, Li1], distances_angstrom: [4.2426], eci_eV: -0.015}\n"
                + "    - {sites: [Li1, Li1, Li1], distances_angstrom: [3.0, 3.0, 4.2426], eci_eV: 0.01}\n"
                + "    - {sites: [Li1, X1], distances_angstrom: [2.1213], host_species: {X1: I}, eci_eV: -0.03}\n"
                + "    - {sites: [Li1, Li1, X1], distances_angstrom: [3.0, 2.1213, 2.1213], host_species: {X1: I}, "
                + "eci_eV: 0.02}\n"
                + "  kra_clusters:\n"
                + "    - {hop_sites: [Li1, Li1], hop_length_angstrom: 3.0, sites: [X1], "
                + "distances_to_ends_angstrom: [[2.1213, 2.1213]], host_species: {X1: I}, eci_eV: -0.05}\n"
                + "    - {hop_sites: [Li1, Li1], hop_length_angstrom: 3.0, sites: [Li1], "
                + "distances_to_ends_angstrom: [[3.0, 4.2426]], eci_eV: 0.03}\n"
                + "    - {hop_sites: [Li1, Li1], hop_length_angstrom: 3.0, sites: [Li1, Li1], "
                + "distances_to_ends_angstrom: [[3.0, 4.2426], [4.2426, 3.0]], distances_angstrom: [3.0], eci_eV: 0.02}\n";
    }

    static DeckModel build(Path dir, String text) {
        return DeckModel.build(Deck.parse(text, dir.resolve("deck.yaml")));
    }
}
