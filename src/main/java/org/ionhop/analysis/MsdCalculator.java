package org.ionhop.analysis;

import org.ionhop.kmc.Trajectory;

/**
 * Tracer and collective MSD tensors of a stretch of one trajectory, by the direct sum over time
 * origins (no FFT): cost O(lags × origins × ions), bounded by {@link AnalysisSettings#maxLagCount()}
 * and {@link AnalysisSettings#maxOriginsPerLag()}. Origins overlap (every k-th sample), which
 * lowers the variance of the MSD compared with disjoint windows at no bias.
 */
final class MsdCalculator {
    private final int maxLagCount;
    private final int maxOriginsPerLag;

    MsdCalculator(int maxLagCount, int maxOriginsPerLag) {
        this.maxLagCount = maxLagCount;
        this.maxOriginsPerLag = maxOriginsPerLag;
    }

    /** Tracer and collective MSD of one trajectory between samples first and first+intervals. */
    record Pair(MsdCurve tracer, MsdCurve collective) {}

    Pair compute(Trajectory trajectory, int firstSample, int intervals) {
        if (intervals < 1 || firstSample < 0 || firstSample + intervals > trajectory.sampleCount() - 1) {
            throw new IllegalArgumentException("segment outside the trajectory");
        }
        int lagStep = (intervals + maxLagCount - 1) / maxLagCount;
        int lagCount = intervals / lagStep + 1; // includes lag 0
        int originStride = Math.max(1, (intervals + maxOriginsPerLag - 1) / maxOriginsPerLag);
        int ions = trajectory.ionCount();
        double[] r = trajectory.displacementAngstrom();
        double[] lagSeconds = new double[lagCount];
        double[][][] tracer = new double[lagCount][3][3];
        double[][][] collective = new double[lagCount][3][3];
        for (int li = 1; li < lagCount; li++) {
            int lag = li * lagStep;
            lagSeconds[li] = lag * trajectory.sampleIntervalSeconds();
            // Sums in local variables (kept in registers by the JIT) rather than array elements: the
            // same additions in the same order, so the same numbers, about twice as fast.
            double t0xx = 0, t0yy = 0, t0zz = 0, t0xy = 0, t0xz = 0, t0yz = 0;
            double[] c = new double[6];
            long origins = 0;
            for (int t0 = firstSample; t0 + lag <= firstSample + intervals; t0 += originStride) {
                int base0 = t0 * ions * 3;
                int base1 = (t0 + lag) * ions * 3;
                double sx = 0, sy = 0, sz = 0;
                for (int k = 0; k < ions * 3; k += 3) {
                    double dx = r[base1 + k] - r[base0 + k];
                    double dy = r[base1 + k + 1] - r[base0 + k + 1];
                    double dz = r[base1 + k + 2] - r[base0 + k + 2];
                    t0xx += dx * dx; t0yy += dy * dy; t0zz += dz * dz;
                    t0xy += dx * dy; t0xz += dx * dz; t0yz += dy * dz;
                    sx += dx; sy += dy; sz += dz;
                }
                c[0] += sx * sx; c[1] += sy * sy; c[2] += sz * sz;
                c[3] += sx * sy; c[4] += sx * sz; c[5] += sy * sz;
                origins++;
            }
            double[] t = {t0xx, t0yy, t0zz, t0xy, t0xz, t0yz};
            // Both normalised per ion: the collective MSD / N equals the tracer MSD without correlations.
            double norm = 1.0 / ((double) origins * Math.max(ions, 1));
            fill(tracer[li], t, norm);
            fill(collective[li], c, norm);
        }
        return new Pair(new MsdCurve(lagSeconds, tracer), new MsdCurve(lagSeconds.clone(), collective));
    }

    private static void fill(double[][] m, double[] s, double norm) {
        m[0][0] = s[0] * norm; m[1][1] = s[1] * norm; m[2][2] = s[2] * norm;
        m[0][1] = m[1][0] = s[3] * norm;
        m[0][2] = m[2][0] = s[4] * norm;
        m[1][2] = m[2][1] = s[5] * norm;
    }
}
