package org.ionhop.deck;

import static org.ionhop.deck.DeckFixture.errorOf;
import static org.ionhop.deck.DeckFixture.variant;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finite but absurd values (unit mistakes) are refused at their line instead of overflowing a rate,
 * a run time or a file name later (1e300 K used to end in "File name too long", 1e-300 Hz in exit 70).
 */
class ImplausibleValuesTest {
    @TempDir
    Path dir;

    private void assertRefused(String from, String to, String... parts) throws IOException {
        String msg = errorOf(dir, variant(from, to));
        for (String p : parts) assertTrue(msg.contains(p), "expected '" + p + "' in: " + msg);
    }

    @Test
    void unitMistakesAreInputErrors() throws IOException {
        assertRefused("attempt_frequency_Hz: 1.0e13", "attempt_frequency_Hz: 1e300", "attempt_frequency_Hz", "1e6-1e17 Hz");
        assertRefused("attempt_frequency_Hz: 1.0e13", "attempt_frequency_Hz: 1e-300", "attempt_frequency_Hz");
        assertRefused("attempt_frequency_Hz: 5.0e12", "attempt_frequency_Hz: 5", "hop_classes[1].attempt_frequency_Hz");
        assertRefused("[300, 400.5, 500]", "[300, 1e300]", "temperatures_K[1]", "above 10000 K");
        assertRefused("cutoff_angstrom: 4.0", "cutoff_angstrom: 1e6", "network.cutoff_angstrom", "30 Å");
        assertRefused("length_angstrom: 2.5", "length_angstrom: 250", "hop_classes[0].length_angstrom");
        assertRefused("Li2: 0.10", "Li2: 1e300", "site_energies_eV.Li2", "100 eV");
        assertRefused("energy_eV: 0.30", "energy_eV: -500", "network.extra_sites[0].energy_eV");
        assertRefused("energy_eV: 0.05", "energy_eV: 1e5", "pair_interactions[0].energy_eV");
        assertRefused("[0.5, 0.0, 0.25]", "[0.5, 1e300, 0.25]", "network.extra_sites[0].fractional", "outside the cell");
    }
}
