package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ionhop.common.ExitCodes;
import org.ionhop.run.LatticeGasDeckFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that cannot measure anything are input errors at the deck line responsible, never a table
 * of zeros with exit 0 or an internal error with a trace.
 */
class UnmeasurableRunsTest {
    @TempDir
    Path dir;

    private CliRun run(String from, String to) throws IOException {
        Path deck = LatticeGasDeckFixture.write(dir, "[500]", 2, 1);
        String text = Files.readString(deck);
        assertTrue(text.contains(from), from);
        Files.writeString(deck, text.replace(from, to));
        return CliRun.of("run", deck.toString(), "--quiet", "-o", dir.resolve("out/x.h5").toString());
    }

    private static void assertInputError(CliRun o, String... parts) {
        assertEquals(ExitCodes.BAD_INPUT, o.exit(), o.err());
        assertEquals(1, o.err().strip().split("\n").length, o.err());
        for (String p : parts) assertTrue(o.err().contains(p), "expected '" + p + "' in: " + o.err());
        assertFalse(o.err().contains("Exception"), o.err());
    }

    @Test
    void aMeasurementWithoutASingleHop() throws IOException {
        assertInputError(run("hops_per_ion: 300", "simulated_time_s: 1e-300"), "run.simulated_time_s",
                "no ion hopped");
        assertFalse(Files.exists(dir.resolve("out/x.h5")), "no result of zeros");
    }

    @Test
    void aRunShorterThanOneHop() throws IOException {
        assertInputError(run("hops_per_ion: 300", "hops_per_ion: 1e-12"), "run.hops_per_ion", "shorter than one hop");
    }

    @Test
    void everyRateUnderflowsAtATinyTemperature() throws IOException {
        assertInputError(run("temperatures_K: [500]", "temperatures_K: [1e-3]"), "temperatures_K", "no ion can hop");
    }

    /** Refused before anything runs, by the up-front memory estimate, which names the samples as the cause. */
    @Test
    void moreSamplesThanATrajectoryHolds() throws IOException {
        assertInputError(run("samples: 101", "samples: 2000000000"), "2000000000 samples", "GB of Java heap",
                "fewer samples");
    }
}
