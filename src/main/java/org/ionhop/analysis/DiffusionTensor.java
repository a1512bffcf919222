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
                              double[] eigenvaluesCm2PerS, double[][] principalAxes, int dimensionality,
                              Estimate networkAverage) {

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
        int d = 0;
        for (double v : values) if (values[0] > 0 && v > ZERO_EIGENVALUE_FRACTION * values[0]) d++;
        Estimate network = d == 0 ? iso : iso.times(3.0 / d);
        return new DiffusionTensor(mean, err, iso, values, axes, d, network);
    }
}
