package org.ionhop.analysis;

/**
 * A value with its standard error (one standard deviation of the estimator), in the units the
 * owning field names. A standard error of NaN means it could not be estimated (too few samples).
 */
public record Estimate(double value, double stderr) {

    /** This estimate multiplied by a constant (e.g. a unit conversion). */
    public Estimate times(double factor) {
        return new Estimate(value * factor, stderr * Math.abs(factor));
    }

    @Override
    public String toString() {
        return String.format("%.4g ± %.2g", value, stderr);
    }
}
