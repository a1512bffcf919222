package org.ionhop.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A deck for a non-interacting lattice gas on a simple-cubic lattice (a = 3 Å, one barrier, half
 * filling) with its CIF, for tests whose expected results are exact (D0 = Γ a², D_J = D0 (1 − c)).
 */
public final class LatticeGasDeckFixture {
    public static final double A = 3.0;           // Å
    public static final double BARRIER = 0.25;    // eV
    public static final double NU = 1.0e13;       // Hz
    public static final double FILLING = 0.5;

    private LatticeGasDeckFixture() {}

    /**
     * {@code sc.cif} in {@code dir}: Li1 at the origin of a 3 Å cubic cell (Pm-3m), plus {@code moreAtoms}
     * (atom-site lines "label element x y z").
     */
    public static Path writeCubicCif(Path dir, String moreAtoms) throws IOException {
        return Files.writeString(dir.resolve("sc.cif"), """
                data_sc
                _cell_length_a 3.0
                _cell_length_b 3.0
                _cell_length_c 3.0
                _cell_angle_alpha 90
                _cell_angle_beta 90
                _cell_angle_gamma 90
                _symmetry_space_group_name_H-M 'P m -3 m'
                loop_
                _atom_site_label
                _atom_site_type_symbol
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                Li1 Li 0 0 0
                """ + moreAtoms);
    }

    public static Path write(Path dir, String temperatures, int replicas, int threads) throws IOException {
        return write(dir, temperatures, replicas, threads, 300);
    }

    /** As {@link #write(Path, String, int, int)} with {@code hopsPerIon} hops per ion. */
    public static Path write(Path dir, String temperatures, int replicas, int threads, int hopsPerIon) throws IOException {
        writeCubicCif(dir, "");
        Path deck = dir.resolve("gas.yaml");
        Files.writeString(deck, """
                title: lattice gas on simple cubic
                structure: sc.cif
                species: {element: Li, charge: 1}
                network: {sites: [Li1], cutoff_angstrom: 3.2}
                supercell: [8, 8, 8]
                carriers: {ion_fraction: %s}
                hop_classes:
                  - {from: Li1, to: Li1, length_angstrom: 3.0, barrier_eV: %s}
                attempt_frequency_Hz: %s
                temperatures_K: %s
                run:
                  hops_per_ion: %d
                  equilibration: {hops_per_ion: 5}
                  samples: 101
                  replicas: %d
                  threads: %d
                  seed: 7
                """.formatted(FILLING, BARRIER, NU, temperatures, hopsPerIon, replicas, threads));
        return deck;
    }

}
