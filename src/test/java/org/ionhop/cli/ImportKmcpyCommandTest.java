package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ionhop import-kmcpy}: the shipped kMCpy set imports and checks out; bad inputs give one line and exit 2. */
class ImportKmcpyCommandTest {
    static final String DATA = "validation/kmcpy-nasicon";
    static final String CIF = "lattices/NASICON_Na4Zr2Si3O12_R-3c_rhombohedral.cif";

    @Test
    void importsAndReportsTheRateCheckAndTheDetailedBalanceWarning(@TempDir Path dir) throws Exception {
        Path deck = dir.resolve("n.yaml");
        CliRun r = CliRun.of("import-kmcpy", DATA, "--structure", CIF, "-o", deck.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("max relative difference 0.00e+00"), r.out());
        assertTrue(r.err().contains("NOT consistent with detailed balance"), r.err());
        assertTrue(Files.exists(dir.resolve("n_kmcpy_model.json")));
        assertTrue(Files.readString(deck).contains("environment_model: n_kmcpy_model.json"));
    }

    /** --initial-state: the deck starts every replica from kMCpy's own initial configuration (repeated in a larger cell). */
    @Test
    void initialStateStartsEveryReplicaFromKmcpysConfiguration(@TempDir Path dir) throws Exception {
        Path deck = dir.resolve("n.yaml");
        CliRun r = CliRun.of("import-kmcpy", DATA, "--structure", CIF, "-o", deck.toString(), "--initial-state",
                "--replicas", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(deck).contains("placement: {file: n_initial_occupancy.txt}"), Files.readString(deck));
        var imp = new org.ionhop.rates.kmcpy.KmcpyImport(org.ionhop.rates.kmcpy.KmcpyInputs.read(Path.of(DATA)),
                org.ionhop.crystal.CrystalFiles.read(Path.of(CIF)));
        boolean[] occ = imp.initialOccupied();
        int[] expected = java.util.stream.IntStream.range(0, occ.length).filter(i -> occ[i]).toArray();
        var model = org.ionhop.rates.DeckModel.build(org.ionhop.deck.Deck.load(deck));
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, model.startSitesFromFile());
        var result = org.ionhop.run.RunPipeline.forDeck(deck, new org.ionhop.run.RunOptions(true, 1, null),
                org.ionhop.run.RunListener.SILENT).run();
        for (int[] placed : result.temperatures().get(0).placedSites()) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected,
                    java.util.Arrays.stream(placed).sorted().toArray(), "every replica starts from kMCpy's state");
        }
        // Repeated over a 4x2x2 supercell (8 copies of kMCpy's 2x1x1): 8 times the ions, same site pattern per copy.
        Path big = dir.resolve("b.yaml");
        assertEquals(0, CliRun.of("import-kmcpy", DATA, "--structure", CIF, "-o", big.toString(), "--initial-state",
                "--supercell", "4", "2", "2").exit());
        var bigModel = org.ionhop.rates.DeckModel.build(org.ionhop.deck.Deck.load(big));
        assertEquals(8L * expected.length, bigModel.startSitesFromFile().length);
        assertEquals(8L * expected.length, bigModel.ionCount());
        CliRun bad = CliRun.of("import-kmcpy", DATA, "--structure", CIF, "-o", dir.resolve("c.yaml").toString(),
                "--initial-state", "--supercell", "3", "1", "1");
        assertOneLineError(bad, "not a multiple");
    }

    @Test
    void badInputsStopWithOneLineAndExitCode2(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("x.yaml");
        assertOneLineError(CliRun.of("import-kmcpy", dir.resolve("missing").toString(), "--structure", CIF, "-o",
                out.toString()), "no such folder");
        assertOneLineError(CliRun.of("import-kmcpy", DATA, "--structure", "lattices/LiBH4_P63mc.cif", "-o",
                out.toString()), "is not kMCpy's primitive cell");
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        for (String f : new String[] {"kmc_input.json", "model.json.gz", "initial_state.json"}) {
            Files.copy(Path.of(DATA, f), broken.resolve(f));
        }
        Files.writeString(broken.resolve("events.json"), "{ not json");
        assertOneLineError(CliRun.of("import-kmcpy", broken.toString(), "--structure", CIF, "-o", out.toString()),
                "not valid JSON");
        Files.delete(broken.resolve("events.json"));
        assertOneLineError(CliRun.of("import-kmcpy", broken.toString(), "--structure", CIF, "-o", out.toString()),
                "kMCpy input file not found");
        assertFalse(Files.exists(out));
    }

    private static void assertOneLineError(CliRun r, String expected) {
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
