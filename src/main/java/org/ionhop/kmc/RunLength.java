package org.ionhop.kmc;

/**
 * How long a phase (equilibration or measurement) runs: simulated time, hops per ion, or total hops.
 *
 * @param measure what {@code value} counts
 * @param value   seconds, hops per ion, or hops; >= 0
 */
public record RunLength(Measure measure, double value) {

    /** What a run length counts. */
    public enum Measure { SECONDS, HOPS_PER_ION, TOTAL_HOPS }

    public RunLength {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("run length must be finite and >= 0, got " + value);
        }
    }

    public static RunLength seconds(double s) { return new RunLength(Measure.SECONDS, s); }

    public static RunLength hopsPerIon(double n) { return new RunLength(Measure.HOPS_PER_ION, n); }

    public static RunLength totalHops(long n) { return new RunLength(Measure.TOTAL_HOPS, n); }

    public static RunLength none() { return totalHops(0); }

    /** Simulated-time limit, s (infinite when the run is counted in hops). */
    public double timeLimitSeconds() {
        return measure == Measure.SECONDS ? value : Double.POSITIVE_INFINITY;
    }

    /** Hop limit for a given ion count (unlimited when the run is counted in time). */
    long hopLimit(int ionCount) {
        return switch (measure) {
            case SECONDS -> Long.MAX_VALUE;
            case HOPS_PER_ION -> (long) Math.ceil(value * ionCount);
            case TOTAL_HOPS -> (long) value;
        };
    }
}
