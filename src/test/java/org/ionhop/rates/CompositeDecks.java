package org.ionhop.rates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ionhop.deck.Deck;

/** Composite decks on a simple-cubic lattice (a = 3 Å, one Li site, nearest-neighbour hops, E_KRA 0.30 eV). */
public final class CompositeDecks {
    public static final double A = 3.0;

    private CompositeDecks() {}

    public static final String CIF = """
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
            """;

    /** A deck on an n1 x n2 x n3 simple-cubic supercell with the given carriers and regions block. */
    public static Deck deck(Path dir, int n1, int n2, int n3, String carriers, String regions) {
        try {
            Files.writeString(dir.resolve("sc.cif"), CIF);
            String text = """
                    title: composite test
                    structure: sc.cif
                    species: {element: Li, charge: 1}
                    network: {sites: [Li1], cutoff_angstrom: 3.2}
                    supercell: [%d, %d, %d]
                    carriers: %s
                    hop_classes:
                      - {from: Li1, to: Li1, length_angstrom: 3.0, barrier_eV: 0.30}
                    temperatures_K: [600]
                    run:
                      hops_per_ion: 100
                      replicas: 2
                      seed: 3
                    %s
                    """.formatted(n1, n2, n3, carriers, regions);
            Path deck = dir.resolve("composite.yaml");
            Files.writeString(deck, text);
            return Deck.load(deck);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
