package org.ionhop.validation;

import org.ionhop.analysis.StudentT;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Tolerance arithmetic and the pass / expected-deviation / fail rule, against hand calculations. */
class ComparisonTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Reference EXACT_ONE = Reference.analytic("a", "x", 1.0, "theory");

    @Test
    void studentTQuantilesMatchClosedForms() {
        // ν → ∞: the normal 3σ; ν = 1 (Cauchy): P(|T| ≤ t) = (2/π) atan t; ν = 2: P = t / √(2 + t²)
        double p = StudentT.THREE_SIGMA_COVERAGE;
        assertEquals(3.0, StudentT.twoSidedQuantile(p, INF), 1e-9);
        assertEquals(Math.tan(p * Math.PI / 2), StudentT.twoSidedQuantile(p, 1), 1e-6 * Math.tan(p * Math.PI / 2));
        assertEquals(p * Math.sqrt(2) / Math.sqrt(1 - p * p), StudentT.twoSidedQuantile(p, 2), 1e-7);
        assertEquals(1.959963984540054, StudentT.twoSidedQuantile(0.95, INF), 1e-9);
    }

    @Test
    void statisticalToleranceIsKSigmaOfTheCombinedError() {
        // σ = √(0.03² + 0.04²) = 0.05, k = 3 (exact errors): allowed 0.15
        Reference ref = new Reference("r", "x", 1.0, 0.04, Double.NaN, Double.NaN, "s", true);
        Comparison in = Comparison.evaluate(ref, new Measurement(1.14, 0.03, INF, ""), Tolerance.statistical("t"));
        assertEquals(0.05, in.sigma(), 1e-12);
        assertEquals(0.15, in.allowed(), 1e-9);
        assertEquals(0.14 / 0.05, in.deviationInSigma(), 1e-9);
        assertEquals(0.14, in.relativeDeviation(), 1e-12);
        assertTrue(in.within());
        assertFalse(Comparison.evaluate(ref, new Measurement(0.84, 0.03, INF, ""), Tolerance.statistical("t")).within());
    }

    @Test
    void referenceUncertaintyKeepsItsOwnThreeSigma() {
        // 8 replicas (k = 4.53) on the result, 3 on the reference: √((4.53·0.01)² + (3·0.09)²) + 0.1
        Reference ref = new Reference("r", "eV", 0.37, 0.09, Double.NaN, Double.NaN, "s", true);
        Comparison c = Comparison.evaluate(ref, new Measurement(0.40, 0.01, 7, "eV"), Tolerance.absolute(0.1, "why"));
        assertEquals(0.1 + Math.hypot(c.coverageFactor() * 0.01, 3 * 0.09), c.allowed(), 1e-12);
    }

    @Test
    void fewReplicasWidenTheWindowByTheStudentTFactor() {
        Measurement m = new Measurement(1.035, 0.01, 7, "");
        Comparison c = Comparison.evaluate(EXACT_ONE, m, Tolerance.statistical("t"));
        // t-table: t(0.99865, ν = 7) = 4.5299
        assertEquals(4.5299, c.coverageFactor(), 2e-4);
        assertTrue(c.within(), "3.5σ lies inside the 7-dof 99.73% window");
        assertFalse(Comparison.evaluate(EXACT_ONE, new Measurement(1.035, 0.01, INF, ""), Tolerance.statistical("t")).within());
    }

    @Test
    void absoluteToleranceAddsThePhysicalAllowance() {
        Reference ea = new Reference("ea", "eV", 0.69, 0, Double.NaN, Double.NaN, "exp", true);
        Comparison c = Comparison.evaluate(ea, new Measurement(0.55, 0.01, INF, "eV"), Tolerance.absolute(0.1, "why"));
        assertEquals(0.13, c.allowed(), 1e-9);
        assertFalse(c.within(), "0.14 eV off");
        assertTrue(Comparison.evaluate(ea, new Measurement(0.57, 0.01, INF, "eV"), Tolerance.absolute(0.1, "why")).within());
    }

    @Test
    void decadesCompareToTheNearestEndOfARange() {
        Reference range = new Reference("s", "S/cm", 3e-5, 0, 1e-5, 1e-4, "exp", true);
        Tolerance oneDecade = Tolerance.decades(1.0, "order of magnitude");
        Comparison inside = Comparison.evaluate(range, new Measurement(5e-5, 0, INF, "S/cm"), oneDecade);
        assertEquals(0, inside.deviation(), 0);
        assertEquals(0, inside.relativeDeviation(), 0);
        Comparison above = Comparison.evaluate(range, new Measurement(3e-4, 0, INF, "S/cm"), oneDecade);
        assertEquals(Math.log10(3), above.deviation(), 1e-12);
        assertEquals(2.0, above.relativeDeviation(), 1e-12);
        assertTrue(above.within());
        assertFalse(Comparison.evaluate(range, new Measurement(2e-3, 0, INF, "S/cm"), oneDecade).within(), "1.3 decades");
        assertFalse(Comparison.evaluate(range, new Measurement(5e-7, 0, INF, "S/cm"), oneDecade).within(), "1.3 decades below");
    }

    @Test
    void statusRule() {
        Comparison miss = Comparison.evaluate(EXACT_ONE, new Measurement(2, 0.01, INF, ""), Tolerance.statistical("t"));
        Comparison hit = Comparison.evaluate(EXACT_ONE, new Measurement(1, 0.01, INF, ""), Tolerance.statistical("t"));
        assertEquals(Status.PASS, CaseResult.statusOf(hit, Optional.empty()));
        assertEquals(Status.PASS, CaseResult.statusOf(hit, Optional.of(miss)));
        assertEquals(Status.FAIL, CaseResult.statusOf(miss, Optional.empty()));
        assertEquals(Status.EXPECTED_DEVIATION, CaseResult.statusOf(miss, Optional.of(hit)));
        assertEquals(Status.FAIL, CaseResult.statusOf(miss, Optional.of(miss)), "an explanation the run contradicts is a failure");
        assertEquals(Status.INCONCLUSIVE, CaseResult.statusOf(hit, Optional.of(hit)),
                "a result that meets both the reference and the model's own value cannot tell them apart");
    }

    @Test
    void anExpectedDeviationNeedsItsExplanation() {
        Comparison hit = Comparison.evaluate(EXACT_ONE, new Measurement(1, 0.01, INF, ""), Tolerance.statistical("t"));
        assertThrows(IllegalArgumentException.class, () -> new CaseResult("c", Tier.PREDICTION, "x", hit,
                Optional.of(hit), " ", "", Optional.empty(), 0));
    }

    @Test
    void inputUncertaintyOfAPredictionWidensTheWindowAtItsOwnCoverage() {
        Reference aimd = Reference.analytic("aimd", "eV", 0.38, "AIMD");
        Measurement exact = new Measurement(0.50, 0.0, INF, "eV");
        assertFalse(Comparison.evaluate(aimd, exact, Tolerance.statistical("t")).within(), "no error: 0.12 eV misses");
        Comparison withInput = Comparison.evaluate(aimd, exact.withInputUncertainty(0.05), Tolerance.statistical("t"));
        assertEquals(0.05, withInput.sigma(), 1e-12);
        assertEquals(0.15, withInput.allowed(), 1e-12, "3 x 0.05 eV");
        assertTrue(withInput.within());
        assertEquals(2.4, withInput.deviationInSigma(), 1e-9);
        Comparison oneSigma = Comparison.evaluate(aimd, exact.withInputUncertainty(0.05),
                Tolerance.statistical("t").atSigmas(1));
        assertEquals(0.05, oneSigma.allowed(), 1e-12);
        assertFalse(oneSigma.within(), "2.4σ is outside a 1σ window");
        // the result's own error gets the Student-t multiple of the SAME coverage (68.27% at 7 dof: 1.077)
        Comparison t7 = Comparison.evaluate(aimd, new Measurement(0.38, 0.01, 7, "eV"), Tolerance.statistical("t").atSigmas(1));
        assertEquals(1.077, t7.coverageFactor(), 1e-3);
    }
}
