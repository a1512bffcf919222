package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.ionhop.common.ExitCodes;
import org.ionhop.run.LatticeGasDeckFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {


    @Test
    void writesHdf5SummaryAndPlotsAndPrintsTheTable(@TempDir Path dir) throws IOException {
        Path deck = LatticeGasDeckFixture.write(dir, "[500, 600]", 4, 0);
        Path h5 = dir.resolve("out/gas.h5");
        CliRun o = CliRun.of("run", deck.toString(), "--quick", "--quiet", "-o", h5.toString());
        assertEquals(ExitCodes.OK, o.exit(), o.err());
        assertTrue(Files.size(h5) > 0);
        assertTrue(Files.exists(dir.resolve("out/gas_summary.txt")));
        assertTrue(Files.exists(dir.resolve("out/gas_plots/arrhenius_conductivity.png")));
        assertTrue(o.out().contains("Ea (sigma*T)"), o.out());
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")), "temp file left behind");
        }
    }

    @Test
    void badDeckIsOneLineWithFileAndLineAndExitCode2(@TempDir Path dir) throws IOException {
        Path deck = LatticeGasDeckFixture.write(dir, "[500]", 4, 0);
        Files.writeString(deck, Files.readString(deck).replace("temperatures_K:", "temprature_K:"));
        CliRun o = CliRun.of("run", deck.toString(), "--quiet");
        assertEquals(ExitCodes.BAD_INPUT, o.exit());
        String[] lines = o.err().strip().split("\n");
        assertEquals(1, lines.length, o.err());
        assertTrue(lines[0].startsWith("ionhop: error: " + deck + ":"), lines[0]);
        assertTrue(lines[0].contains("temperatures_K"), lines[0]);
        assertFalse(o.err().contains("Exception"), o.err());
    }

    /** samples: 2, and 3 with the default fit window, cannot give an MSD slope: refused before the run. */
    @Test
    void tooFewSamplesForTheFitAreRefusedWhenTheDeckIsRead(@TempDir Path dir) throws IOException {
        for (String samples : new String[] {"2", "3"}) {
            Path deck = LatticeGasDeckFixture.write(dir, "[500]", 4, 0);
            String text = Files.readString(deck).replace("samples: 101", "samples: " + samples)
                    .replace("hops_per_ion: 300", "hops_per_ion: 1.0e9"); // would take hours if it ran
            Files.writeString(deck, text);
            int line = lineOf(text, "samples:");
            CliRun o = CliRun.of("run", deck.toString(), "--quiet");
            assertEquals(ExitCodes.BAD_INPUT, o.exit(), o.err());
            assertEquals(1, o.err().strip().split("\n").length, o.err());
            assertTrue(o.err().startsWith("ionhop: error: " + deck + ":" + line + ": run.samples: "), o.err());
            assertFalse(o.err().contains("Exception"), o.err());
        }
        Path deck = LatticeGasDeckFixture.write(dir, "[500]", 4, 0);
        Files.writeString(deck, Files.readString(deck).replace("samples: 101", "samples: 3\n  msd_fit_window: [0.4, 1.0]")
                .replace("hops_per_ion: 300", "hops_per_ion: 20"));
        CliRun ok = CliRun.of("run", deck.toString(), "--quiet", "-o", dir.resolve("ok.h5").toString());
        assertEquals(ExitCodes.OK, ok.exit(), "3 samples fit a window that holds lags 1 and 2: " + ok.err());
    }

    /** A run larger than the heap is refused up front with the estimate, the limit and how to raise it. */
    @Test
    void aRunTooLargeForTheHeapIsRefusedBeforeAllocating(@TempDir Path dir) throws IOException {
        Path deck = LatticeGasDeckFixture.write(dir, "[500]", 4, 0);
        String text = Files.readString(deck).replace("supercell: [8, 8, 8]", "supercell: [1000, 1000, 1000]");
        Files.writeString(deck, text);
        CliRun huge = CliRun.of("run", deck.toString(), "--quiet");
        assertEquals(ExitCodes.BAD_INPUT, huge.exit(), huge.err());
        assertTrue(huge.err().startsWith("ionhop: error: " + deck + ":" + lineOf(text, "supercell:") + ": supercell: "),
                huge.err());
        assertTrue(huge.err().contains("more than Java arrays can index"), huge.err());

        // 600^3 sites: 4 replicas x 101 samples of 1.08e8 ions' displacements are ~260 GB
        text = Files.readString(deck).replace("supercell: [1000, 1000, 1000]", "supercell: [600, 600, 600]");
        Files.writeString(deck, text);
        CliRun o = CliRun.of("run", deck.toString(), "--quiet");
        assertEquals(ExitCodes.BAD_INPUT, o.exit(), o.err());
        assertEquals(1, o.err().strip().split("\n").length, o.err());
        assertTrue(o.err().startsWith("ionhop: error: " + deck + ":" + lineOf(text, "supercell:") + ": supercell: "), o.err());
        assertTrue(o.err().contains("needs an estimated") && o.err().contains("the limit is")
                && o.err().contains("IONHOP_JAVA_OPTS=-Xmx"), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
    }

    private static int lineOf(String text, String key) {
        return 1 + (int) text.substring(0, text.indexOf(key)).chars().filter(c -> c == '\n').count();
    }

    @Test
    void aSupercellTooSmallForTheCutoffPointsAtTheSupercellLine(@TempDir Path dir) throws IOException {
        Path deck = LatticeGasDeckFixture.write(dir, "[500]", 4, 0);
        String text = Files.readString(deck).replace("supercell: [8, 8, 8]", "supercell: [1, 1, 1]");
        Files.writeString(deck, text);
        int line = 1 + (int) text.substring(0, text.indexOf("supercell:")).chars().filter(c -> c == '\n').count();
        CliRun o = CliRun.of("run", deck.toString(), "--quiet");
        assertEquals(ExitCodes.BAD_INPUT, o.exit());
        assertTrue(o.err().startsWith("ionhop: error: " + deck + ":" + line + ": supercell: supercell 1x1x1 is too small"),
                o.err());
        assertTrue(o.err().contains("at least 3x3x3"), o.err());
    }

}
