package org.ionhop.rates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ionhop.deck.Deck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code placement: ordered}: the exact composition, spread evenly along the site order (every run
 * of L sites from the start holds L·x of each species to within one), periodic with the conventional
 * cell whenever x × (sites per cell) is an integer, and independent of run.seed and of the replica.
 */
class OrderedPlacementTest {

    @Test
    void evenSpreadHasTheExactCompositionAndBoundedPrefixes() {
        for (int sites : new int[] {7, 36, 150, 1000}) {
            for (double[] x : new double[][] {{0.75, 0.25}, {0.5, 0.5}, {0.6, 0.3, 0.1}, {1.0 / 3, 2.0 / 3}}) {
                Map<String, Double> f = new LinkedHashMap<>();
                for (int k = 0; k < x.length; k++) f.put("S" + k, x[k]);
                String[] placed = HostDisorderLandscape.evenlySpread(f, sites);
                String[] exact = HostDisorderLandscape.exactComposition(f, sites);
                for (String sp : f.keySet()) {
                    long want = Arrays.stream(exact).filter(sp::equals).count();
                    assertEquals(want, Arrays.stream(placed).filter(sp::equals).count(), sp + " on " + sites + " sites");
                    long seen = 0;
                    for (int i = 0; i < sites; i++) {
                        if (placed[i].equals(sp)) seen++;
                        double share = (i + 1.0) * want / sites;
                        assertTrue(Math.abs(seen - share) < 1 + 1e-9, sp + " after " + (i + 1) + " sites: " + seen
                                + " vs " + share);
                    }
                }
            }
        }
    }

    @Test
    void periodicWithTheCellWhenTheCellCompositionIsWhole() {
        int perCell = 4, cells = 18;
        String[] placed = HostDisorderLandscape.evenlySpread(Map.of("A", 0.75, "B", 0.25), perCell * cells);
        for (int c = 1; c < cells; c++) {
            assertArrayEquals(Arrays.copyOfRange(placed, 0, perCell),
                    Arrays.copyOfRange(placed, c * perCell, (c + 1) * perCell), "cell " + c);
        }
    }

    @Test
    void anUnknownRealisationsValueIsAOneLineDeckError(@TempDir Path dir) {
        String text = HostDisorderLandscapeTest.deck("{BH4: 0.5, I: 0.5}", 1, "  realisations: per_run\n");
        org.ionhop.common.InputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.ionhop.common.InputException.class, () -> Deck.parse(text, dir.resolve("d.yaml")));
        assertTrue(e.userMessage().contains("host_disorder.realisations") && e.userMessage().contains("per_replica"),
                e.userMessage());
    }

    @Test
    void orderedPlacementIgnoresTheSeedAndIsSharedByEveryReplica(@TempDir Path dir) {
        String rules = "  realisations: per_replica\n  barrier_rules:\n"
                + "    - {species: I, shell_angstrom: 3.5, kra_shift_eV: [0.0, -0.05, -0.11, -0.16]}\n";
        String a = HostDisorderLandscapeTest.deck("{BH4: 0.5, I: 0.5}, placement: ordered", 1, rules);
        String b = HostDisorderLandscapeTest.deck("{BH4: 0.5, I: 0.5}, placement: ordered", 2, rules);
        DeckModel ma = DeckModel.build(Deck.parse(a, dir.resolve("a.yaml")));
        DeckModel mb = DeckModel.build(Deck.parse(b, dir.resolve("b.yaml")));
        String[] sa = ma.hostDisorder(0).mixedSites().get(0).species();
        assertArrayEquals(sa, mb.hostDisorder(0).mixedSites().get(0).species(), "independent of run.seed");
        assertFalse(ma.realisationPerReplica(), "an ordered host is one configuration: nothing varies per replica");
        assertArrayEquals(sa, ma.hostDisorder(3).mixedSites().get(0).species());
        assertEquals(18, Arrays.stream(sa).filter("I"::equals).count());
        // h-LiBH4 has 2 B1 sites per cell: x = 1/2 is whole per cell, so every cell holds one BH4 and one I.
        for (int c = 0; c < 18; c++) assertEquals(1, Arrays.stream(sa, 2 * c, 2 * c + 2).filter("I"::equals).count());
    }
}
