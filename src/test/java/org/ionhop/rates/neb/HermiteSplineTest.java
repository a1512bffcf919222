package org.ionhop.rates.neb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HermiteSplineTest {

    /** A cubic Hermite interpolant with exact slopes reproduces any cubic exactly. */
    @Test
    void reproducesACubic() {
        double[] x = {0, 0.7, 2.0};
        double[] e = new double[3];
        double[] s = new double[3];
        for (int i = 0; i < 3; i++) {
            e[i] = cubic(x[i]);
            s[i] = 3 - 4 * x[i] + 3 * 0.5 * x[i] * x[i];
        }
        HermiteSpline h = new HermiteSpline(x, e, s);
        for (double t = 0; t <= 2.0; t += 0.05) assertEquals(cubic(t), h.value(t), 1e-12);
    }

    private static double cubic(double t) {
        return 1 + 3 * t - 2 * t * t + 0.5 * t * t * t;
    }

    /**
     * E(x) = Eb sin²(πx/L) sampled at 8 images none of which sits on the saddle x = L/2, with exact
     * tangential forces F = −Eb (π/L) sin(2πx/L): the spline maximum must recover Eb within 1e-3 eV
     * (cubic Hermite error ≤ h⁴ max|E''''| / 384 = 3.4e-4 eV here) while the highest image is ~0.02 eV low.
     */
    @Test
    void splineMaximumOfAnalyticSin2Profile() {
        double eb = 0.4, l = 3.0;
        int n = 8;
        double[] x = new double[n], e = new double[n], f = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = l * i / (n - 1);
            e[i] = eb * Math.pow(Math.sin(Math.PI * x[i] / l), 2);
            f[i] = -eb * Math.PI / l * Math.sin(2 * Math.PI * x[i] / l);
        }
        NebProfile p = new NebProfile(java.nio.file.Path.of("analytic"), NebFormat.NEBDAT, x, e,
                java.util.Optional.of(f), false, "analytic");
        NebBarriers b = NebBarriers.of(p, NebBarriers.Saddle.SPLINE);
        assertEquals(eb, b.splineSaddleEv(), 1e-3);
        assertEquals(l / 2, b.splineSaddleAngstrom(), 1e-2);
        assertEquals(eb, b.kraEv(), 1e-3);
        double highestImage = eb * Math.pow(Math.sin(Math.PI * 3.0 / 7.0), 2);
        assertEquals(highestImage, b.imageSaddleEv(), 1e-12);
        assertTrue(eb - highestImage > 0.015, "the test must separate image max from spline max");
    }

    /** Without forces: zero slope at the end points, three-point slope inside (exact for a parabola). */
    @Test
    void finiteDifferenceSlopesAreExactForAParabolaInside() {
        double[] x = {0, 1, 3};
        double[] e = {0, 1, 9}; // E = x²
        HermiteSpline h = HermiteSpline.fromFiniteDifferences(x, e);
        // slope at x=1 is exactly 2; on [1,3] Hermite with slopes 2 and 0 through (1,1),(3,9)
        double u = 0.5, hh = 2, p0 = 1, p1 = 9, m0 = 2 * hh, m1 = 0;
        double expected = (2 * u * u * u - 3 * u * u + 1) * p0 + (u * u * u - 2 * u * u + u) * m0
                + (-2 * u * u * u + 3 * u * u) * p1 + (u * u * u - u * u) * m1;
        assertEquals(expected, h.value(2.0), 1e-12);
        assertEquals(9.0, h.maximum()[1], 1e-12);
    }
}
