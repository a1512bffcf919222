package org.ionhop.deck;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ionhop.common.InputException;

/** A complete valid deck (every section used) and helpers to write variants of it and check errors. */
public final class DeckFixture {
    /** Uses every key of the schema; the NEB entry needs prof.dat next to the deck. */
    public static final String VALID = String.join("\n",
            "# A deck that uses every section",
            "title: Test phase",
            "structure: s.cif",
            "species: {element: Li, charge: +1}",
            "network:",
            "  sites: [Li1, Li2]",
            "  extra_sites:",
            "    - {label: i1, fractional: [0.5, 0.0, 0.25], energy_eV: 0.30}",
            "  cutoff_angstrom: 4.0",
            "supercell: [2, 3, 4]",
            "carriers:",
            "  vacancy_fraction: 0.25",
            "  placement: ordered",
            "site_energies_eV:",
            "  Li1: 0.0",
            "  Li2: 0.10",
            "pair_interactions:",
            "  - {shell_max_angstrom: 3.0, energy_eV: 0.05}",
            "hop_classes:",
            "  - {from: Li1, to: Li2, length_angstrom: 2.5, barrier_eV: 0.30}",
            "  - from: Li1",
            "    to: i1",
            "    length_angstrom: 3.1",
            "    neb: prof.dat",
            "    attempt_frequency_Hz: 5.0e12",
            "attempt_frequency_Hz: 1.0e13",
            "temperatures_K: [300, 400.5, 500]",
            "run:",
            "  hops_per_ion: 1000",
            "  equilibration: {hops_per_ion: 100}",
            "  samples: 50",
            "  replicas: 3",
            "  threads: 2",
            "  seed: 7",
            "output: out/run.h5",
            "");

    /**
     * NEB profile for Li1 -> i1: E = 0, 0.20, 0.55, 0.40, 0.30 eV, so the reaction energy (0.30 eV)
     * equals E(i1) − E(Li1) of {@link #VALID}; forward barrier 0.55, E_KRA = 0.55 − 0.30/2 = 0.40 eV.
     */
    public static final String PROFILE = "0.0 0.00\n0.8 0.20\n1.6 0.55\n2.4 0.40\n3.2 0.30\n";

    private DeckFixture() {}

    /** Writes deck.yaml, s.cif and prof.dat into {@code dir}; returns the deck path. */
    public static Path write(Path dir, String deckText) throws IOException {
        Files.writeString(dir.resolve("s.cif"), "data_dummy\n");
        Files.writeString(dir.resolve("prof.dat"), PROFILE);
        Path deck = dir.resolve("deck.yaml");
        Files.writeString(deck, deckText);
        return deck;
    }

    /** Replaces exactly one occurrence of {@code from} in the valid deck. */
    public static String variant(String from, String to) {
        int at = VALID.indexOf(from);
        if (at < 0 || VALID.indexOf(from, at + 1) >= 0) throw new IllegalArgumentException("not unique: " + from);
        return VALID.substring(0, at) + to + VALID.substring(at + from.length());
    }

    /** 1-based line of the first line containing {@code needle}. */
    public static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new IllegalArgumentException("no line contains " + needle);
    }

    /** Loads the deck text and returns the one-line error message it must produce. */
    public static String errorOf(Path dir, String deckText) throws IOException {
        Path deck = write(dir, deckText);
        InputException e = assertThrows(InputException.class, () -> Deck.load(deck));
        String msg = e.userMessage();
        assertTrue(msg.startsWith(deck.toString() + ":"), "message must start with the deck file: " + msg);
        return msg;
    }
}
