package org.ionhop.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ionhop.deck.Deck;
import org.junit.jupiter.api.Test;

/** The deck variants of the convergence cases: same carrier fraction at twice the size, 4x the run. */
class ConvergenceCaseTest {

    @Test
    void doubledSupercellKeepsTheCarrierFractionOfEveryShippedDeck() throws Exception {
        for (String name : ValidationSuite.SHIPPED_DECKS) {
            Path file = Path.of("inputs", name);
            String text = Files.readString(file);
            Deck base = Deck.parse(text, file), big = Deck.parse(ConvergenceCase.doubleSupercell(text), file);
            int[] a = base.supercell(), b = big.supercell();
            for (int k = 0; k < 3; k++) assertEquals(2 * a[k], b[k], name);
            Deck longer = Deck.parse(ConvergenceCase.longerRun(text, 4), file);
            assertTrue(longer.rawText().contains("hops_per_ion: " + 4 * hopsPerIon(text)), name);
        }
    }

    @Test
    void countsScaleWithTheCells() {
        String text = "supercell: [2, 2, 2]\ncarriers:\n  ions: 62   # x\n  placement: ordered\n";
        String big = ConvergenceCase.doubleSupercell(text);
        assertTrue(big.contains("supercell: [4, 4, 4]") && big.contains("  ions: 496   # x"), big);
        assertThrows(IllegalStateException.class, () -> ConvergenceCase.longerRun("run: {}\n", 4));
    }

    private static double hopsPerIon(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s+hops_per_ion:\\s*([0-9.]+)").matcher(text);
        assertTrue(m.find());
        return Double.parseDouble(m.group(1));
    }
}
