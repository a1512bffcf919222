package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.ionhop.common.ExitCodes;
import org.ionhop.output.OutputLock;
import org.ionhop.run.LatticeGasDeckFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs are checked before anything is computed, locked against a second run, cleared of the
 * temporary files of killed runs, and every problem is one line naming the path the user gave.
 */
class OutputSafetyTest {
    @TempDir
    Path dir;

    private Path deck() throws IOException {
        return LatticeGasDeckFixture.write(dir, "[500]", 2, 1);
    }

    private static void assertOneLine(CliRun o) {
        assertEquals(1, o.err().strip().split("\n").length, o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.err());
    }

    @Test
    void outputBelowARegularFileSaysWhyBeforeComputing() throws IOException {
        Path deck = deck();
        Path file = Files.writeString(dir.resolve("FILE"), "not a folder");
        Path h5 = file.resolve("x.h5");
        CliRun o = CliRun.of("run", deck.toString(), "--quiet", "-o", h5.toString());
        assertEquals(ExitCodes.IO_ERROR, o.exit(), o.err());
        assertTrue(o.err().startsWith("ionhop: I/O error: "), o.err());
        assertTrue(o.err().contains("'" + file + "' is a file, not a folder"), o.err());
        assertOneLine(o);
    }

    @Test
    void outputThatIsAFolderIsRefused() throws IOException {
        Path h5 = Files.createDirectories(dir.resolve("res.h5"));
        CliRun o = CliRun.of("run", deck().toString(), "--quiet", "-o", h5.toString());
        assertEquals(ExitCodes.IO_ERROR, o.exit(), o.err());
        assertTrue(o.err().contains(h5 + ": it is a folder"), o.err());
        assertOneLine(o);
    }

    @Test
    void unwritableFolderIsFoundBeforeTheRunAndNamedNotTheTemporaryFile() throws IOException {
        Path ro = Files.createDirectories(dir.resolve("ro"));
        assertTrue(ro.toFile().setWritable(false));
        try {
            if (Files.isWritable(ro)) return; // running as root: permissions are not enforced
            long start = System.nanoTime();
            CliRun o = CliRun.of("run", deck().toString(), "--quiet", "-o", ro.resolve("x.h5").toString());
            assertEquals(ExitCodes.IO_ERROR, o.exit(), o.err());
            assertTrue(o.err().contains(ro.resolve("x.h5").toString()) && o.err().contains("permission denied"),
                    o.err());
            assertFalse(o.err().contains(".tmp"), o.err());
            assertOneLine(o);
            assertTrue((System.nanoTime() - start) / 1e9 < 10, "found before the run");
        } finally {
            ro.toFile().setWritable(true);
        }
    }

    @Test
    void secondRunOnALockedOutputIsRefusedAndCannotTouchTheCheckpoint() throws IOException {
        Path h5 = dir.resolve("out/run.h5");
        Files.createDirectories(h5.getParent());
        Path checkpoint = dir.resolve("out/run.h5.ckpt");
        Files.writeString(checkpoint, "the first run's checkpoint");
        try (OutputLock first = OutputLock.acquire(h5, "ionhop run first.yaml")) {
            CliRun o = CliRun.of("run", deck().toString(), "--quiet", "-o", h5.toString());
            assertEquals(ExitCodes.OUTPUT_LOCKED, o.exit(), o.err());
            assertTrue(o.err().startsWith("ionhop: error: the output " + h5.toAbsolutePath() + " is in use by another "
                    + "IonHop run (PID " + ProcessHandle.current().pid() + " on "), o.err());
            assertTrue(o.err().contains("another output with -o"), o.err());
            assertOneLine(o);
            assertEquals("the first run's checkpoint", Files.readString(checkpoint));
            assertFalse(Files.exists(h5));
            // merge into the same output is refused too
            CliRun m = CliRun.of("merge", dir.resolve("none.h5").toString(), "-o", h5.toString());
            assertEquals(ExitCodes.OUTPUT_LOCKED, m.exit(), m.err());
        }
        assertFalse(Files.exists(OutputLock.lockFile(h5)), "the lock file goes with the lock");
    }

    @Test
    void staleLockFileOfAKilledRunDoesNotBlock() throws IOException {
        Path h5 = dir.resolve("out/run.h5");
        Files.createDirectories(h5.getParent());
        // A run killed with -9 leaves its lock file, but its OS lock died with it.
        Files.writeString(OutputLock.lockFile(h5), "pid=999999999\nhost=" + hostname() + "\nstarted=yesterday\n");
        CliRun o = CliRun.of("run", deck().toString(), "--quick", "--quiet", "-o", h5.toString());
        assertEquals(ExitCodes.OK, o.exit(), o.err());
        assertTrue(Files.exists(h5));
        assertFalse(Files.exists(OutputLock.lockFile(h5)));
    }

    @Test
    void orphanedTemporaryFilesOfThisOutputAreRemovedOthersKept() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path h5 = out.resolve("run.h5");
        long live = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        Path oldStyle = Files.writeString(out.resolve(".run.h5.8123456789012345.tmp"), "killed");
        Path deadPid = Files.writeString(out.resolve(".run.h5.999999999.42.tmp"), "killed");
        Path ckpt = Files.writeString(out.resolve(".run.h5.ckpt.999999999.7.tmp"), "killed");
        Path summary = Files.writeString(out.resolve(".run_summary.txt.999999999.7.tmp"), "killed");
        Path plot = Files.createDirectories(out.resolve("run_plots")).resolve(".msd_500K.png.999999999.1.tmp");
        Files.writeString(plot, "killed");
        Path livePid = Files.writeString(out.resolve(".run.h5." + live + ".42.tmp"), "someone is writing");
        Path otherOutput = Files.writeString(out.resolve(".other.h5.999999999.1.tmp"), "not ours");
        Path notOurPattern = Files.writeString(out.resolve(".run.h5.notes.tmp"), "not ours");
        CliRun o = CliRun.of("run", deck().toString(), "--quick", "--quiet", "-o", h5.toString());
        assertEquals(ExitCodes.OK, o.exit(), o.err());
        for (Path gone : new Path[] {oldStyle, deadPid, ckpt, summary, plot}) assertFalse(Files.exists(gone), gone.toString());
        for (Path kept : new Path[] {livePid, otherOutput, notOurPattern}) assertTrue(Files.exists(kept), kept.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(3, files.filter(p -> p.toString().endsWith(".tmp")).count());
        }
    }

    private static String hostname() throws IOException {
        return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
    }
}
