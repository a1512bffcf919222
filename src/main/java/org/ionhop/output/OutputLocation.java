package org.ionhop.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks, before anything is computed, that an output file can be written where the user asked:
 * its folder exists or can be created, no part of the path is a regular file, the output is not a
 * folder, the folder accepts new files. A run that would only fail at its first checkpoint or at
 * the very end, hours later, fails here in a second instead, naming the path as the user wrote it.
 */
public final class OutputLocation {
    private OutputLocation() {}

    /**
     * @param output      the output file as the user gave it (relative or absolute)
     * @param files       further files written beside it (summary, checkpoint): must not be folders
     * @param folders     further folders written beside it (plots): must not be files
     * @throws IOException with a one-line reason naming the user's path
     */
    public static void prepare(Path output, List<Path> files, List<Path> folders) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        // The nearest existing ancestor must be a folder: "-o results.txt/run.h5" where results.txt is a file.
        Path given = output.getParent();
        for (Path p = dir; p != null; p = p.getParent(), given = given == null ? null : given.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new IOException("cannot write " + output + ": '" + (given != null ? given : p)
                            + "' is a file, not a folder");
                }
                break;
            }
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot write " + output + ": it is a folder; give a file name such as "
                    + output.resolve("run.h5"));
        }
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                throw new IOException("cannot write " + f + " (beside " + output + "): it is a folder; move it away "
                        + "or choose another output name");
            }
        }
        for (Path f : folders) {
            if (Files.exists(f) && !Files.isDirectory(f)) {
                throw new IOException("cannot write into " + f + " (beside " + output + "): it is a file, not a "
                        + "folder; move it away or choose another output name");
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot create the folder " + (output.getParent() != null ? output.getParent() : dir)
                    + " for " + output + ": " + reason(e), e);
        }
        if (!Files.isWritable(dir)) {
            throw new IOException("cannot write " + output + ": the folder " + dir + " is not writable "
                    + "(permission denied)");
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileAlreadyExistsException) return "a file of that name is in the way";
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return String.valueOf(e.getMessage());
    }
}
