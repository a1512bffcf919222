package org.ionhop.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineFitTest {

    /**
     * x = 0,1,2 with unit weights: XᵀWX = [[3,3],[3,5]], det 6, inverse [[5/6,−1/2],[−1/2,1/2]].
     * y = 1 + 2x exactly → intercept 1, slope 2, chi² 0.
     */
    @Test
    void weightedCovarianceIsInverseNormalMatrix() {
        LineFit f = LineFit.weighted(new double[] {0, 1, 2}, new double[] {1, 3, 5}, new double[] {1, 1, 1});
        assertEquals(1, f.intercept(), 1e-12);
        assertEquals(2, f.slope(), 1e-12);
        assertEquals(5.0 / 6, f.covariance()[0][0], 1e-12);
        assertEquals(-0.5, f.covariance()[0][1], 1e-12);
        assertEquals(0.5, f.covariance()[1][1], 1e-12);
        assertEquals(0, f.chiSquare(), 1e-20);
    }

    /**
     * y = 0, 1, 0 at x = 0, 1, 2: slope 0, intercept 1/3, RSS = 1/9+4/9+1/9 = 2/3, s² = RSS/(n−2) = 2/3,
     * var(slope) = s² × 1/2 = 1/3.
     */
    @Test
    void unweightedCovarianceScalesWithResidualVariance() {
        LineFit f = LineFit.unweighted(new double[] {0, 1, 2}, new double[] {0, 1, 0});
        assertEquals(0, f.slope(), 1e-12);
        assertEquals(1.0 / 3, f.intercept(), 1e-12);
        assertEquals(1.0 / 3, f.covariance()[1][1], 1e-12);
        assertTrue(Double.isNaN(LineFit.unweighted(new double[] {0, 1}, new double[] {0, 1}).covariance()[1][1]));
    }

    /** Tiny x values (time lags of ns) must not lose precision: y = 3e9 x exactly. */
    @Test
    void wellConditionedForNanosecondLags() {
        double[] x = {1e-9, 2e-9, 3e-9, 4e-9};
        double[] y = {3, 6, 9, 12};
        assertEquals(3e9, LineFit.unweighted(x, y).slope(), 1e-3);
    }
}
