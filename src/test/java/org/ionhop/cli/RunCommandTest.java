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
