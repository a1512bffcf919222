package org.ionhop.validation;

import org.ionhop.analysis.Estimate;

/**
 * A result of IonHop with its standard error, the degrees of freedom of that error (units − 1
 * when the error came from the scatter of a few replicas; infinite when exact), and the standard
 * uncertainty it inherits from its model inputs (e.g. ±0.05 eV of a published DFT barrier carried
 * 1:1 into a predicted activation energy; 0 for exact theory and input-recovery cases).
 */
public record Measurement(double value, double stderr, double degreesOfFreedom, String unit, double inputUncertainty) {

    public Measurement(double value, double stderr, double degreesOfFreedom, String unit) {
        this(value, stderr, degreesOfFreedom, unit, 0);
    }

    public static Measurement of(Estimate e, double degreesOfFreedom, String unit) {
        return new Measurement(e.value(), e.stderr(), degreesOfFreedom, unit);
    }

    public Measurement times(double factor, String newUnit) {
        return new Measurement(value * factor, stderr * Math.abs(factor), degreesOfFreedom, newUnit,
                inputUncertainty * Math.abs(factor));
    }

    /** The same result carrying the standard uncertainty propagated from its model inputs (same unit). */
    public Measurement withInputUncertainty(double sigma) {
        return new Measurement(value, stderr, degreesOfFreedom, unit, sigma);
    }
}
