package org.ionhop.deck;

import java.nio.file.Path;

/**
 * The deck's optional {@code trajectory} section: sampled frames of the mobile ions of one replica at
 * one temperature, written as extended XYZ for OVITO and ASE.
 *
 * @param file              where to write it (resolved against the deck's folder); null when only the
 *                          command line names the file
 * @param temperatureKelvin which temperature; null = the first of {@code temperatures_K}
 * @param replica           which replica (0-based)
 * @param maxSizeMegabytes  refuse to start a run whose trajectory would be larger than this, MB (10^6 bytes)
 * @param where             the section's place in the deck
 */
public record TrajectorySpec(Path file, Double temperatureKelvin, int replica, double maxSizeMegabytes, SourceRef where) {
    /** Default of {@code trajectory.max_size_MB}: large enough for ~10^4 ions × 500 frames, small enough not to fill a quota by mistake. */
    public static final double DEFAULT_MAX_SIZE_MB = 500;

    /** No trajectory unless the command line asks for one. */
    public static TrajectorySpec none() {
        return new TrajectorySpec(null, null, 0, DEFAULT_MAX_SIZE_MB, null);
    }
}
