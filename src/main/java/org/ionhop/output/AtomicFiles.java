package org.ionhop.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that the final name only ever holds a complete file: the content goes to a
 * temporary file in the same directory (same file system, so the rename is atomic), which is then
 * renamed over the target. On any failure the temporary file is deleted and the target untouched.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes the content of a file given its path; may throw. */
    @FunctionalInterface
    public interface FileWriter {
        void writeTo(Path temporary) throws IOException;
    }

    public static void write(Path target, FileWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            writer.writeTo(tmp);
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    public static void writeBytes(Path target, byte[] content) throws IOException {
        write(target, tmp -> Files.write(tmp, content));
    }

    public static void writeString(Path target, String content) throws IOException {
        writeBytes(target, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
