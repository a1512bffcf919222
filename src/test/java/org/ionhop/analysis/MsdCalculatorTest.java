package org.ionhop.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ionhop.kmc.Trajectory;
import org.junit.jupiter.api.Test;

class MsdCalculatorTest {

    /** Ballistic motion r_k(t) = v_k t: every origin gives Δr = v τ, so MSD_ab(τ) = &lt;v_a v_b&gt; τ². */
    @Test
    void ballisticMotionGivesQuadraticTensorForAnyOriginStride() {
        double dt = 0.5;
        int samples = 41, ions = 3;
        double[][] v = {{1, 2, 0}, {-1, 0, 3}, {0.5, -2, 1}};
        double[] d = new double[samples * ions * 3];
        for (int s = 0; s < samples; s++) {
            for (int k = 0; k < ions; k++) {
                for (int a = 0; a < 3; a++) d[(s * ions + k) * 3 + a] = v[k][a] * s * dt;
            }
        }
        Trajectory t = new Trajectory(dt, samples, ions, d);
        for (int[] caps : new int[][] {{200, 1000}, {7, 3}}) {
            MsdCalculator.Pair p = new MsdCalculator(caps[0], caps[1]).compute(t, 0, samples - 1);
            for (int l = 0; l < p.tracer().lagCount(); l++) {
                double tau = p.tracer().lagSeconds()[l];
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        double tracer = 0, sa = 0, sb = 0;
                        for (int k = 0; k < ions; k++) {
                            tracer += v[k][a] * v[k][b] / ions;
                            sa += v[k][a];
                            sb += v[k][b];
                        }
                        assertEquals(tracer * tau * tau, p.tracer().tensorAngstrom2()[l][a][b], 1e-9);
                        assertEquals(sa * sb / ions * tau * tau, p.collective().tensorAngstrom2()[l][a][b], 1e-9);
                    }
                }
            }
        }
    }

    /** The lag grid is evenly spaced in whole samples and capped at maxLagCount (+ lag 0). */
    @Test
    void lagGridRespectsCap() {
        Trajectory t = new Trajectory(2.0, 1001, 1, new double[1001 * 3]);
        MsdCurve c = new MsdCalculator(200, 1000).compute(t, 0, 1000).tracer();
        assertEquals(201, c.lagCount());
        assertEquals(0.0, c.lagSeconds()[0]);
        assertEquals(10.0, c.lagSeconds()[1], 1e-12); // step of 5 samples × 2 s
        assertEquals(2000.0, c.lagSeconds()[200], 1e-12);
    }
}
