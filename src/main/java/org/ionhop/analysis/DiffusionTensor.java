package org.ionhop.analysis;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * A diffusion tensor with standard errors and its principal values.
 *
 * @param valueCm2PerS         3x3 tensor, cm²/s (symmetric)
 * @param stderrCm2PerS        element-wise standard error, cm²/s
 * @param isotropic            trace/3, cm²/s: the orientation average of D (what a powder or a
 *                             polycrystal with random grain orientation sees to first order, and
 *                             what Nernst–Einstein uses for the isotropic conductivity). Always
 *                             defined, also for networks of lower dimension
 * @param eigenvaluesCm2PerS   principal values, descending, cm²/s
 * @param eigenvalueStderrCm2PerS standard errors of the principal values, cm²/s, by the jackknife
 *                             over units (leave one unit out, recompute the sorted principal values).
 *                             Unlike the first-order e·δD·e it also catches the rotation of nearly
 *                             degenerate axes, which pushes the smallest value of a noisy isotropic
 *                             tensor down; for well-separated values it equals the first-order error
 * @param principalAxes        unit principal axes, principalAxes[i] belongs to eigenvaluesCm2PerS[i]
 * @param dimensionality       number of principal values above 1e-8 of the largest: 3 for a 3D
 *                             network, 2 when every hop lies in one plane (layered conductor), 1 for
 *                             channels, 0 without motion
 * @param networkAverage       trace/dimensionality, cm²/s: the D of the textbook formula
 *                             &lt;|Δr|²&gt; = 2 d D t in the subspace the ions actually move in (for a 2D
 *                             conductor this is the in-plane D, = 3/2 × isotropic). Equals isotropic
 *                             for d = 3 (and for d = 0)
 */
