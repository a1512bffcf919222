package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ionhop.common.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Oversized inputs fail in well under a second with the limit in the message, before they are parsed. */
class InputSizeLimitsTest {
    @TempDir
    Path dir;

    private static void assertRefusedFast(Path file, String limit, String... args) {
        long start = System.nanoTime();
        CliRun o = CliRun.of(args);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(ExitCodes.BAD_INPUT, o.exit(), o.err());
        assertTrue(o.err().startsWith("ionhop: error: " + file + ": the file is "), o.err());
        assertTrue(o.err().contains("larger than the " + limit + " limit"), o.err());
        assertEquals(1, o.err().strip().split("\n").length, o.err());
        assertTrue(seconds < 2, "took " + seconds + " s");
    }

    @Test
    void fiftyMegabyteSingleLineDeck() throws IOException {
        Path deck = dir.resolve("huge.yaml");
        StringBuilder line = new StringBuilder("title: ");
        line.append("x".repeat(50 << 20));
        Files.writeString(deck, line);
        assertRefusedFast(deck, "1 MiB", "run", deck.toString(), "--quiet");
        assertRefusedFast(deck, "1 MiB", "lattice", deck.toString());
    }

    @Test
    void structureAndNebFilesHaveLimitsToo() throws IOException {
        Path cif = sparse("big.cif", 40L << 20);
        assertRefusedFast(cif, "32 MiB", "lattice", cif.toString(), "--species", "Li");
        Path poscar = sparse("POSCAR", 40L << 20);
        assertRefusedFast(poscar, "32 MiB", "lattice", poscar.toString(), "--species", "Li");
        Path neb = sparse("neb.dat", 2L << 20);
        assertRefusedFast(neb, "1 MiB", "neb", neb.toString());
    }

    private Path sparse(String name, long bytes) throws IOException {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return p;
    }
}
