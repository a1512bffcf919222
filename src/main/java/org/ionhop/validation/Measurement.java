package org.ionhop.validation;

import org.ionhop.analysis.Estimate;

/**
 * A result of IonHop with its standard error and the degrees of freedom of that error (units − 1
 * when the error came from the scatter of a few replicas; infinite when exact).
 */
public record Measurement(double value, double stderr, double degreesOfFreedom, String unit) {

    public static Measurement of(Estimate e, double degreesOfFreedom, String unit) {
        return new Measurement(e.value(), e.stderr(), degreesOfFreedom, unit);
    }

    public Measurement times(double factor, String newUnit) {
        return new Measurement(value * factor, stderr * Math.abs(factor), degreesOfFreedom, newUnit);
    }
}
