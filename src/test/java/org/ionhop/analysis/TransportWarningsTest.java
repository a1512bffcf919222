package org.ionhop.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which results get a warning: a noisy D_J, and H above 1 beyond its error. */
class TransportWarningsTest {

    private static TransportResult result(double[] tracerUnits, double[] jumpUnits) {
        double[][][] t = new double[tracerUnits.length][][], j = new double[jumpUnits.length][][];
        for (int u = 0; u < t.length; u++) {
            t[u] = diagonal(tracerUnits[u]);
            j[u] = diagonal(jumpUnits[u]);
        }
        DiffusionTensor tracer = DiffusionTensor.fromUnits(t), jump = DiffusionTensor.fromUnits(j);
        Estimate h = UnitStatistics.ratioOfMeans(tracerUnits, jumpUnits);
        MsdCurve none = new MsdCurve(new double[] {0, 1}, new double[2][3][3]);
        return new TransportResult(500, none, none, FitWindow.DEFAULT, 0.1, 0.5, tracer, jump, h, Optional.empty(),
                jump.isotropic(), 1e22, 1, ErrorSource.REPLICAS, tracerUnits.length, tracerUnits.length, List.of(), List.of());
    }

    private static double[][] diagonal(double d) {
        return new double[][] {{d, 0, 0}, {0, d, 0}, {0, 0, d}};
    }

    @Test
    void wellDeterminedResultsGetNoWarning() {
        TransportResult r = result(new double[] {1.0, 1.01, 0.99, 1.0}, new double[] {1.1, 1.2, 1.15, 1.05});
        assertEquals(List.of(), TransportWarnings.of(r));
    }

    @Test
    void noisyJumpDiffusionAndHavenAboveOneAreNamed() {
        // D* tight around 1, D_J scattered low: H ≈ 1.8, D_J relative error ≈ 0.2–0.3
        TransportResult r = result(new double[] {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0},
                new double[] {0.3, 0.4, 0.9, 0.5, 0.6, 0.7, 0.5, 0.55});
        List<String> w = TransportWarnings.of(r);
        assertTrue(w.stream().anyMatch(s -> s.contains("H = 1.798 ± 0.210") && s.contains("exceeds 1")), w.toString());
        assertEquals(1, w.size(), "D_J's 12 % error is not large: " + w);
        List<String> noisy = TransportWarnings.of(result(new double[] {1, 1, 1, 1, 1, 1, 1, 1},
                new double[] {0.1, 0.2, 1.2, 0.3, 0.9, 0.2, 0.4, 0.3}));
        assertTrue(noisy.stream().anyMatch(s -> s.contains("D_J has a relative standard error of 31 %")), noisy.toString());
    }

    @Test
    void oneUnitIsNamedAsHavingNoErrorBarsNotAsNaNPercent() {
        List<String> w = TransportWarnings.of(result(new double[] {1.0}, new double[] {0.8}));
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).contains("no error bars: 1 statistical unit") && !w.get(0).contains("NaN"), w.get(0));
    }

    @Test
    void ninetyFivePercentFactorIsStudentT() {
        assertEquals(2.3646, TransportWarnings.ninetyFivePercentFactor(8), 1e-4);
        assertEquals(2.1314, TransportWarnings.ninetyFivePercentFactor(16), 1e-4);
    }
}
