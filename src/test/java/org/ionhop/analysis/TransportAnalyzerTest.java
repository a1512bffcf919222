package org.ionhop.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ionhop.kmc.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * Transport coefficients of random walks with exactly known D (see {@link SyntheticWalks}). The
 * estimates are means over units, so (estimate − exact)/stderr is Student-t distributed with
 * units − 1 degrees of freedom; single-run checks allow 4 standard errors (P(|t_15| > 4) ≈ 0.1%).
 */
class TransportAnalyzerTest {
    private static final double TEMPERATURE = 500;
    private static final double DENSITY = 1.62e22;
    private static final TransportAnalyzer ANALYZER = new TransportAnalyzer(AnalysisSettings.defaults());

    private static SyntheticWalks walks(double[] rates, int ions, int group, int samples) {
        return new SyntheticWalks(2.0, rates, ions, group, samples, 1e-9);
    }

    private static void assertWithin(double exact, Estimate e, double sigmas, String what) {
        assertTrue(Math.abs(e.value() - exact) < sigmas * e.stderr(),
                what + ": " + e + " vs exact " + exact + " (" + (e.value() - exact) / e.stderr() + " stderr)");
    }

    @Test
    void independentWalkersGiveExactDiffusionHavenOneAndConductivity() {
        SyntheticWalks w = walks(new double[] {1e9, 1e9, 1e9}, 32, 1, 201);
        TransportResult r = ANALYZER.analyze(TEMPERATURE, w.generate(11, 16), DENSITY, 1, w.exactTracerIsoCm2PerS());
        double exact = w.exactTracerIsoCm2PerS(); // Γ a² = 1e9 Hz × 4 Å² = 4e-7 cm²/s
        assertEquals(4e-7, exact, 1e-20);
        assertEquals(ErrorSource.REPLICAS, r.errorSource());
        assertEquals(16, r.statisticalUnits());
        assertWithin(exact, r.tracer().isotropic(), 4, "D*");
        assertWithin(exact, r.jump().isotropic(), 4, "D_J");
        assertWithin(1.0, r.havenRatio(), 4, "H");
        assertWithin(1.0, r.correlationFactor().orElseThrow(), 4, "f");
        for (int a = 0; a < 3; a++) {
            assertWithin(exact, new Estimate(r.tracer().valueCm2PerS()[a][a], r.tracer().stderrCm2PerS()[a][a]), 4, "D*_" + a);
            for (int b = a + 1; b < 3; b++) {
                assertWithin(0, new Estimate(r.tracer().valueCm2PerS()[a][b], r.tracer().stderrCm2PerS()[a][b]), 4, "off-diagonal");
            }
        }
        assertWithin(NernstEinstein.conductivitySPerCm(DENSITY, 1, exact, TEMPERATURE), r.conductivitySPerCm(), 4, "sigma");
        assertEquals(3, r.tracer().dimensionality());
        // Window defaults: 10%..50% of the longest lag (200 ns).
        assertEquals(20e-9, r.fitStartSeconds(), 1e-15);
        assertEquals(100e-9, r.fitEndSeconds(), 1e-15);
        // Tracer MSD curve is 6 D t on average: at the longest lag, within a generous 6 D t × 20%.
        int last = r.tracerMsd().lagCount() - 1;
        assertEquals(6 * exact * 1e16 * 200e-9, r.tracerMsd().trace(last), 0.2 * 6 * exact * 1e16 * 200e-9);
    }

