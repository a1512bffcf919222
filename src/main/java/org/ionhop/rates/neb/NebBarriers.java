package org.ionhop.rates.neb;

/**
 * Barriers of one NEB profile. With initial energy E_i, final E_j and saddle E_s (physics.md):
 * forward = E_s − E_i, backward = E_s − E_j, reaction energy = E_j − E_i, E_KRA = E_s − (E_i + E_j)/2.
 *
 * @param forwardEv                 barrier from the initial image, eV
 * @param backwardEv                barrier from the final image, eV
 * @param reactionEnergyEv          E_final − E_initial, eV
 * @param kraEv                     kinetically resolved activation barrier, eV
 * @param saddle                    which saddle estimate the barriers use
 * @param highestImage              index of the highest image
 * @param imageSaddleEv             highest image energy relative to the initial image, eV
 * @param imageSaddleAngstrom       its reaction coordinate
 * @param splineSaddleEv            maximum of the Hermite spline relative to the initial image, eV
 * @param splineSaddleAngstrom      its reaction coordinate
 * @param splineUsesForces          true when the spline slopes are the profile's tangential forces,
 *                                  false when they are finite differences
 */
public record NebBarriers(double forwardEv, double backwardEv, double reactionEnergyEv, double kraEv,
                          Saddle saddle, int highestImage, double imageSaddleEv, double imageSaddleAngstrom,
                          double splineSaddleEv, double splineSaddleAngstrom, boolean splineUsesForces) {

    /** The saddle energy estimate used for the barriers. */
    public enum Saddle {
        /** The highest image (with climbing-image NEB it sits on the saddle). */
        IMAGES,
        /** The maximum of the cubic Hermite spline through the images. */
        SPLINE
    }

    /** Analyses a profile; orientation: image 0 is the initial state. */
    public static NebBarriers of(NebProfile profile, Saddle saddle) {
        double[] x = profile.reactionCoordinateAngstrom();
        double[] e = profile.relativeEnergyEv();
        int n = e.length;
        int top = 0;
        for (int i = 1; i < n; i++) if (e[i] > e[top]) top = i;
        double[] max = splineOf(profile).maximum();
        double saddleEv = saddle == Saddle.SPLINE ? max[1] : e[top];
        double reaction = e[n - 1];
        return new NebBarriers(saddleEv, saddleEv - reaction, reaction, saddleEv - reaction / 2, saddle, top, e[top],
                x[top], max[1], max[0], splineUsesForces(profile));
    }

    /**
     * Forces (eV/Å) can serve as slopes only when x is a distance in Å; along an image-index axis
     * they would have the wrong units, so the spline falls back to finite differences.
     */
    private static boolean splineUsesForces(NebProfile profile) {
        return profile.tangentialForceEvPerAngstrom().isPresent() && !profile.coordinateIsImageIndex();
    }

    /** The spline through the profile as used here (for plotting). */
    public static HermiteSpline splineOf(NebProfile profile) {
        double[] x = profile.reactionCoordinateAngstrom();
        double[] e = profile.relativeEnergyEv();
        return splineUsesForces(profile)
                ? HermiteSpline.fromForces(x, e, profile.tangentialForceEvPerAngstrom().orElseThrow())
                : HermiteSpline.fromFiniteDifferences(x, e);
    }
}
