package org.ionhop.rates;

import static org.ionhop.deck.DeckFixture.VALID;
import static org.ionhop.deck.DeckFixture.lineOf;
import static org.ionhop.deck.DeckFixture.variant;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ionhop.common.InputException;
import org.ionhop.deck.Deck;
import org.ionhop.deck.DeckFixture;
import org.ionhop.network.HopClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Barrier assignment against hand-made hop-class lists (the network builder is tested elsewhere). */
class BarrierAssignmentTest {
    @TempDir
    Path dir;

    /** The classes the deck of {@link DeckFixture#VALID} describes (network labels are lexically ordered). */
    private static final List<HopClass> CLASSES = List.of(
            new HopClass(0, "Li1", "Li2", 2.52, 2, 2, 4),
            new HopClass(1, "Li1", "i1", 3.08, 4, 2, 8));

    private Deck load(String text) throws IOException {
        return Deck.load(DeckFixture.write(dir, text));
    }

    private String error(String text, List<HopClass> classes) throws IOException {
        Deck d = load(text);
        return assertThrows(InputException.class, () -> BarrierAssignment.assign(d, classes)).userMessage();
    }

    private String at(String text, String needle) {
        return dir.resolve("deck.yaml") + ":" + lineOf(text, needle) + ": ";
    }

    @Test
    void numberAndNebBarriersWithAttemptFrequencies() throws IOException {
        BarrierAssignment a = BarrierAssignment.assign(load(VALID), CLASSES);
        // class 0: barrier_eV 0.30; class 1: NEB profile 0, .20, .55, .40, .30 -> E_KRA = 0.55 - 0.30/2 = 0.40
        assertArrayEquals(new double[] {0.30, 0.40}, a.kraEv(), 1e-12);
        assertArrayEquals(new double[] {1.0e13, 5.0e12}, a.attemptFrequencyHz(), 0);
        assertEquals(0.55, a.barriers().get(1).neb().orElseThrow().forwardEv(), 1e-12);
        assertTrue(a.notes().isEmpty(), a.notes().toString());
        assertTrue(a.barriers().get(0).describeSource().contains("hop_classes[0]"));
    }

    @Test
    void labelsMatchInEitherOrder() throws IOException {
        String text = variant("{from: Li1, to: Li2,", "{from: Li2, to: Li1,");
        assertEquals(0.30, BarrierAssignment.assign(load(text), CLASSES).kraEv()[0], 0);
    }

    @Test
    void classesWithoutBarrierAreAllListedWithLinesToAdd() throws IOException {
        List<HopClass> classes = List.of(CLASSES.get(0), CLASSES.get(1), new HopClass(2, "Li1", "Li1", 3.5, 2, 2, 4),
                new HopClass(3, "Li2", "i1", 4.123, 1, 1, 2));
        String msg = error(VALID, classes);
        assertTrue(msg.startsWith(at(VALID, "hop_classes:") + "hop_classes: 2 of 4 hop classes have no barrier: "
                + "Li1-Li1 3.500 Å (4 per cell), Li2-i1 4.123 Å (2 per cell)"), msg);
        assertTrue(msg.contains("add to hop_classes (and fill in your barriers):\n"
                + "  - {from: Li1, to: Li1, length_angstrom: 3.500, barrier_eV: FILL_IN}\n"
                + "  - {from: Li2, to: i1, length_angstrom: 4.123, barrier_eV: FILL_IN}"), msg);
    }

    @Test
    void entryMatchingNoClassListsTheClassesThatExist() throws IOException {
        String text = variant("length_angstrom: 2.5,", "length_angstrom: 2.9,");
        String msg = error(text, CLASSES);
        assertTrue(msg.startsWith(at(text, "length_angstrom: 2.9") + "hop_classes[0]: hop_classes[0] Li1-Li2 2.900 Å "
                + "± 0.050 Å matches no hop class of the network; the network has: Li1-Li2 2.520 Å (4 per cell), "
                + "Li1-i1 3.080 Å (8 per cell)"), msg);
    }

