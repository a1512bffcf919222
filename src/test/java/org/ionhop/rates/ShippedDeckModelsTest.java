package org.ionhop.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ionhop.deck.Deck;
import org.ionhop.network.HopClass;
import org.junit.jupiter.api.Test;

/** Every deck in inputs/ builds its network and gives every hop class a barrier (issue 4). */
class ShippedDeckModelsTest {
    @Test
    void everyShippedDeckAssignsABarrierToEveryClass() throws IOException {
        List<Path> decks;
        try (Stream<Path> s = Files.list(Path.of("inputs"))) {
            decks = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(decks.isEmpty(), "inputs/ ships no deck");
        for (Path p : decks) {
            DeckModel m = DeckModel.build(Deck.load(p));
            List<HopClass> classes = m.network().classes();
            assertFalse(classes.isEmpty(), p + ": no hop class");
            assertEquals(classes.size(), m.barriers().kraEv().length, p.toString());
            for (HopClass c : classes) {
                double kra = m.barriers().kraEv()[c.index()];
                assertTrue(kra >= 0 && kra < 5, p + ": class " + c.describe() + " barrier " + kra);
            }
            int ions = m.ionCount();
            assertTrue(ions > 0 && ions < m.network().siteCount(), p + ": ions " + ions);
        }
    }

    /**
     * The example spinel deck uses the published inputs of P. Canepa et al., Nat. Commun. 8, 1759 (2017),
     * DOI 10.1038/s41467-017-01772-1 (shared reference/literature.md): the DFT-NEB path maximum of 375 meV
     * above 8a, and the Mg-Mg jump distance 4.815 A. The 8a -> 16c -> 8a path is straight (8a at
     * (1/8,1/8,1/8), 16c at 0, the next 8a at -(1/8,1/8,1/8)), so the hop is half the jump distance; with
     * the KRA convention the barrier out of 8a is E_KRA + (E_16c - E_8a)/2 whatever 16c energy is assumed.
     */
    @Test
    void spinelDeckBuildsThePublishedPathOnThe16cSites() {
        DeckModel m = DeckModel.build(Deck.load(Path.of("inputs/MgSc2Se4_Mg_vacancy.yaml")));
        // 2x2x2 supercell: 64 tetrahedral 8a + 128 octahedral 16c sites.
        assertEquals(192, m.network().siteCount());
        assertEquals(List.of("Mg1", "oct16c"), m.network().siteLabels());
        double e8a = m.siteEnergyEv()[0];
        double e16c = m.siteEnergyEv()[1];
        assertTrue(e16c > e8a, "16c must be the higher-energy intermediate of the path");
        double publishedJumpAngstrom = 4.815;
        assertEquals(publishedJumpAngstrom / 2, m.network().classes().get(0).lengthAngstrom(), 1e-3);
        double publishedPathMaximumEv = 0.375;
        assertEquals(publishedPathMaximumEv, m.barriers().kraEv()[0] + (e16c - e8a) / 2, 1e-9);
    }
}
