package org.ionhop.validation;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.Trajectory;
import org.ionhop.network.HopNetwork;

/**
 * Direct estimators on replica results, shared by the kMC physics tests and the validation cases:
 * mean and standard error over replicas, diffusion coefficients from non-overlapping time windows,
 * and the single-vacancy tracer correlation factor.
 */
public final class ReplicaStatistics {
    private ReplicaStatistics() {}

    /** Mean and standard error of the mean of per-replica values, with the error's degrees of freedom. */
    public record MeanError(double mean, double error, int replicas) {
        public boolean agreesWith(double theory, double sigmas) {
            return Math.abs(mean - theory) <= sigmas * error;
        }

        public Measurement toMeasurement(String unit) {
            return new Measurement(mean, error, replicas - 1, unit);
        }

        @Override
        public String toString() { return String.format("%.6g ± %.2g", mean, error); }
    }

    public static MeanError overReplicas(List<ReplicaResult> results, ToDoubleFunction<ReplicaResult> estimate) {
        double[] v = results.stream().mapToDouble(estimate).toArray();
        double mean = 0;
        for (double x : v) mean += x;
        mean /= v.length;
        double ss = 0;
        for (double x : v) ss += (x - mean) * (x - mean);
        return new MeanError(mean, Math.sqrt(ss / (v.length - 1) / v.length), v.length);
    }

    /** Tracer D, Å²/s: mean over ions and non-overlapping windows of |Δr|² / (2 d τ). */
    public static double tracerDiffusion(Trajectory t, int windowSamples, int dimensions) {
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
    public static double jumpDiffusion(Trajectory t, int windowSamples, int dimensions) {
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

    /** |r(to) − r(from)|² of one ion between two samples, Å². */
    public static double squaredDisplacement(Trajectory t, int ion, int from, int to) {
        double r2 = 0;
        for (int c = 0; c < 3; c++) {
            double d = t.displacement(to, ion, c) - t.displacement(from, ion, c);
            r2 += d * d;
        }
        return r2;
    }

    /**
     * Tracer correlation factor of one replica with vacancy-mediated hops of a single length a:
     * f = Σ_k |R_k|² / (n a²) over all ions k, with n the number of hops in the measurement — every hop
     * moves one ion by a, so n a² is what the squared displacements would sum to without correlation.
     */
    public static double correlationFactor(ReplicaResult r, double hopLengthSquaredAngstrom2) {
        double sum = 0;
        for (double x : r.finalDisplacementAngstrom()) sum += x * x;
        return sum / (r.totalHops() * hopLengthSquaredAngstrom2);
    }

    /** |r|² of the network's first hop, Å² (all hops of a one-class lattice have this length). */
    public static double firstHopLengthSquared(HopNetwork net) {
        double[] v = net.hopVector();
        return v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
    }
}