    /** The MSD sums spread over threads give the same numbers to the bit, with replicas and with time blocks. */
    @Test
    void threadsDoNotChangeTheResult() {
        SyntheticWalks w = walks(new double[] {1e9, 2e9, 3e9}, 16, 1, 201);
        for (int replicas : new int[] {16, 2}) { // 16 replicas: one unit each; 2: time blocks
            List<Trajectory> trajectories = w.generate(5, replicas);
            TransportResult one = ANALYZER.analyze(TEMPERATURE, trajectories, DENSITY, 1, Double.NaN);
            TransportResult three = ANALYZER.withThreads(3).analyze(TEMPERATURE, trajectories, DENSITY, 1, Double.NaN);
            assertEquals(one.statisticalUnits(), three.statisticalUnits());
            for (int a = 0; a < 3; a++) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(one.tracer().valueCm2PerS()[a], three.tracer().valueCm2PerS()[a]);
                org.junit.jupiter.api.Assertions.assertArrayEquals(one.jump().stderrCm2PerS()[a], three.jump().stderrCm2PerS()[a]);
            }
            assertEquals(one.havenRatio().value(), three.havenRatio().value(), 0.0);
            int last = one.tracerMsd().lagCount() - 1;
            assertEquals(one.collectiveMsd().trace(last), three.collectiveMsd().trace(last), 0.0);
        }
    }

    @Test
    void ionsMovingInPairsDoubleJumpDiffusionAndHalveHaven() {
        SyntheticWalks w = walks(new double[] {1e9, 1e9, 1e9}, 32, 2, 201);
        TransportResult r = ANALYZER.analyze(TEMPERATURE, w.generate(12, 16), DENSITY, 1, Double.NaN);
        assertWithin(w.exactTracerIsoCm2PerS(), r.tracer().isotropic(), 4, "D*");
        assertWithin(2 * w.exactTracerIsoCm2PerS(), r.jump().isotropic(), 4, "D_J");
        assertWithin(0.5, r.havenRatio(), 4, "H");
        assertTrue(r.correlationFactor().isEmpty());
    }

    /** Hops only along x and y: a 2D conductor. D_zz is exactly 0; trace/2 is the in-plane D. */
    @Test
    void planarNetworkIsTwoDimensionalWithPrincipalAxesAlongTheFastDirection() {
        SyntheticWalks w = walks(new double[] {2e9, 0.5e9, 0}, 32, 1, 201);
        TransportResult r = ANALYZER.analyze(TEMPERATURE, w.generate(13, 16), DENSITY, 1, Double.NaN);
        DiffusionTensor d = r.tracer();
        assertEquals(2, d.dimensionality());
        assertEquals(0.0, d.valueCm2PerS()[2][2], 0.0);
        assertWithin((w.exactTracerCm2PerS(0) + w.exactTracerCm2PerS(1)) / 2, d.networkAverage(), 4, "in-plane D");
        assertEquals(1.5 * d.isotropic().value(), d.networkAverage().value(), 1e-20);
        assertTrue(Math.abs(d.principalAxes()[0][0]) > 0.99, "fastest axis is x");
        assertTrue(Math.abs(d.principalAxes()[2][2]) > 0.9999, "slowest axis is z");
        assertWithin(w.exactTracerCm2PerS(0), new Estimate(d.eigenvaluesCm2PerS()[0], d.stderrCm2PerS()[0][0]), 4, "lambda1");
    }

    /**
     * Honest errors: over 200 independent runs of 8 replicas, |estimate − exact| < stderr should hold
     * with the Student-t(7) probability 0.6505 (not 0.68: the stderr itself comes from 8 replicas).
     * Accept a 3σ binomial band. Checked for D*, D_J and H (pairs, H = 1/2 exactly).
     */
    @Test
    void replicaStandardErrorsAreHonest() {
        SyntheticWalks w = walks(new double[] {1e9, 1e9, 1e9}, 16, 2, 101);
        assertCoverage(w, 8, 200, ErrorSource.REPLICAS);
    }

    /** The same with a single replica, errors from 8 time blocks of 50 intervals each. */
    @Test
    void blockAveragingStandardErrorsAreHonest() {
        SyntheticWalks w = walks(new double[] {1e9, 1e9, 1e9}, 16, 2, 401);
        assertCoverage(w, 1, 200, ErrorSource.TIME_BLOCKS);
    }

    private static void assertCoverage(SyntheticWalks w, int replicas, int runs, ErrorSource expectedSource) {
        int[] hits = new int[3];
        int units = 0;
        for (int run = 0; run < runs; run++) {
            List<Trajectory> t = w.generate(1000 + run, replicas);
            TransportResult r = ANALYZER.analyze(TEMPERATURE, t, DENSITY, 1, Double.NaN);
            assertEquals(expectedSource, r.errorSource());
            units = r.statisticalUnits();
            hits[0] += within(w.exactTracerIsoCm2PerS(), r.tracer().isotropic());
            hits[1] += within(w.groupSize * w.exactTracerIsoCm2PerS(), r.jump().isotropic());
            hits[2] += within(w.exactHavenRatio(), r.havenRatio());
        }
        assertEquals(8, units);
        double p = SyntheticWalks.studentCoverageOfOneSigma(units - 1);
        double band = SyntheticWalks.binomialBand(p, runs);
        String[] names = {"D*", "D_J", "H"};
        for (int i = 0; i < 3; i++) {
            double frac = hits[i] / (double) runs;
            assertTrue(Math.abs(frac - p) < band, names[i] + " coverage " + frac + " expected " + p + " ± " + band);
        }
    }

    private static int within(double exact, Estimate e) {
        return Math.abs(e.value() - exact) < e.stderr() ? 1 : 0;
    }

    /** No hops at all (e.g. a temperature far too low): D = 0 exactly, H = 0/0 undefined, sigma = 0. */
    @Test
    void frozenIonsGiveZeroDiffusionAndUndefinedHaven() {
        SyntheticWalks w = walks(new double[] {0, 0, 0}, 8, 1, 51);
        TransportResult r = ANALYZER.analyze(TEMPERATURE, w.generate(3, 2), DENSITY, 1, Double.NaN);
        assertEquals(ErrorSource.TIME_BLOCKS, r.errorSource());
        assertEquals(0.0, r.tracer().isotropic().value());
        assertEquals(0, r.tracer().dimensionality());
        assertEquals(0.0, r.conductivitySPerCm().value());
        assertTrue(Double.isNaN(r.havenRatio().value()));
    }

    @Test
    void studentCoverageMatchesKnownValues() {
        // Closed forms of the t CDF: nu = 1 (Cauchy) 2 atan(1)/π = 1/2; nu = 2: 1/√3;
        // nu = 3: 2[atan(1/√3) + (1/√3)/(1 + 1/3)]/π = 1/3 + √3/(2π).
        assertEquals(0.5, SyntheticWalks.studentCoverageOfOneSigma(1), 1e-9);
        assertEquals(1 / Math.sqrt(3), SyntheticWalks.studentCoverageOfOneSigma(2), 1e-9);
        assertEquals(1.0 / 3 + Math.sqrt(3) / (2 * Math.PI), SyntheticWalks.studentCoverageOfOneSigma(3), 1e-9);
    }
}
