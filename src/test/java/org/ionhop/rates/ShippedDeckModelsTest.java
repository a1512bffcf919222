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

    @Test
    void spinelDeckPutsTheOctahedralSiteEnergyOnThe16cSites() {
        DeckModel m = DeckModel.build(Deck.load(Path.of("inputs/MgSc2Se4_Mg_vacancy.yaml")));
        // 2x2x2 supercell: 64 tetrahedral 8a + 128 octahedral 16c sites, 4 hops per 8a (a*sqrt(3)/8 long).
        assertEquals(192, m.network().siteCount());
        assertEquals(List.of("Mg1", "oct16c"), m.network().siteLabels());
        assertEquals(0.0, m.siteEnergyEv()[0], 0);
        assertEquals(0.10, m.siteEnergyEv()[1], 1e-12);
        assertEquals(11.10 * Math.sqrt(3) / 8, m.network().classes().get(0).lengthAngstrom(), 1e-3);
    }
}
