package org.ionhop.rates.neb;

import java.nio.file.Path;
import java.util.Optional;

import org.ionhop.common.InputException;

/**
 * Energies of the images of one NEB path, in path order (image 0 = initial state).
 *
 * @param source                        the file or directory read
 * @param format                        the format it was read as
 * @param reactionCoordinateAngstrom    distance along the path, Å (image index when {@code coordinateIsImageIndex})
 * @param energyEv                      image energies, eV (any common reference)
 * @param tangentialForceEvPerAngstrom  force along the path, F = −dE/dx, eV/Å; empty when the source has none
 * @param coordinateIsImageIndex        true when no geometry was available and x is the image number
 * @param energySource                  which energy was read, for the report (e.g. "OSZICAR E0 = energy(sigma→0)")
 */
public record NebProfile(Path source, NebFormat format, double[] reactionCoordinateAngstrom, double[] energyEv,
                         Optional<double[]> tangentialForceEvPerAngstrom, boolean coordinateIsImageIndex,
                         String energySource) {

    /** Fewest images that define a barrier: two end points and one image between them. */
    public static final int MIN_IMAGES = 3;

    public NebProfile {
        reactionCoordinateAngstrom = reactionCoordinateAngstrom.clone();
        energyEv = energyEv.clone();
        tangentialForceEvPerAngstrom = tangentialForceEvPerAngstrom.map(double[]::clone);
    }

    /**
     * Checks what every barrier calculation relies on; {@code lines} gives each image's line in the
     * file (or null for a directory) so errors point at it.
     */
    static NebProfile checked(Path source, NebFormat format, double[] x, double[] e, Optional<double[]> f,
                              boolean coordinateIsImageIndex, String energySource, int[] lines) {
        int n = e.length;
        if (n < MIN_IMAGES) {
            throw new InputException(source, 0, null, "an NEB profile needs at least " + MIN_IMAGES
                    + " images (initial, one or more intermediate, final), found " + n,
                    "give every image including both end points");
        }
        for (int i = 1; i < n; i++) {
            if (!(x[i] > x[i - 1])) {
                throw new InputException(source, lines == null ? 0 : lines[i], null,
                        "reaction coordinate must increase along the path, but image " + i + " has " + x[i]
                                + " after " + x[i - 1],
                        "list images in path order with the cumulative distance from the initial image");
            }
        }
        return new NebProfile(source, format, x, e, f, coordinateIsImageIndex, energySource);
    }

    public int imageCount() {
        return energyEv.length;
    }

    @Override
    public double[] reactionCoordinateAngstrom() { return reactionCoordinateAngstrom.clone(); }

    @Override
    public double[] energyEv() { return energyEv.clone(); }

    /** Image energies relative to the initial image, eV. */
    public double[] relativeEnergyEv() {
        double[] r = energyEv.clone();
        for (int i = 0; i < r.length; i++) r[i] -= energyEv[0];
        return r;
    }
}
