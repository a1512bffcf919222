package org.ionhop.analysis;

/**
 * One temperature of an Arrhenius fit: D (cm²/s) or sigma (S/cm) with its standard error.
 *
 * @param degreesOfFreedom of the standard error: statisticalUnits − 1 when it was estimated from
 *                         the scatter of a few units (the error of the value is then Student-t
 *                         distributed, variance stderr² ν/(ν−2)); infinite when the error is exact
 */
public record ArrheniusPoint(double temperatureKelvin, double value, double stderr, double degreesOfFreedom) {

    /** A point whose standard error is known exactly. */
    public ArrheniusPoint(double temperatureKelvin, double value, double stderr) {
        this(temperatureKelvin, value, stderr, Double.POSITIVE_INFINITY);
    }

    /**
     * Factor by which the variance of the estimate exceeds stderr²: ν/(ν−2) for a t-distributed error
     * with ν > 2 degrees of freedom; 1 for exact errors, and 1 for ν ≤ 2, where the t variance is
     * infinite and no finite weight is honest (avoid: use at least 4 statistical units).
     */
    public double varianceInflation() {
        double nu = degreesOfFreedom;
        return Double.isFinite(nu) && nu > 2 ? nu / (nu - 2) : 1.0;
    }
}
