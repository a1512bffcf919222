package org.ionhop.analysis;

/**
 * Mean and standard error of the mean over independent statistical units (replicas or time blocks),
 * and the covariance of two such means. With one unit the standard error is NaN.
 */
final class UnitStatistics {
    private UnitStatistics() {}

    static Estimate meanWithStderr(double[] values) {
        double m = mean(values);
        return new Estimate(m, Math.sqrt(covarianceOfMeans(values, values)));
    }

    static double mean(double[] values) {
        double s = 0;
        for (double v : values) s += v;
        return s / values.length;
    }

    /** Sample covariance of a and b divided by n: the covariance of their means. */
    static double covarianceOfMeans(double[] a, double[] b) {
        int n = a.length;
        if (n < 2) return Double.NaN;
        double ma = mean(a), mb = mean(b), s = 0;
        for (int i = 0; i < n; i++) s += (a[i] - ma) * (b[i] - mb);
        return s / (n - 1) / n;
    }

    /**
     * Ratio of two means with its delta-method standard error, using the covariance of the means:
     * var(A/B)/(A/B)² = var(A)/A² + var(B)/B² − 2 cov(A,B)/(A B). The ratio of means is preferred over
     * the mean of per-unit ratios, which is biased when B is noisy (E[1/B] > 1/E[B]).
     */
    static Estimate ratioOfMeans(double[] a, double[] b) {
        double ma = mean(a), mb = mean(b);
        double r = ma / mb;
        double rel2 = covarianceOfMeans(a, a) / (ma * ma) + covarianceOfMeans(b, b) / (mb * mb)
                - 2 * covarianceOfMeans(a, b) / (ma * mb);
        return new Estimate(r, Math.abs(r) * Math.sqrt(Math.max(rel2, 0)));
    }
}
