package org.ionhop.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: the mode a normal file gets, temp names that identify their run, errors about the target. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writtenFileHasTheModeOfANormalNewFile() throws IOException {
        Path normal = Files.createFile(dir.resolve("normal.txt")); // the umask decides its mode
        Path target = dir.resolve("result.txt");
        AtomicFiles.writeString(target, "x");
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(normal)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void temporaryNameCarriesThePidAndIsGoneAfterwards() throws IOException {
        AtomicReference<Path> seen = new AtomicReference<>();
        AtomicFiles.write(dir.resolve("x.h5"), tmp -> {
            seen.set(tmp);
            Files.writeString(tmp, "data");
        });
        String name = seen.get().getFileName().toString();
        assertTrue(name.matches("\\.x\\.h5\\." + ProcessHandle.current().pid() + "\\.\\d+\\.tmp"), name);
        assertFalse(Files.exists(seen.get()));
        assertEquals("data", Files.readString(dir.resolve("x.h5")));
    }

    @Test
    void failureNamesTheTargetNeverTheTemporaryFile() throws IOException {
        Path target = dir.resolve("x.h5");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, tmp -> {
            throw new java.nio.file.FileSystemException(tmp.toString(), null, "No space left on device");
        }));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "temporary file removed, target untouched");
        }
    }

    @Test
    void orphansOfOtherOutputsOrLiveProcessesAreKept() throws IOException {
        Path dead = Files.writeString(dir.resolve(".x.h5.999999999.1.tmp"), "");
        Path mine = Files.writeString(dir.resolve(".x.h5." + ProcessHandle.current().pid() + ".1.tmp"), "");
        Path prefix = Files.writeString(dir.resolve(".x.h5.ckpt.999999999.1.tmp"), ""); // the checkpoint's, not x.h5's
        assertEquals(java.util.List.of(dead), AtomicFiles.removeOrphans(dir.resolve("x.h5")));
        assertTrue(Files.exists(mine) && Files.exists(prefix));
    }
}