    @Test
    void entryMatchingTwoClassesAsksForATighterTolerance() throws IOException {
        List<HopClass> classes = List.of(new HopClass(0, "Li1", "Li2", 2.49, 2, 2, 4),
                new HopClass(1, "Li1", "Li2", 2.52, 2, 2, 4), new HopClass(2, "Li1", "i1", 3.08, 4, 2, 8));
        String msg = error(VALID, classes);
        assertTrue(msg.startsWith(at(VALID, "length_angstrom: 2.5,") + "hop_classes[0]: hop_classes[0] Li1-Li2 "
                + "2.500 Å ± 0.050 Å matches 2 hop classes: Li1-Li2 2.490 Å (4 per cell), Li1-Li2 2.520 Å (4 per cell)"
                + " (give one entry per class with its exact length_angstrom and length_tolerance_angstrom below "
                + "0.015)"), msg);
    }

    @Test
    void classMatchedByTwoEntries() throws IOException {
        String text = variant("  - from: Li1\n", "  - {from: Li2, to: Li1, length_angstrom: 2.53, barrier_eV: 0.2}\n"
                + "  - from: Li1\n");
        String msg = error(text, CLASSES);
        assertTrue(msg.startsWith(at(text, "length_angstrom: 2.53") + "hop_classes[1]: Li1-Li2 2.520 Å already gets "
                + "its barrier from hop_classes[0] (line " + lineOf(text, "length_angstrom: 2.5,") + ")"), msg);
    }

    @Test
    void nebReactionEnergyMustAgreeWithTheDeckSiteEnergies() throws IOException {
        String text = variant("energy_eV: 0.30}", "energy_eV: 0.10}");
        String msg = error(text, CLASSES);
        assertTrue(msg.startsWith(at(text, "- from: Li1") + "hop_classes[1]: NEB profile prof.dat has reaction "
                + "energy E_final - E_initial = 0.300 eV, but the deck's site energies give E(i1) - E(Li1) = 0.100 eV "
                + "(lines " + lineOf(text, "label: i1") + " and " + lineOf(text, "Li1: 0.0") + "); they differ by "
                + "0.200 eV > tolerance 0.050 eV"), msg);
        // A looser tolerance accepts it.
        String loose = variant("    neb: prof.dat", "    neb: prof.dat\n    reaction_energy_tolerance_eV: 0.25");
        assertEquals(0.40, BarrierAssignment.assign(load(replaceOnce(loose, "energy_eV: 0.30}", "energy_eV: 0.10}")),
                CLASSES).kraEv()[1], 1e-12);
    }

    private static String replaceOnce(String text, String from, String to) {
        assertEquals(text.indexOf(from), text.lastIndexOf(from));
        return text.replace(from, to);
    }

    @Test
    void reversedProfileIsRecognised() throws IOException {
        // The entry says i1 -> Li1, but the profile's first image is Li1 (it ends 0.30 eV higher, at i1).
        String text = variant("  - from: Li1\n    to: i1", "  - from: i1\n    to: Li1");
        String msg = error(text, CLASSES);
        assertTrue(msg.contains("E(Li1) - E(i1) = -0.300 eV"), msg);
        assertTrue(msg.contains("the profile looks reversed: its first image must be the 'from' site i1; swap from "
                + "and to"), msg);
    }

    @Test
    void sameLabelHopNeedsASymmetricProfile() throws IOException {
        String text = VALID.replace("    to: i1\n    length_angstrom: 3.1", "    to: Li1\n    length_angstrom: 3.1");
        List<HopClass> classes = List.of(CLASSES.get(0), new HopClass(1, "Li1", "Li1", 3.08, 2, 2, 4));
        String msg = error(text, classes);
        assertTrue(msg.contains("NEB profile prof.dat has reaction energy E_final - E_initial = 0.300 eV, but both "
                + "end points are 'Li1' sites, so E_final - E_initial must be 0"), msg);
    }

    @Test
    void nebReactionEnergyWithoutDeckSiteEnergiesIsANote() throws IOException {
        // Li1 has no explicit energy (0 by default); i1 is at 0.10 eV but the profile says 0.30 eV.
        String text = VALID.replace("site_energies_eV:\n  Li1: 0.0\n  Li2: 0.10\n", "")
                .replace("energy_eV: 0.30}", "energy_eV: 0.10}");
        BarrierAssignment a = BarrierAssignment.assign(load(text), CLASSES);
        assertEquals(1, a.notes().size());
        assertTrue(a.notes().get(0).contains("NEB profile prof.dat has E(i1) - E(Li1) = 0.300 eV, but the deck gives "
                + "no site energy for 'Li1', so the kMC uses 0.100 eV"), a.notes().get(0));
    }
}
