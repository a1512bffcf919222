package org.ionhop.deck;

import static org.ionhop.deck.DeckFixture.VALID;
import static org.ionhop.deck.DeckFixture.errorOf;
import static org.ionhop.deck.DeckFixture.lineOf;
import static org.ionhop.deck.DeckFixture.variant;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.ionhop.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckTest {
    @TempDir
    Path dir;

    private void assertError(String deckText, String lineNeedle, String... parts) throws IOException {
        String msg = errorOf(dir, deckText);
        String where = dir.resolve("deck.yaml") + ":" + lineOf(deckText, lineNeedle) + ": ";
        assertTrue(msg.startsWith(where), "expected '" + where + "' at the start of: " + msg);
        for (String p : parts) assertTrue(msg.contains(p), "expected '" + p + "' in: " + msg);
        assertFalse(msg.contains("\n"), "one line: " + msg);
    }

    @Test
    void fullValidDeckRoundTrip() throws IOException {
        Path file = DeckFixture.write(dir, VALID);
        Deck d = Deck.load(file);
        assertEquals(VALID, d.rawText());
        assertEquals("Test phase", d.title());
        assertEquals(dir.resolve("s.cif"), d.structure());
        assertEquals("Li", d.species().element());
        assertEquals(1, d.species().charge());
        assertEquals(List.of("Li1", "Li2"), d.network().siteLabels());
        assertEquals(List.of("Li1", "Li2", "i1"), d.network().allLabels());
        ExtraSite i1 = d.network().extraSites().get(0);
        assertEquals("Li", i1.element(), "an extra site's element defaults to the mobile species");
        assertEquals(List.of(0.5, 0.0, 0.25), i1.fractional());
        assertEquals(4.0, d.network().cutoffAngstrom());
        assertArrayEquals(new int[] {2, 3, 4}, d.supercell());
        assertEquals(lineOf(VALID, "supercell:"), d.supercellWhere().line());
        assertEquals(Carriers.Kind.VACANCY_FRACTION, d.carriers().kind());
        assertEquals(0.25, d.carriers().amount());
        assertEquals(Carriers.Placement.ORDERED, d.carriers().placement());
        assertEquals(0.10, d.siteEnergyEv("Li2"));
        assertEquals(0.30, d.siteEnergyEv("i1"));
        assertTrue(d.hasSiteEnergy("i1"));
        assertEquals(lineOf(VALID, "Li2: 0.10"), d.siteEnergyWhere("Li2").line());
        assertEquals(1, d.pairInteractions().size());
        assertEquals(0.0, d.pairInteractions().get(0).shellMinAngstrom());
        assertEquals(3.0, d.pairInteractions().get(0).shellMaxAngstrom());
        assertEquals(0.05, d.pairInteractions().get(0).energyEv());

        HopClassSpec h0 = d.hopClasses().get(0);
        assertEquals(0.30, h0.barrierEv().getAsDouble());
        assertEquals(HopClassSpec.DEFAULT_LENGTH_TOLERANCE_ANGSTROM, h0.lengthToleranceAngstrom());
        assertTrue(h0.matches("Li2", "Li1", 2.54), "either label order, within 0.05 Å");
        assertFalse(h0.matches("Li1", "Li2", 2.56));
        HopClassSpec h1 = d.hopClasses().get(1);
        assertEquals(dir.resolve("prof.dat"), h1.neb().orElseThrow().path());
        assertEquals("auto", h1.neb().orElseThrow().format());
        assertEquals("images", h1.neb().orElseThrow().saddle());
        assertEquals(5.0e12, h1.attemptFrequencyHz().getAsDouble());
        assertEquals(lineOf(VALID, "- from: Li1"), h1.where().line());
        assertEquals("hop_classes[1]", h1.where().keyPath());

        assertEquals(1.0e13, d.attemptFrequencyHz());
        assertEquals(List.of(300.0, 400.5, 500.0), d.temperaturesK());
        RunSpec r = d.run();
        assertEquals(RunSpec.LengthUnit.HOPS_PER_ION, r.length().unit());
        assertEquals(1000, r.length().value());
        assertEquals(100, r.equilibration().value());
        assertTrue(r.sampling().byCount());
        assertEquals(50, r.sampling().samples());
        assertEquals(3, r.replicas());
        assertEquals(2, r.threadsOrAllCores());
        assertEquals(7, r.seed());
        assertEquals(dir.resolve("out/run.h5"), d.output());
        assertEquals(lineOf(VALID, "hop_classes:"), d.where("hop_classes").line());
    }

    @Test
    void defaultsOfOptionalKeys() throws IOException {
        String minimal = String.join("\n", "structure: s.cif", "species: {element: Mg}",
                "network: {sites: [Mg1], cutoff_angstrom: 3.0}", "supercell: [1, 1, 1]", "carriers: {ions: 2}",
                "hop_classes: [{from: Mg1, to: Mg1, length_angstrom: 2.9, barrier_eV: 0.5}]",
                "temperatures_K: 600", "run: {total_hops: 1e6}", "");
        Deck d = Deck.load(DeckFixture.write(dir, minimal));
        assertEquals("deck", d.title());
        assertEquals(2, d.species().charge(), "Mg defaults to +2");
        assertEquals(Deck.DEFAULT_ATTEMPT_FREQUENCY_HZ, d.attemptFrequencyHz());
        assertEquals(List.of(600.0), d.temperaturesK(), "a single temperature is a list of one");
        assertEquals(Carriers.Placement.RANDOM, d.carriers().placement());
        assertEquals(1_000_000, d.run().length().value());
        assertEquals(RunSpec.DEFAULT_REPLICAS, d.run().replicas());
        assertEquals(RunSpec.DEFAULT_SAMPLES, d.run().sampling().samples());
        assertEquals(RunSpec.DEFAULT_SEED, d.run().seed());
        assertEquals(RunSpec.DEFAULT_CHECKPOINT_INTERVAL_S, d.run().checkpointIntervalSeconds());
        assertEquals(0, d.run().equilibration().value());
        assertEquals(Runtime.getRuntime().availableProcessors(), d.run().threadsOrAllCores());
        assertEquals(dir.resolve("deck.h5"), d.output());
        assertEquals(0.0, d.siteEnergyEv("Mg1"));
        assertFalse(d.hasSiteEnergy("Mg1"));
    }

    @Test
    void unknownKeySuggestsTheNearestValidKey() throws IOException {
        assertError(variant("temperatures_K: [300, 400.5, 500]", "temprature: [300]"), "temprature",
                "temprature: unknown key at the top level", "did you mean 'temperatures_K'?");
        assertError(variant("barrier_eV: 0.30", "barrier_ev: 0.30"), "barrier_ev",
                "hop_classes[0].barrier_ev: unknown key in 'hop_classes[0]'", "did you mean 'barrier_eV'?");
        assertError(variant("  replicas: 3", "  replica: 3"), "replica:", "run.replica: unknown key",
                "did you mean 'replicas'?");
        assertError(variant("  Li2: 0.10", "  Li3: 0.10"), "Li3",
                "site_energies_eV.Li3: 'Li3' is not in network.sites (Li1, Li2) (did you mean 'Li1'?)");
        assertError(variant("  Li2: 0.10", "  i1: 0.10"), "i1: 0.10", "site_energies_eV.i1: 'i1' is an extra site; "
                + "its energy is set by energy_eV in network.extra_sites (remove it here)");
    }

    @Test
    void unknownKeyFarFromAnyListsTheValidKeys() throws IOException {
        assertError(variant("title: Test phase", "xyzzy: 1"), "xyzzy", "xyzzy: unknown key",
                "valid keys here: title, structure, species");
    }

    @Test
    void wrongTypesNameTheKeyPathAndWhatWasFound() throws IOException {
        assertError(variant("[300, 400.5, 500]", "[300, hot, 500]"), "temperatures_K",
                "temperatures_K[1]: expected a number, got the text 'hot'");
        assertError(variant("  replicas: 3", "  replicas: \"3 copies\""), "replicas",
                "run.replicas: expected a whole number, got the text '3 copies'",
                "write the number without quotes or units");
        assertError(variant("  seed: 7", "  seed: 7.5"), "seed", "run.seed: expected a whole number, got '7.5'");
        assertError(variant("supercell: [2, 3, 4]", "supercell: 4"), "supercell", "supercell: expected a list");
        assertError(variant("charge: +1", "charge: one"), "species:",
                "species.charge: expected a whole number, got the text 'one'");
    }

    @Test
    void outOfRangeValues() throws IOException {
        assertError(variant("barrier_eV: 0.30", "barrier_eV: -0.30"), "barrier_eV",
                "hop_classes[0].barrier_eV: must be >= 0, got -0.3", "check the sign");
        assertError(variant("barrier_eV: 0.30", "barrier_eV: 350"), "barrier_eV",
                "hop_classes[0].barrier_eV: a barrier of 350 eV is not a migration barrier", "350 meV = 0.35 eV");
        assertError(variant("[300, 400.5, 500]", "[300, 0, 500]"), "temperatures_K",
                "temperatures_K[1]: temperature must be > 0 K, got 0", "kelvin");
        assertError(variant("  replicas: 3", "  replicas: 0"), "replicas", "run.replicas: must be >= 1, got 0");
        assertError(variant("vacancy_fraction: 0.25", "vacancy_fraction: 1.5"), "vacancy_fraction",
                "carriers.vacancy_fraction: must be a fraction between 0 and 1 (exclusive), got 1.5");
        assertError(variant("supercell: [2, 3, 4]", "supercell: [2, 0, 4]"), "supercell",
                "supercell[1]: repeat must be between 1 and 1000, got 0");
        assertError(variant("supercell: [2, 3, 4]", "supercell: [2, 3]"), "supercell",
                "supercell: needs 3 whole numbers, got 2 values");
        assertError(variant("cutoff_angstrom: 4.0", "cutoff_angstrom: -1"), "cutoff_angstrom",
                "network.cutoff_angstrom: must be > 0, got -1");
        assertError(variant("attempt_frequency_Hz: 1.0e13", "attempt_frequency_Hz: 0"), "attempt_frequency_Hz: 0",
                "attempt_frequency_Hz: must be > 0, got 0");
        assertError(variant("charge: +1", "charge: 0"), "species:", "species.charge: charge 0 is not a plausible");
        assertError(variant("charge: +1", "charge: +2"), "species:",
                "species.charge: Li with charge 2 disagrees with the formal charge +1 of Li");
        assertError(variant("  seed: 7", "  seed: 7\n  checkpoint_interval_s: -5"), "checkpoint_interval_s",
                "run.checkpoint_interval_s: must be >= 0 s, got -5", "0 = only when stopped by a signal");
        assertError(variant("  seed: 7", "  seed: 7\n  msd_fit_window: [0.5, 0.2]"), "msd_fit_window",
                "run.msd_fit_window: must be [start, end] with 0 <= start < end <= 1, got [0.5, 0.2]");
    }

    @Test
    void msdFitWindowDefaultsToTheAnalysisDefaultAndCanBeSet() throws IOException {
        Deck d = Deck.load(DeckFixture.write(dir, VALID));
        assertEquals(org.ionhop.analysis.FitWindow.DEFAULT.startFraction(), d.run().fitWindowStart());
        assertEquals(org.ionhop.analysis.FitWindow.DEFAULT.endFraction(), d.run().fitWindowEnd());
        Deck set = Deck.load(DeckFixture.write(dir, variant("  seed: 7", "  seed: 7\n  msd_fit_window: [0.02, 0.2]")));
        assertEquals(0.02, set.run().fitWindowStart());
        assertEquals(0.2, set.run().fitWindowEnd());
    }

    @Test
    void missingRequiredKeys() throws IOException {
        String noTemps = variant("temperatures_K: [300, 400.5, 500]\n", "");
        String msg = errorOf(dir, noTemps);
        assertTrue(msg.startsWith(dir.resolve("deck.yaml") + ": temperatures_K: required key is missing"), msg);
        assertTrue(msg.contains("temperatures in kelvin, e.g. temperatures_K: [300, 400, 500]"), msg);
        assertError(variant("  cutoff_angstrom: 4.0\n", ""), "network:",
                "network.cutoff_angstrom: required key is missing in 'network'");
        assertError(variant("  hops_per_ion: 1000\n", ""), "run:",
                "run: 'run' needs one of: simulated_time_s, hops_per_ion, total_hops");
        assertError(variant("  - {label: i1, fractional: [0.5, 0.0, 0.25], energy_eV: 0.30}",
                "  - {label: i1, fractional: [0.5, 0.0, 0.25]}"), "label: i1",
                "network.extra_sites[0].energy_eV: required key is missing");
        assertError(variant("    neb: prof.dat\n", ""), "- from: Li1",
                "hop_classes[1]: 'hop_classes[1]' needs one of: barrier_eV, neb");
    }

    @Test
    void alternativesGivenTogether() throws IOException {
        assertError(variant("  vacancy_fraction: 0.25", "  vacancy_fraction: 0.25\n  ions: 3"), "ions: 3",
                "carriers.ions: give only one of vacancy_fraction, ions");
        assertError(variant("    neb: prof.dat", "    neb: prof.dat\n    barrier_eV: 0.2"), "barrier_eV: 0.2",
                "hop_classes[1].barrier_eV: give only one of neb, barrier_eV");
        assertError(variant("barrier_eV: 0.30}", "barrier_eV: 0.30, format: nebdat}"), "barrier_eV: 0.30",
                "hop_classes[0].format: only applies to an NEB profile");
    }

    @Test
    void aStructureFileGivenAsTheDeckIsNamedAsSuch() throws IOException {
        for (String name : new String[] {"phase.cif", "POSCAR", "CONTCAR_relaxed", "cell.vasp"}) {
            Path file = java.nio.file.Files.writeString(dir.resolve(name), "data_x\n_cell_length_a 5\n");
            InputException e = assertThrows(InputException.class, () -> Deck.load(file));
            String msg = e.userMessage();
            assertTrue(msg.startsWith(file + ": this is a structure file, not a deck"), msg);
            assertTrue(msg.contains("structure: " + name), msg);
            assertFalse(msg.contains("\n"), msg);
        }
    }

    @Test
    void labelsMustBeNetworkSites() throws IOException {
        assertError(variant("{from: Li1, to: Li2,", "{from: Li1, to: Lx2,"), "Lx2",
                "hop_classes[0].to: 'Lx2' is not a network site (network sites: Li1, Li2, i1)", "did you mean 'Li2'?",
                "If 'Lx2' is right, correct network.sites");
        assertError(variant("{label: i1,", "{label: Li2,"), "label: Li2",
                "network.extra_sites[0]: label 'Li2' is already used by another network site");
        assertError(variant("  sites: [Li1, Li2]", "  sites: [Li1, Li1]"), "sites:",
                "network.sites[1]: site label 'Li1' listed twice");
    }

    @Test
    void emptyNetworkIsAnError() throws IOException {
        String text = variant("  sites: [Li1, Li2]\n  extra_sites:\n    - {label: i1, fractional: [0.5, 0.0, 0.25], "
                + "energy_eV: 0.30}\n", "  sites: []\n");
        assertError(text, "sites: []", "network.sites: the network has no sites");
    }

    @Test
    void choicesSuggestTheNearestValue() throws IOException {
        assertError(variant("placement: ordered", "placement: randon"), "placement",
                "carriers.placement: must be 'random', 'ordered' or {file: PATH}, got 'randon'", "did you mean 'random'?");
        assertError(variant("    neb: prof.dat", "    neb: prof.dat\n    format: nebdta"), "format: nebdta",
                "hop_classes[1].format: unknown NEB profile format 'nebdta'", "did you mean 'nebdat'?");
    }

    @Test
    void missingFilesAreReportedAtTheirKey() throws IOException {
        assertError(variant("structure: s.cif", "structure: missing.cif"), "structure:",
                "structure: file not found: " + dir.resolve("missing.cif"), "relative to the deck's folder");
        assertError(variant("neb: prof.dat", "neb: nothere.dat"), "neb:", "hop_classes[1].neb: file not found");
    }

    @Test
    void yamlSyntaxErrorsAndDuplicateKeys() throws IOException {
        String bad = variant("  placement: ordered", " placement: ordered");
        String msg = errorOf(dir, bad);
        assertTrue(msg.contains("YAML syntax error"), msg);
        assertTrue(msg.contains(":" + lineOf(bad, " placement: ordered") + ":"), msg);
        assertError(variant("output: out/run.h5", "output: out/run.h5\ntitle: again"), "title: again",
                "title: given twice (first on line 2)");
    }

    @Test
    void carrierCountIsCheckedAgainstTheNetworkSize() throws IOException {
        Deck ions = Deck.load(DeckFixture.write(dir, variant("  vacancy_fraction: 0.25", "  ions: 50")));
        InputException e = assertThrows(InputException.class, () -> ions.carriers().ionCount(40));
        int line = lineOf(variant("  vacancy_fraction: 0.25", "  ions: 50"), "ions: 50");
        assertEquals(dir.resolve("deck.yaml") + ":" + line + ": carriers.ions: ions: 50 but the supercell has only 40 "
                + "network sites (use a larger supercell or fewer ions)", e.userMessage());
        assertEquals(50, ions.carriers().ionCount(64));

        Deck frac = Deck.load(DeckFixture.write(dir, VALID));
        assertEquals(30, frac.carriers().ionCount(40), "vacancy_fraction 0.25 of 40 sites = 10 vacancies");
        String msg = assertThrows(InputException.class, () -> frac.carriers().ionCount(1)).userMessage();
        assertTrue(msg.contains("vacancy_fraction: 0.25 leaves no vacancy among 1 network sites"), msg);
    }

    @Test
    void nearestNameUsesEditDistance() {
        assertEquals(3, NearestName.levenshtein("kitten", "sitting"));
        assertEquals("temperatures_K", NearestName.of("temprature", DeckReader.TOP_KEYS).orElseThrow());
        assertTrue(NearestName.of("zzzzzzzz", DeckReader.TOP_KEYS).isEmpty());
    }

    /** The complete example in docs/deck.md must stay a valid deck. */
    @Test
    void documentedExampleLoads() throws IOException {
        String doc = java.nio.file.Files.readString(Path.of("docs/deck.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("```", start));
        Path deckDir = java.nio.file.Files.createDirectories(dir.resolve("decks"));
        java.nio.file.Files.createDirectories(dir.resolve("lattices"));
        java.nio.file.Files.writeString(dir.resolve("lattices/LiBH4_P63mc.cif"), "data_x\n");
        java.nio.file.Files.createDirectories(deckDir.resolve("neb"));
        java.nio.file.Files.writeString(deckDir.resolve("neb/Li1-i1.dat"), "0 0\n1 0.5\n2 0.35\n");
        Path file = deckDir.resolve("LiBH4-hex.yaml");
        java.nio.file.Files.writeString(file, yaml);
        Deck d = Deck.load(file);
        assertEquals(Carriers.Kind.VACANCIES, d.carriers().kind());
        assertEquals(2, d.hopClasses().size());
        assertEquals(List.of(400.0, 450.0, 500.0, 550.0, 600.0), d.temperaturesK());
        assertEquals(deckDir.resolve("results/LiBH4-hex.h5"), d.output());
    }

    @Test
    void duplicateTemperaturesAreRefusedAtTheSecondOne(@TempDir Path dir) throws IOException {
        String text = DeckFixture.variant("temperatures_K: [300, 400.5, 500]", "temperatures_K: [300, 400.5, 300.0]");
        String msg = DeckFixture.errorOf(dir, text);
        assertTrue(msg.contains(":" + DeckFixture.lineOf(text, "temperatures_K") + ": temperatures_K[2]: 300 K is listed "
                + "twice (also temperatures_K[0])"), msg);
    }
}
