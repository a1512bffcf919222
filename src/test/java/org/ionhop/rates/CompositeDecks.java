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

    /** A deck on an n1 x n2 x n3 simple-cubic supercell with the given carriers and regions block. */
    public static Deck deck(Path dir, int n1, int n2, int n3, String carriers, String regions) {
        try {
            org.ionhop.run.LatticeGasDeckFixture.writeCubicCif(dir, "");
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
