package org.ionhop.validation;

import org.ionhop.analysis.StudentT;

/**
 * A result set against a reference under a tolerance: the numbers every report row shows.
 *
 * @param reference        what the result is compared with
 * @param result           IonHop's value ± standard error
 * @param tolerance        the rule and its reasoning
 * @param coverageFactor   k: the Student-t multiple of σ_result for the coverage of z normal standard deviations
 *                         (99.73% for z = 3) at the result's degrees of freedom
 * @param sigma            combined standard error √(σ_result² + σ_input² + σ_reference²), in the comparison scale
 *                         (the quantity's unit, or log10 for {@link Tolerance.Kind#DECADES})
 * @param deviation        |result − reference| in the comparison scale; for a range, the distance to
 *                         its nearest end (0 inside)
 * @param allowed          largest deviation that passes: amount + √((k σ_result)² + z² (σ_input² + σ_reference²)),
 *                         z = the tolerance's {@link Tolerance#sigmas()} (3 unless stated)
 * @param relativeDeviation signed (result − reference)/reference (reference = the value; for a range
 *                         the nearest end, 0 inside)
 * @param within           deviation ≤ allowed
 */
public record Comparison(Reference reference, Measurement result, Tolerance tolerance, double coverageFactor,
                         double sigma, double deviation, double allowed, double relativeDeviation, boolean within) {

    public static Comparison evaluate(Reference ref, Measurement result, Tolerance tol) {
        double dof = Double.isNaN(result.degreesOfFreedom()) ? Double.POSITIVE_INFINITY : result.degreesOfFreedom();
        double z = tol.sigmas();
        // z standard deviations of a normal error; the result's own error gets the Student-t multiple of that coverage
        double k = StudentT.twoSidedQuantile(StudentT.normalTwoSidedCoverage(z), dof);
        boolean log = tol.kind() == Tolerance.Kind.DECADES;
        double x = log ? Math.log10(result.value()) : result.value();
        double sx = log ? result.stderr() / (result.value() * Math.log(10)) : result.stderr();
        double refValue = log ? Math.log10(ref.value()) : ref.value();
        double sRef = log ? ref.uncertainty() / (ref.value() * Math.log(10)) : ref.uncertainty();
        if (!Double.isFinite(sx)) sx = 0;
        double sIn = log ? result.inputUncertainty() / (result.value() * Math.log(10)) : result.inputUncertainty();
        if (!Double.isFinite(sIn)) sIn = 0;
        if (!Double.isFinite(sRef) || ref.hasRange()) sRef = 0;
        double sigma = Math.sqrt(sx * sx + sIn * sIn + sRef * sRef);

        double nearest;
        double deviation;
        if (ref.hasRange()) {
            double lo = log ? Math.log10(ref.low()) : ref.low();
            double hi = log ? Math.log10(ref.high()) : ref.high();
            nearest = x < lo ? lo : (x > hi ? hi : x);
            deviation = Math.abs(x - nearest);
        } else {
            nearest = refValue;
            deviation = Math.abs(x - refValue);
        }
        double nearestLinear = log ? Math.pow(10, nearest) : nearest;
        double relative = nearestLinear == 0 ? Double.NaN : (result.value() - nearestLinear) / nearestLinear;
        if (ref.hasRange() && deviation == 0) relative = 0;
        // each error with its own coverage factor: the result's t-multiple, z for the input's and the reference's
        // stated standard uncertainties (treated as normal)
        double allowed = tol.amount() + Math.sqrt(k * k * sx * sx + z * z * (sIn * sIn + sRef * sRef));
        boolean ok = Double.isFinite(x) && deviation <= allowed;
        return new Comparison(ref, result, tol, k, sigma, deviation, allowed, relative, ok);
    }

    /** Deviation in units of the combined standard error (infinite for an exact comparison that misses). */
    public double deviationInSigma() {
        if (sigma > 0) return deviation / sigma;
        return deviation == 0 ? 0 : Double.POSITIVE_INFINITY;
    }

    /** Whether the comparison is made in log10 (decades). */
    public boolean logarithmic() { return tolerance.kind() == Tolerance.Kind.DECADES; }
}
