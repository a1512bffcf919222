package org.ionhop.output;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Objects;
import java.util.Properties;

/**
 * Exclusive ownership of one output path (its result, checkpoint, summary and plots) for the
 * lifetime of a run, so that two runs writing the same output cannot run side by side and one
 * cannot delete the other's checkpoint.
 * <p>
 * The lock is the lock file {@code .NAME.lock} beside the output, holding the owner's PID, host and
 * start time, plus an operating-system lock on it ({@link FileChannel#tryLock()}, POSIX fcntl): the
 * OS drops that lock when its process dies, even by kill -9, so a leftover lock file from a killed
 * run never blocks the next one. Where the file system cannot lock (some network mounts), the PID
 * and host decide instead: a lock file of a dead process on this host is stale and taken over; one
 * of another host is respected, and the message says how to remove it.
 */
public final class OutputLock implements AutoCloseable {
    private final Path output;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock; // null where the file system cannot lock

    private OutputLock(Path output, Path file, FileChannel channel, FileLock lock) {
        this.output = output;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of an output: {@code .NAME.lock} in the same folder. */
    public static Path lockFile(Path output) {
        Path absolute = output.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code output} (its folder must exist).
     *
     * @param command what this run is, recorded for whoever finds the lock taken
     * @throws OutputLockedException when another live run holds it
     * @throws IOException           when the lock file cannot be created (an unwritable folder)
     */
    public static OutputLock acquire(Path output, String command) throws IOException {
        Path file = lockFile(output);
        for (int attempt = 0; attempt < 5; attempt++) {
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new IOException("cannot create the lock file " + file + " for " + output + ": "
                        + reason(e), e);
            }
            Object key = fileKey(file);
            FileLock lock;
            boolean unsupported = false;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this JVM (another run in-process)
            } catch (IOException e) {
                lock = null;
                unsupported = true;
            }
            if (lock == null && !unsupported) {
                Holder holder = Holder.read(file);
                channel.close();
                throw locked(output, file, holder, true);
            }
            if (unsupported) {
                Holder holder = Holder.read(file);
                if (holder != null && holder.pid != ProcessHandle.current().pid() && !holder.isStaleHere()) {
                    channel.close();
                    throw locked(output, file, holder, false);
                }
            }
            // The previous owner may have deleted the file between our open and our lock: then we
            // locked an unlinked file and must start again on the new one.
            if (key != null && !Objects.equals(key, fileKey(file))) {
                if (lock != null) lock.release();
                channel.close();
                continue;
            }
            OutputLock taken = new OutputLock(output, file, channel, lock);
            taken.record(command);
            return taken;
        }
        throw new OutputLockedException("the output " + output + " is being locked and unlocked by other runs; "
                + "try again");
    }

    public Path output() { return output; }

    public Path file() { return file; }

    private void record(String command) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("host", Holder.thisHost());
        p.setProperty("started", Instant.now().toString());
        p.setProperty("command", command);
        java.io.StringWriter text = new java.io.StringWriter();
        p.store(text, "IonHop output lock of " + output + " (removed when the run ends)");
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
    }

    /** Removes the lock file, then drops the OS lock. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a lock file left behind is stale (its OS lock is gone) and taken over by the next run
        }
        try {
            if (lock != null) lock.release();
            channel.close();
        } catch (IOException e) {
            // closing releases the lock anyway
        }
    }

    private static OutputLockedException locked(Path output, Path file, Holder holder, boolean osLock) {
        String who = holder == null ? "another IonHop run" : "another IonHop run (PID " + holder.pid + " on "
                + holder.host + (holder.started.isEmpty() ? "" : ", started " + holder.started) + ")";
        String fix = osLock ? "wait for it to finish, or write to another output with -o"
                : "wait for it to finish or use another -o; if that run is gone, delete " + file;
        return new OutputLockedException("the output " + output + " is in use by " + who + "; " + fix);
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return String.valueOf(e.getMessage());
    }

    /** Who holds a lock, as written in its lock file. */
    private record Holder(long pid, String host, String started) {
        static Holder read(Path file) {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
                return new Holder(Long.parseLong(p.getProperty("pid", "-1").trim()), p.getProperty("host", "?"),
                        p.getProperty("started", ""));
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException | RuntimeException e) {
                return null; // unreadable or half-written: judged by the OS lock alone
            }
        }

        /** On this host, and that process is gone (or is not a JVM any more). */
        boolean isStaleHere() {
            if (!host.equals(thisHost())) return false;
            return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        }

        static String thisHost() {
            try {
                String kernel = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
                if (!kernel.isEmpty()) return kernel;
            } catch (IOException | RuntimeException e) {
                // not Linux: ask the environment, then the resolver
            }
            String env = System.getenv("HOSTNAME");
            if (env != null && !env.isBlank()) return env.strip();
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "unknown-host";
            }
        }
    }
}
