package org.ionhop.validation;

/**
 * A result set against a reference under a tolerance: the numbers every report row shows.
 *
 * @param reference        what the result is compared with
 * @param result           IonHop's value ± standard error
 * @param tolerance        the rule and its reasoning
 * @param coverageFactor   k: the Student-t multiple of σ for 99.73% coverage at the result's degrees of freedom
 * @param sigma            combined standard error √(σ_result² + σ_reference²), in the comparison scale
 *                         (the quantity's unit, or log10 for {@link Tolerance.Kind#DECADES})
 * @param deviation        |result − reference| in the comparison scale; for a range, the distance to
 *                         its nearest end (0 inside)
 * @param allowed          largest deviation that passes: amount + √((k σ_result)² + (3 σ_reference)²)
 * @param relativeDeviation signed (result − reference)/reference (reference = the value; for a range
 *                         the nearest end, 0 inside)
 * @param within           deviation ≤ allowed
 */
public record Comparison(Reference reference, Measurement result, Tolerance tolerance, double coverageFactor,
                         double sigma, double deviation, double allowed, double relativeDeviation, boolean within) {

    /** Coverage factor of a reference's stated standard uncertainty (treated as normal). */
    static final double THREE_SIGMA = 3.0;

    public static Comparison evaluate(Reference ref, Measurement result, Tolerance tol) {
        double k = StudentT.twoSidedQuantile(StudentT.THREE_SIGMA_COVERAGE,
                Double.isNaN(result.degreesOfFreedom()) ? Double.POSITIVE_INFINITY : result.degreesOfFreedom());
        boolean log = tol.kind() == Tolerance.Kind.DECADES;
        double x = log ? Math.log10(result.value()) : result.value();
        double sx = log ? result.stderr() / (result.value() * Math.log(10)) : result.stderr();
        double refValue = log ? Math.log10(ref.value()) : ref.value();
        double sRef = log ? ref.uncertainty() / (ref.value() * Math.log(10)) : ref.uncertainty();
        if (!Double.isFinite(sx)) sx = 0;
        if (!Double.isFinite(sRef) || ref.hasRange()) sRef = 0;
        double sigma = Math.hypot(sx, sRef);

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
        // each error with its own coverage factor: the result's t-multiple, 3 for the reference's stated uncertainty
        double allowed = tol.amount() + Math.hypot(k * sx, THREE_SIGMA * sRef);
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
