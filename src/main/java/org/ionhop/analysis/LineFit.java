package org.ionhop.analysis;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Straight line y = intercept + slope·x by (weighted) least squares, solved with EJML on centred and
 * scaled x so that lags of 1e-9 s or inverse temperatures of 40 eV⁻¹ stay well conditioned.
 *
 * @param intercept  fitted intercept
 * @param slope      fitted slope
 * @param covariance 2x2 covariance of (intercept, slope)
 * @param chiSquare  Σ w (y − fit)² (the residual sum of squares when unweighted)
 * @param points     number of points
 */
public record LineFit(double intercept, double slope, double[][] covariance, double chiSquare, int points) {

    /** Degrees of freedom of the residuals. */
    public int degreesOfFreedom() { return points - 2; }

    /** The fitted line at x with its standard error from the parameter covariance. */
    public Estimate at(double x) {
        double var = covariance[0][0] + 2 * x * covariance[0][1] + x * x * covariance[1][1];
        return new Estimate(intercept + slope * x, Math.sqrt(Math.max(var, 0)));
    }

    /**
     * Fit with weights 1/σ² taken as exact: covariance = (XᵀWX)⁻¹, not rescaled by the residuals,
     * so the errors are those the input standard errors imply.
     */
    public static LineFit weighted(double[] x, double[] y, double[] weights) {
        return solve(x, y, weights, false);
    }

    /**
     * Fit with equal weights; the covariance is scaled by the residual variance RSS/(n−2), so it is
     * NaN with two points (nothing to estimate the scatter from).
     */
    public static LineFit unweighted(double[] x, double[] y) {
        double[] ones = new double[x.length];
        java.util.Arrays.fill(ones, 1.0);
        return solve(x, y, ones, true);
    }

    private static LineFit solve(double[] x, double[] y, double[] w, boolean scaleByResiduals) {
        int n = x.length;
        if (n < 2 || y.length != n || w.length != n) {
            throw new IllegalArgumentException("a line fit needs at least two points, got " + n);
        }
        double mean = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : x) { mean += v / n; min = Math.min(min, v); max = Math.max(max, v); }
        double scale = max - min;
        if (!(scale > 0)) throw new IllegalArgumentException("a line fit needs at least two distinct x values");
        DMatrixRMaj normal = new DMatrixRMaj(2, 2);
        DMatrixRMaj rhs = new DMatrixRMaj(2, 1);
        for (int i = 0; i < n; i++) {
            double u = (x[i] - mean) / scale;
            normal.add(0, 0, w[i]);
            normal.add(0, 1, w[i] * u);
            normal.add(1, 1, w[i] * u * u);
            rhs.add(0, 0, w[i] * y[i]);
            rhs.add(1, 0, w[i] * u * y[i]);
        }
        normal.set(1, 0, normal.get(0, 1));
        DMatrixRMaj inv = new DMatrixRMaj(2, 2);
        if (!CommonOps_DDRM.invert(normal, inv)) throw new IllegalArgumentException("singular line fit");
        DMatrixRMaj beta = new DMatrixRMaj(2, 1);
        CommonOps_DDRM.mult(inv, rhs, beta);
        double b0 = beta.get(0), b1 = beta.get(1);
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            double res = y[i] - b0 - b1 * (x[i] - mean) / scale;
            chi2 += w[i] * res * res;
        }
        double factor = scaleByResiduals ? (n > 2 ? chi2 / (n - 2) : Double.NaN) : 1.0;
        // Back to unscaled x: intercept = b0 - b1*mean/scale, slope = b1/scale; J maps (b0,b1) to them.
        double[][] j = {{1, -mean / scale}, {0, 1 / scale}};
        double[][] cov = new double[2][2];
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                double s = 0;
                for (int k = 0; k < 2; k++) {
                    for (int l = 0; l < 2; l++) s += j[a][k] * inv.get(k, l) * j[b][l];
                }
                cov[a][b] = s * factor;
            }
        }
        return new LineFit(b0 - b1 * mean / scale, b1 / scale, cov, chi2, n);
    }
}
