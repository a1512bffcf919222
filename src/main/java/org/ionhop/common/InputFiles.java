package org.ionhop.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Size limits of the files a user hands IonHop, checked before a file is read: a wrong file
 * (a trajectory given as the deck, a 50 MB one-line file) fails in milliseconds with a message,
 * instead of parsing for minutes or running out of memory. The limits are far above any real
 * input and documented in docs/errors.md.
 */
public final class InputFiles {
    /** A deck is a few hundred lines of YAML at most. */
    public static final long MAX_DECK_BYTES = 1L << 20;
    /** CIF and POSCAR files: a 10^5-atom P1 POSCAR is ~6 MB. */
    public static final long MAX_STRUCTURE_BYTES = 32L << 20;
    /** neb.dat and two-column NEB profiles: one line per image. */
    public static final long MAX_NEB_TABLE_BYTES = 1L << 20;

    private InputFiles() {}

    /**
     * @param what what the file is, for the message ("a deck")
     * @param hint what the user probably meant
     * @throws InputException when the file is larger than {@code maxBytes}
     */
    public static void requireAtMost(Path file, long maxBytes, String what, String hint) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return; // missing or unreadable: the reader says so in its own words
        }
        if (size > maxBytes) {
            throw new InputException(file, 0, null, "the file is " + human(size) + ", larger than the " + human(maxBytes)
                    + " limit for " + what, hint);
        }
    }

    /** "1 MiB", "52.4 MB" style sizes (binary units, as the limits are powers of two). */
    public static String human(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return (v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v))
                + " " + units[u];
    }
}
