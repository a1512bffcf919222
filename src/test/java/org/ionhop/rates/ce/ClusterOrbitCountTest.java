package org.ionhop.rates.ce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.ionhop.deck.Deck;
import org.ionhop.rates.DeckModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Orbit multiplicities against hand counts, per conventional cell (one Li per cell in both lattices). */
class ClusterOrbitCountTest {

    /**
     * Simple cubic: 1 point; 3 nearest-neighbour pairs (6 bonds per site, each shared by 2 sites);
     * 12 right triangles (3, 3, 4.24 Å): one per pair of perpendicular bonds at the right-angle
     * vertex, 6·4/2; 8 equilateral triangles of face diagonals (4.24 Å): one per cube corner.
     */
    @Test
    void simpleCubic(@TempDir Path dir) throws Exception {
        CeDecks.cubicCif(dir);
        String text = "structure: sc.cif\nspecies: {element: Li, charge: +1}\n"
                + "network: {sites: [Li1], cutoff_angstrom: 3.2}\nsupercell: [3, 3, 3]\ncarriers: {ions: 5}\n"
                + "hop_classes: [{from: Li1, to: Li1, length_angstrom: 3.0, barrier_eV: 0.3}]\ntemperatures_K: [600]\nrun: {hops_per_ion: 10, seed: 3}\n"
                + "cluster_expansion:\n  clusters:\n"
                + "    - {sites: [Li1], eci_eV: 0.1}\n"
                + "    - {sites: [Li1, Li1], distances_angstrom: [3.0], eci_eV: 0.1}\n"
                + "    - {sites: [Li1, Li1, Li1], distances_angstrom: [3.0, 3.0, 4.2426], eci_eV: 0.1}\n"
                + "    - {sites: [Li1, Li1, Li1], distances_angstrom: [4.2426, 4.2426, 4.2426], eci_eV: 0.1}\n";
        Deck deck = Deck.parse(text, dir.resolve("deck.yaml"));
        // The triangles make a hop's environment larger than tables allow: only the orbits here, on the
        // network of the same deck without its expansion.
        DeckModel m = DeckModel.build(Deck.parse(text.substring(0, text.indexOf("cluster_expansion:")),
                dir.resolve("plain.yaml")));
        List<ClusterOrbit> orbits = ClusterExpansionModel.orbits(deck.clusterExpansion(), m.crystal(), m.network(), List.of());
        assertEquals(List.of(1, 3, 12, 8), orbits.stream().map(ClusterOrbit::multiplicityPerCell).toList());
    }

    /**
     * Square lattice with X1 in each square's centre: 1 point; 2 first- and 2 second-neighbour
     * pairs; 4 right triangles (4 choices of two perpendicular bonds at the right angle); 4 Li–X1
     * pairs (each X1 has 4 Li); 4 Li–Li–X1 triangles (each of the 2 bonds per cell borders 2 squares).
     */
    @Test
    void squareLatticeWithHostSites(@TempDir Path dir) throws Exception {
        DeckModel m = CeDecks.build(dir, CeDecks.square(dir, "{ions: 6}", 600, CeDecks.fullExpansion("spin")));
        assertEquals(List.of(1, 2, 2, 4, 4, 4),
                m.clusterExpansion().orbits().stream().map(ClusterOrbit::multiplicityPerCell).toList());
        // Around each nearest-neighbour hop: the 2 X1 beside it; 4 Li at (3.0, 4.24) Å from its ends; the
        // 2 Li-Li pairs beside it (each pair parallel to the hop, one on either side).
        assertEquals(List.of(2, 4, 2), m.clusterExpansion().kraClusters().stream().map(KraClusters::perHop).toList());
    }
}
