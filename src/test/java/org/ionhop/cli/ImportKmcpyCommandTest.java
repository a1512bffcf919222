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
