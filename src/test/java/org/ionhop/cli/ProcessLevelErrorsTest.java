package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ionhop.common.ExitCodes;
import org.ionhop.run.LatticeGasDeckFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only a real process shows: its umask, its heap limit, and what it prints on the way out. */
class ProcessLevelErrorsTest {
    @TempDir
    Path dir;

    private record Result(int exit, String err) {}

    /** Runs {@code ionhop ARGS} in a child JVM under {@code umask} with the given heap. */
    private Result ionhop(String umask, String heap, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-cp", System.getProperty("java.class.path"), "org.ionhop.cli.IonHopMain"));
        cmd.addAll(List.of(args));
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + cmd);
        return new Result(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void resultsFollowTheUmask() throws Exception {
        Path deck = LatticeGasDeckFixture.write(dir, "[500, 600]", 2, 1);
        Result r = ionhop("027", "256m", "run", deck.toString(), "--quick", "--quiet", "-o", "out/x.h5");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        for (String f : new String[] {"out/x.h5", "out/x_summary.txt", "out/x_plots/arrhenius_conductivity.png"}) {
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(f))), f);
        }
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out"))));
    }

    @Test
    void runningOutOfMemoryIsOneLineNeverATrace() throws Exception {
        Path deck = LatticeGasDeckFixture.write(dir, "[500]", 2, 1);
        // 400^3 sites, 3.8e8 hops: fits Java's array limits, needs ~15 GB of heap.
        Files.writeString(deck, Files.readString(deck).replace("supercell: [8, 8, 8]", "supercell: [400, 400, 400]"));
        Result r = ionhop("022", "64m", "run", deck.toString(), "--quick", "--quiet", "-o", "out/x.h5");
        // Refused up front by the memory estimate (bad input) or caught as it happens (out of memory).
        assertTrue(r.exit() == ExitCodes.OUT_OF_MEMORY || r.exit() == ExitCodes.BAD_INPUT, r.exit() + ": " + r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        assertTrue(r.err().startsWith("ionhop: error: "), r.err());
        assertTrue(r.err().contains("-Xmx"), "says how to raise the limit: " + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in thread"), r.err());
        assertFalse(Files.exists(dir.resolve("out/.x.h5.lock")), "the lock is released on the way out");
    }
}