public record DiffusionTensor(double[][] valueCm2PerS, double[][] stderrCm2PerS, Estimate isotropic,
                              double[] eigenvaluesCm2PerS, double[] eigenvalueStderrCm2PerS,
                              double[][] principalAxes, int dimensionality, Estimate networkAverage) {

    /**
     * Standard errors by which a principal value along a direction the network does not percolate in
     * may fall below zero before it counts as negative: there the true value is exactly 0 and the fit
     * is noise around it (one standard error would flag one run in six).
     */
    static final double NON_PERCOLATING_DIRECTION_SIGMAS = 3.0;

    /**
     * The orientation average (trace/3) negative beyond its error bar: the ions did not spread over
     * the fitted lags (e.g. trapped in closed clusters), so this D, and a conductivity from it, is
     * not a result. Empty otherwise. The average is a mean over units, so its error bar is reliable.
     */
    public java.util.Optional<String> negativeIsotropic(String name) {
        double v = isotropic.value(), err = Double.isFinite(isotropic.stderr()) ? isotropic.stderr() : 0;
        if (!(v < 0 && v + err < 0)) return java.util.Optional.empty();
        if (!Double.isFinite(isotropic.stderr())) {
            return java.util.Optional.of(String.format(java.util.Locale.ROOT, "%s = %.3e cm^2/s is negative, with no "
                    + "error estimate (one statistical unit: use more replicas or samples): the MSD does not grow over "
                    + "the fitted lags", name, v));
        }
        return java.util.Optional.of(String.format(java.util.Locale.ROOT, "%s = %.3e ± %.1e cm^2/s is negative beyond "
                + "its error bar: the MSD does not grow over the fitted lags", name, v, err));
    }

    /**
     * A diffusion tensor is positive semi-definite. Reports a principal value that is negative beyond
     * its error bar (one standard error) along the {@code networkDimensionality} largest principal
     * directions, the ones the network carries ions along, or beyond
     * {@link #NON_PERCOLATING_DIRECTION_SIGMAS} standard errors along the others; empty when none is.
     *
     * @param name                  "D*" or "D_J", for the message
     * @param networkDimensionality dimensionality of long-range transport of the network, 0..3
     */
    public java.util.Optional<String> negativePrincipalValue(String name, int networkDimensionality) {
        double scale = 0;
        for (double v : eigenvaluesCm2PerS) scale = Math.max(scale, Math.abs(v));
        for (int i = 0; i < 3; i++) {
            double v = eigenvaluesCm2PerS[i];
            double err = Double.isFinite(eigenvalueStderrCm2PerS[i]) ? eigenvalueStderrCm2PerS[i] : 0;
            double sigmas = i < networkDimensionality ? 1.0 : NON_PERCOLATING_DIRECTION_SIGMAS;
            boolean aboveRoundOff = -v > ZERO_EIGENVALUE_FRACTION * scale;
            if (v < 0 && aboveRoundOff && v + sigmas * err < 0) {
                double[] e = principalAxes[i];
                if (!Double.isFinite(eigenvalueStderrCm2PerS[i])) {
                    return java.util.Optional.of(String.format(java.util.Locale.ROOT, "%s has a negative principal "
                            + "value %.3e cm^2/s (axis %.3f %.3f %.3f), with no error estimate (one statistical unit)",
                            name, v, e[0], e[1], e[2]) + ": its anisotropy is not resolved");
                }
                return java.util.Optional.of(String.format(java.util.Locale.ROOT, "%s has a negative principal value "
                                + "%.3e ± %.1e cm^2/s (axis %.3f %.3f %.3f), more than %s below zero", name, v, err, e[0], e[1], e[2],
                        sigmas == 1.0 ? "its error bar" : (int) sigmas + " standard errors")
                        + ": its anisotropy is not resolved");
            }
        }
        return java.util.Optional.empty();
    }

    /** Jackknife standard errors of the descending principal values of the mean tensor; NaN for one unit. */
    private static double[] jackknifeEigenvalueErrors(double[][][] perUnit, double[][] mean) {
        int n = perUnit.length;
        double[] err = new double[3];
        if (n < 2) {
            java.util.Arrays.fill(err, Double.NaN);
            return err;
        }
        double[][] leaveOneOut = new double[n][];
        double[][] without = new double[3][3];
        for (int u = 0; u < n; u++) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    without[a][b] = (n * mean[a][b] - 0.5 * (perUnit[u][a][b] + perUnit[u][b][a])) / (n - 1);
                }
            }
            leaveOneOut[u] = descendingEigenvalues(without);
        }
        for (int i = 0; i < 3; i++) {
            double avg = 0;
            for (double[] v : leaveOneOut) avg += v[i] / n;
            double sum = 0;
            for (double[] v : leaveOneOut) sum += (v[i] - avg) * (v[i] - avg);
            err[i] = Math.sqrt((n - 1.0) / n * sum);
        }
        return err;
    }

    private static double[] descendingEigenvalues(double[][] symmetric) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(3, false, true);
        if (!eig.decompose(new DMatrixRMaj(symmetric))) throw new IllegalStateException("eigen decomposition failed");
        double[] v = {eig.getEigenvalue(0).getReal(), eig.getEigenvalue(1).getReal(), eig.getEigenvalue(2).getReal()};
        java.util.Arrays.sort(v);
        return new double[] {v[2], v[1], v[0]};
    }

    /** Relative threshold below which a principal value counts as "no motion along this axis". */
    static final double ZERO_EIGENVALUE_FRACTION = 1e-8;

    /**
     * Mean tensor and standard errors over independent units (replicas or blocks), each given as a
     * 3x3 tensor in cm²/s; isotropic and network averages are computed per unit, then averaged, so
     * their errors carry the correlations between the diagonal elements.
     */
    static DiffusionTensor fromUnits(double[][][] perUnit) {
        int n = perUnit.length;
        double[][] mean = new double[3][3];
        double[][] err = new double[3][3];
        double[] column = new double[n];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                for (int u = 0; u < n; u++) column[u] = 0.5 * (perUnit[u][a][b] + perUnit[u][b][a]);
                Estimate e = UnitStatistics.meanWithStderr(column);
                mean[a][b] = e.value();
                err[a][b] = e.stderr();
            }
        }
        double[] trace3 = new double[n];
        for (int u = 0; u < n; u++) trace3[u] = (perUnit[u][0][0] + perUnit[u][1][1] + perUnit[u][2][2]) / 3;
        Estimate iso = UnitStatistics.meanWithStderr(trace3);

        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(3, true, true);
        if (!eig.decompose(new DMatrixRMaj(mean))) throw new IllegalStateException("eigen decomposition failed");
        Integer[] order = {0, 1, 2};
        java.util.Arrays.sort(order, (i, j) -> Double.compare(eig.getEigenvalue(j).getReal(), eig.getEigenvalue(i).getReal()));
        double[] values = new double[3];
        double[][] axes = new double[3][];
        for (int i = 0; i < 3; i++) {
            values[i] = eig.getEigenvalue(order[i]).getReal();
            DMatrixRMaj v = eig.getEigenVector(order[i]);
            axes[i] = new double[] {v.get(0), v.get(1), v.get(2)};
        }
        double[] valueErr = jackknifeEigenvalueErrors(perUnit, mean);
        int d = 0;
        for (double v : values) if (values[0] > 0 && v > ZERO_EIGENVALUE_FRACTION * values[0]) d++;
        Estimate network = d == 0 ? iso : iso.times(3.0 / d);
        return new DiffusionTensor(mean, err, iso, values, valueErr, axes, d, network);
    }
}
