package org.ionhop.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that the final name only ever holds a complete file: the content goes to a
 * temporary file {@code .NAME.PID.RANDOM.tmp} in the same directory (same file system, so the
 * rename is atomic), which is flushed to disk, renamed over the target, and the directory entry
 * flushed too, so a finished result survives a power loss and not only a crash. On any failure the
 * temporary file is deleted, the target untouched, and the error names the target (never the
 * temporary name). Files get the mode any new file gets (the umask decides), so colleagues on a
 * shared cluster can read results where they can read the user's other files.
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
        Path tmp = createTemporary(absolute);
        try {
            writer.writeTo(tmp);
            forceToDisk(tmp);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " atomically on this file system", e);
            }
            forceDirectoryToDisk(dir);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw renamed(e, tmp, target);
        } catch (RuntimeException | Error e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    public static void writeBytes(Path target, byte[] content) throws IOException {
        write(target, tmp -> Files.write(tmp, content));
    }

    public static void writeString(Path target, String content) throws IOException {
        writeBytes(target, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Deletes temporary files that killed runs left behind for {@code target} ({@code .NAME.N.tmp}
     * of older IonHop versions, {@code .NAME.PID.N.tmp} now), skipping those whose PID is a live
     * process other than this one. Call it only while holding the target's {@link OutputLock}, so
     * no other IonHop run can be writing them.
     *
     * @return the files deleted
     */
    public static List<Path> removeOrphans(Path target) {
        Path absolute = target.toAbsolutePath();
        return removeOrphans(absolute.getParent(), Pattern.quote(absolute.getFileName().toString()));
    }

    /**
     * As {@link #removeOrphans(Path)} for every target in {@code dir} whose name matches
     * {@code nameRegex} (e.g. all plots of a run).
     */
    public static List<Path> removeOrphans(Path dir, String nameRegex) {
        List<Path> removed = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) return removed;
        Pattern ours = Pattern.compile("\\.(?:" + nameRegex + ")\\.(\\d{1,18})(?:\\.(\\d{1,18}))?\\.tmp");
        long me = ProcessHandle.current().pid();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path p : entries) {
                Matcher m = ours.matcher(p.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                if (m.group(2) != null) {
                    long pid = Long.parseLong(m.group(1));
                    if (pid == me || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                }
                try {
                    if (Files.deleteIfExists(p)) removed.add(p);
                } catch (IOException e) {
                    // not ours to remove after all (permissions): leave it
                }
            }
        } catch (IOException e) {
            // an unreadable folder is reported when the output is written
        }
        return removed;
    }

    private static Path createTemporary(Path absolute) throws IOException {
        String prefix = "." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            Path tmp = absolute.resolveSibling(prefix + Math.abs(ThreadLocalRandom.current().nextLong() % 1_000_000_000L)
                    + ".tmp");
            try {
                return Files.createFile(tmp); // no attributes: the mode follows the umask like any new file
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            } catch (IOException e) {
                throw renamed(e, tmp, absolute);
            }
        }
    }

    private static void forceToDisk(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes the rename itself durable; file systems that cannot open a folder for this are skipped. */
    private static void forceDirectoryToDisk(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // e.g. Windows: a directory cannot be opened; the rename is still atomic
        }
    }

    /** The same failure, told about the file the user asked for rather than the temporary name. */
    private static IOException renamed(IOException e, Path tmp, Path target) {
        String detail = describe(e).replace(tmp.toString(), target.toString())
                .replace(tmp.getFileName().toString(), target.getFileName().toString());
        IOException out = new IOException("cannot write " + target + ": " + detail, e);
        return out;
    }

    private static String describe(IOException e) {
        String kind = switch (e.getClass().getSimpleName()) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "the folder does not exist";
            case "FileSystemException" -> null;
            default -> null;
        };
        String message = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage();
        if (kind != null) return kind;
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the orphan is removed by the next run on this output
        }
    }
}
