package org.ionhop.kmc;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Test-side estimators: per-replica diffusion coefficients from non-overlapping time windows of a
 * trajectory, and the mean with its standard error over replicas (the error bars tests assert with).
 */
final class ReplicaStatistics {
    private ReplicaStatistics() {}

    /** Mean and standard error of the mean of per-replica values. */
    record MeanError(double mean, double error) {
        boolean agreesWith(double theory, double sigmas) {
            return Math.abs(mean - theory) <= sigmas * error;
        }

        @Override
        public String toString() { return String.format("%.6g ± %.2g", mean, error); }
    }

    static MeanError overReplicas(List<ReplicaResult> results, ToDoubleFunction<ReplicaResult> estimate) {
        double[] v = results.stream().mapToDouble(estimate).toArray();
        double mean = 0;
        for (double x : v) mean += x;
        mean /= v.length;
        double ss = 0;
        for (double x : v) ss += (x - mean) * (x - mean);
        return new MeanError(mean, Math.sqrt(ss / (v.length - 1) / v.length));
    }

    /** Tracer D, Å²/s: mean over ions and non-overlapping windows of |Δr|² / (2 d τ). */
    static double tracerDiffusion(Trajectory t, int windowSamples, int dimensions) {
        double sum = 0;
        long n = 0;
        for (int s = 0; s + windowSamples < t.sampleCount(); s += windowSamples) {
            for (int ion = 0; ion < t.ionCount(); ion++) {
                sum += squaredDisplacement(t, ion, s, s + windowSamples);
                n++;
            }
        }
        return sum / n / (2.0 * dimensions * windowSamples * t.sampleIntervalSeconds());
    }

    /** Jump (collective) D_J, Å²/s: mean over windows of |Σ_k Δr_k|² / (2 d N τ). */
    static double jumpDiffusion(Trajectory t, int windowSamples, int dimensions) {
        double sum = 0;
        long n = 0;
        for (int s = 0; s + windowSamples < t.sampleCount(); s += windowSamples) {
            double[] com = new double[3];
            for (int ion = 0; ion < t.ionCount(); ion++) {
                for (int c = 0; c < 3; c++) com[c] += t.displacement(s + windowSamples, ion, c) - t.displacement(s, ion, c);
            }
            sum += com[0] * com[0] + com[1] * com[1] + com[2] * com[2];
            n++;
        }
        return sum / n / (2.0 * dimensions * t.ionCount() * windowSamples * t.sampleIntervalSeconds());
    }

    static double squaredDisplacement(Trajectory t, int ion, int from, int to) {
        double r2 = 0;
        for (int c = 0; c < 3; c++) {
            double d = t.displacement(to, ion, c) - t.displacement(from, ion, c);
            r2 += d * d;
        }
        return r2;
    }
}
