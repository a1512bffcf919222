package org.ionhop.analysis;

/**
 * Quantiles of Student's t distribution, for tolerances set from a standard error that was itself
 * estimated from a few replicas: (estimate − truth)/stderr is then t-distributed with ν = units − 1
 * degrees of freedom, and "3 sigma" coverage (99.73%) needs t_{0.99865, ν} standard errors, not 3.
 */
public final class StudentT {
    /** Two-sided coverage of ±3 standard deviations of a normal distribution. */
    public static final double THREE_SIGMA_COVERAGE = 0.9973002039367398;

    private StudentT() {}

    /** Two-sided coverage of ±z standard deviations of a normal distribution (0.9973 for z = 3). */
    public static double normalTwoSidedCoverage(double z) {
        return z == 3 ? THREE_SIGMA_COVERAGE : erf(z / Math.sqrt(2));
    }

    /**
     * The multiple k of the standard error such that |t| ≤ k with the given two-sided probability;
     * the normal quantile for infinite ν.
     */
    public static double twoSidedQuantile(double coverage, double degreesOfFreedom) {
        if (!(coverage > 0 && coverage < 1)) throw new IllegalArgumentException("coverage must be in (0, 1): " + coverage);
        if (!(degreesOfFreedom > 0)) throw new IllegalArgumentException("degrees of freedom must be > 0: " + degreesOfFreedom);
        double lo = 0, hi = 1;
        while (twoSidedProbability(hi, degreesOfFreedom) < coverage) hi *= 2;
        for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (twoSidedProbability(mid, degreesOfFreedom) < coverage) lo = mid; else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    /** P(|T| ≤ t) for ν degrees of freedom: 1 − I_{ν/(ν+t²)}(ν/2, 1/2); the normal value for infinite ν. */
    public static double twoSidedProbability(double t, double degreesOfFreedom) {
        if (Double.isInfinite(degreesOfFreedom)) return erf(t / Math.sqrt(2));
        double x = degreesOfFreedom / (degreesOfFreedom + t * t);
        return 1 - regularizedBeta(x, degreesOfFreedom / 2, 0.5);
    }

    /** Regularized incomplete beta I_x(a, b) by its continued fraction (Lentz), as in Numerical Recipes §6.4. */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        double lnFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
        if (x < (a + 1) / (a + b + 2)) return Math.exp(lnFront) * betaFraction(x, a, b) / a;
        return 1 - Math.exp(lnFront) * betaFraction(1 - x, b, a) / b;
    }

    private static double betaFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        double c = 1, d = 1 - (a + b) * x / (a + 1);
        if (Math.abs(d) < tiny) d = tiny;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + aa * d; if (Math.abs(d) < tiny) d = tiny;
            c = 1 + aa / c; if (Math.abs(c) < tiny) c = tiny;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + aa * d; if (Math.abs(d) < tiny) d = tiny;
            c = 1 + aa / c; if (Math.abs(c) < tiny) c = tiny;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < 1e-15) break;
        }
        return h;
    }

    /** ln Γ(x), Lanczos approximation (g = 7, 9 terms), relative error below 1e-14 for x > 0. */
    static double logGamma(double x) {
        double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        x -= 1;
        double s = c[0];
        for (int i = 1; i < 9; i++) s += c[i] / (x + i);
        double t = x + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(s);
    }

    /** erf(x) = P(1/2, x²), the regularized lower incomplete gamma function by its power series. */
    static double erf(double x) {
        double z = x * x;
        if (z > 700) return Math.signum(x);
        double a = 0.5, term = 1 / a, sum = term;
        for (int n = 1; n < 100_000 && term > 1e-17 * sum; n++) {
            term *= z / (a + n);
            sum += term;
        }
        double p = sum * Math.exp(-z + a * Math.log(z) - logGamma(a));
        return Math.signum(x) * Math.min(1, p);
    }
}
