package org.ionhop.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.ionhop.common.InputException;
import org.junit.jupiter.api.Test;

/** The shipped validation/references.yaml reads, with YAML anchors resolved to their sources. */
class ReferenceLibraryTest {
    private static final ReferenceLibrary LIB = ReferenceLibrary.load(Path.of("validation/references.yaml"));

    @Test
    void correlationFactorsCarryTheirAnchoredSource() {
        Reference sc = LIB.get("f-vacancy-sc");
        assertEquals(0.653109, sc.value(), 0);
        assertTrue(sc.source().contains("Compaan") && sc.source().contains("1956"), sc.source());
        assertTrue(LIB.get("f-vacancy-bcc").source().contains("Compaan"), "alias *compaan_haven resolved");
        assertEquals(1 / (Math.PI - 1), LIB.get("f-vacancy-square").value(), 1e-6);
    }

    @Test
    void rangesAndUncertainties() {
        Reference sigma = LIB.get("mgsc2se4-sigma-rt");
        assertTrue(sigma.hasRange());
        assertEquals(1e-5, sigma.low(), 0);
        assertEquals(1e-4, sigma.high(), 0);
        assertEquals(0.09, LIB.get("mgsc2se4-ea-exp").uncertainty(), 0);
        assertFalse(LIB.get("mgsc2se4-ea-exp").verified());
        Reference neb = LIB.get("mgsc2se4-mg-neb");
        assertEquals(Math.sqrt(0.37 * 0.40), neb.value(), 1e-12, "no value: geometric mean of the range");
    }

    @Test
    void everyReferenceTheSuiteUsesExists() {
        for (String id : new String[] {"f-vacancy-sc", "f-vacancy-bcc", "f-vacancy-fcc", "f-vacancy-diamond",
            "f-vacancy-square", "f-vacancy-triangular", "f-vacancy-honeycomb", "mgsc2se4-neb-barrier",
            "mgsc2se4-jump-distance", "mgsc2se4-ea-aimd", "mgsc2se4-ea-nmr", "mgsc2se4-ea-impedance",
            "mgsc2se4-jump-rate-nmr-450K", "mgsc2se4-sigma-298K-nmr", "mgsc2se4-sigma-298K-aimd",
            "mgsc2se4-sigma-298K-impedance", "libh4-hex-ne-hop-length", "libh4-hex-ne-li-density", "libh4-hex-nmr-tau0",
            "libh4-hex-ea-nmr"}) {
            assertTrue(LIB.get(id).value() > 0, id);
        }
    }

    @Test
    void canepaFullTextNumbersAreRecordedAsPrimary() {
        Reference neb = LIB.get("mgsc2se4-neb-barrier");
        assertEquals(0.375, neb.value(), 0);
        assertEquals(0.05, neb.uncertainty(), 0);
        assertTrue(neb.verified() && neb.source().contains("10.1038/s41467-017-01772-1"), neb.source());
        assertEquals(0.09, LIB.get("mgsc2se4-ea-nmr").uncertainty(), 0);
    }

    @Test
    void unknownIdNamesTheFile() {
        InputException e = assertThrows(InputException.class, () -> LIB.get("no-such-id"));
        assertTrue(e.userMessage().contains("references.yaml") && e.userMessage().contains("no-such-id"), e.userMessage());
    }
}
