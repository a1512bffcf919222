package org.ionhop.rates.neb;

/**
 * Piecewise cubic through NEB images that matches each image's energy and slope dE/dx = −F_tangential,
 * as VTST's nebspline.pl does. Between two images the cubic is fixed by four numbers (two energies,
 * two slopes), so the curve's maximum can be found exactly from the roots of its quadratic derivative.
 */
public final class HermiteSpline {
    private final double[] x;
    private final double[] e;
    private final double[] slope;

    /**
     * @param x     strictly increasing node positions
     * @param e     values at the nodes
     * @param slope derivatives dE/dx at the nodes
     */
    public HermiteSpline(double[] x, double[] e, double[] slope) {
        this.x = x.clone();
        this.e = e.clone();
        this.slope = slope.clone();
    }

    /** Slopes from tangential forces: dE/dx = −F. */
    public static HermiteSpline fromForces(double[] x, double[] e, double[] tangentialForce) {
        double[] s = new double[tangentialForce.length];
        for (int i = 0; i < s.length; i++) s[i] = -tangentialForce[i];
        return new HermiteSpline(x, e, s);
    }

    /**
     * Slopes estimated without forces: zero at the end points (they are minima) and the three-point
     * finite difference for unevenly spaced nodes in between.
     */
    public static HermiteSpline fromFiniteDifferences(double[] x, double[] e) {
        int n = x.length;
        double[] s = new double[n];
        for (int i = 1; i < n - 1; i++) {
            double h0 = x[i] - x[i - 1], h1 = x[i + 1] - x[i];
            s[i] = (h0 * h0 * (e[i + 1] - e[i]) + h1 * h1 * (e[i] - e[i - 1])) / (h0 * h1 * (h0 + h1));
        }
        return new HermiteSpline(x, e, s);
    }

    /** Value at {@code t} (clamped to the node range). */
    public double value(double t) {
        int k = interval(t);
        double h = x[k + 1] - x[k];
        double u = Math.min(1, Math.max(0, (t - x[k]) / h));
        double[] c = coefficients(k);
        return c[0] + u * (c[1] + u * (c[2] + u * c[3]));
    }

    /** The largest value of the curve and where it is: {x, E}. */
    public double[] maximum() {
        double bestX = x[0], bestE = e[0];
        for (int k = 0; k < x.length - 1; k++) {
            double h = x[k + 1] - x[k];
            double[] c = coefficients(k);
            // d/du of c0 + c1 u + c2 u^2 + c3 u^3 = c1 + 2 c2 u + 3 c3 u^2
            for (double u : quadraticRootsInUnitInterval(3 * c[3], 2 * c[2], c[1])) {
                double v = c[0] + u * (c[1] + u * (c[2] + u * c[3]));
                if (v > bestE) {
                    bestE = v;
                    bestX = x[k] + u * h;
                }
            }
            if (e[k + 1] > bestE) {
                bestE = e[k + 1];
                bestX = x[k + 1];
            }
        }
        return new double[] {bestX, bestE};
    }

    /** Power-basis coefficients in u = (t − x_k)/h on interval k. */
    private double[] coefficients(int k) {
        double h = x[k + 1] - x[k];
        double p0 = e[k], p1 = e[k + 1], m0 = slope[k] * h, m1 = slope[k + 1] * h;
        return new double[] {p0, m0, 3 * (p1 - p0) - 2 * m0 - m1, 2 * (p0 - p1) + m0 + m1};
    }

    private int interval(double t) {
        for (int k = 0; k < x.length - 2; k++) {
            if (t < x[k + 1]) return k;
        }
        return x.length - 2;
    }

    private static double[] quadraticRootsInUnitInterval(double a, double b, double c) {
        double[] roots;
        if (Math.abs(a) < 1e-300) {
            roots = Math.abs(b) < 1e-300 ? new double[0] : new double[] {-c / b};
        } else {
            double disc = b * b - 4 * a * c;
            if (disc < 0) return new double[0];
            double q = -0.5 * (b + Math.copySign(Math.sqrt(disc), b));
            roots = q == 0 ? new double[] {0} : new double[] {q / a, c / q};
        }
        return java.util.Arrays.stream(roots).filter(u -> u > 0 && u < 1).toArray();
    }
}
