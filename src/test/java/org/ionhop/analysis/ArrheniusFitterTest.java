package org.ionhop.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.ionhop.common.Units;
import org.junit.jupiter.api.Test;

/**
 * Arrhenius fits of synthetic data D(T) = D0 exp(−Ea/kB T). With log-normal noise of known relative
 * size s, ln D_obs = ln D0 − Ea/(kB T) + s·z is exactly the Gaussian linear model the weighted fit
 * assumes, so Ea/stderr is normal and the one-sigma coverage is 0.6827, the 95% interval 0.95.
 */
class ArrheniusFitterTest {
    private static final double EA = 0.45;
    private static final double D0 = 1e-3;
    private static final double[] TEMPERATURES = {400, 450, 500, 550, 600, 700};

    private static double exactD(double t) {
        return D0 * Math.exp(-EA / (Units.KB_EV_PER_K * t));
    }

    private static List<ArrheniusPoint> noisy(UniformRandomProvider rng, double relative) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        List<ArrheniusPoint> points = new ArrayList<>();
        for (double t : TEMPERATURES) {
            double d = exactD(t) * Math.exp(relative * gauss.sample());
            points.add(new ArrheniusPoint(t, d, relative * d));
        }
        return points;
    }

    @Test
    void recoversKnownBarrierWithinItsError() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5);
        ArrheniusFit fit = ArrheniusFitter.fit(ArrheniusForm.DIFFUSION, noisy(rng, 0.1)).orElseThrow();
        assertTrue(fit.weighted());
        assertTrue(Math.abs(fit.activationEnergyEv().value() - EA) < 3 * fit.activationEnergyEv().stderr(),
                "Ea " + fit.activationEnergyEv());
        // Expected stderr from theory: 1/sqrt(Σ w (x − x̄)²) with w = 1/0.1², x = 1/(kB T).
        double mean = 0, sxx = 0;
        for (double t : TEMPERATURES) mean += 1 / (Units.KB_EV_PER_K * t) / TEMPERATURES.length;
        for (double t : TEMPERATURES) sxx += Math.pow(1 / (Units.KB_EV_PER_K * t) - mean, 2) / 0.01;
        assertEquals(1 / Math.sqrt(sxx), fit.activationEnergyEv().stderr(), 1e-12);
    }

    @Test
    void errorsAndConfidenceIntervalAreHonestOverRepeats() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(6);
        int runs = 400, eaHits = 0, prefactorHits = 0, ciHits = 0;
        double d300 = exactD(300);
        for (int i = 0; i < runs; i++) {
            ArrheniusFit fit = ArrheniusFitter.fit(ArrheniusForm.DIFFUSION, noisy(rng, 0.2)).orElseThrow();
            if (Math.abs(fit.activationEnergyEv().value() - EA) < fit.activationEnergyEv().stderr()) eaHits++;
            double lnA = Math.log(fit.prefactor().value()), lnAErr = fit.prefactor().stderr() / fit.prefactor().value();
            if (Math.abs(lnA - Math.log(D0)) < lnAErr) prefactorHits++;
            ArrheniusFit.Prediction p = fit.predict(300);
            if (p.lower95() < d300 && d300 < p.upper95()) ciHits++;
        }
        double one = 0.682689492, band1 = SyntheticWalks.binomialBand(one, runs);
        assertEquals(one, eaHits / (double) runs, band1, "Ea coverage");
        assertEquals(one, prefactorHits / (double) runs, band1, "prefactor coverage");
        assertEquals(0.95, ciHits / (double) runs, SyntheticWalks.binomialBand(0.95, runs), "300 K CI coverage");
    }

    /** sigma = (A/T) exp(−Ea/kB T) without noise: the sigma·T law is recovered exactly. */
    @Test
    void conductivityFormFitsSigmaTimesT() {
        double a = 5e4; // S K / cm
        List<ArrheniusPoint> points = new ArrayList<>();
        for (double t : TEMPERATURES) {
            double sigma = a / t * Math.exp(-0.3 / (Units.KB_EV_PER_K * t));
            points.add(new ArrheniusPoint(t, sigma, 0.05 * sigma));
        }
        ArrheniusFit fit = ArrheniusFitter.fit(ArrheniusForm.CONDUCTIVITY_TIMES_T, points).orElseThrow();
        assertEquals(0.3, fit.activationEnergyEv().value(), 1e-10);
        assertEquals(a, fit.prefactor().value(), 1e-6 * a);
        assertEquals(0, fit.reducedChiSquare(), 1e-12);
        double sigma300 = a / 300 * Math.exp(-0.3 / (Units.KB_EV_PER_K * 300));
        assertEquals(sigma300, fit.predict(300).value().value(), 1e-9 * sigma300);
        assertTrue(fit.predict(300).lower95() < sigma300 && sigma300 < fit.predict(300).upper95());
    }

    @Test
    void degenerateInputsAreHandled() {
        // One temperature: no slope to fit.
        assertTrue(ArrheniusFitter.fit(ArrheniusForm.DIFFUSION, List.of(new ArrheniusPoint(500, 1e-6, 1e-7))).isEmpty());
        // Non-positive values are dropped (and listed); if that leaves one point there is no fit.
        assertTrue(ArrheniusFitter.fit(ArrheniusForm.DIFFUSION,
                List.of(new ArrheniusPoint(500, 1e-6, 1e-7), new ArrheniusPoint(600, -1e-8, 1e-7))).isEmpty());
        // Zero errors: unweighted fit, exact data give the exact barrier with zero scatter-based error.
        List<ArrheniusPoint> exact = new ArrayList<>();
        for (double t : TEMPERATURES) exact.add(new ArrheniusPoint(t, exactD(t), 0));
        exact.add(new ArrheniusPoint(800, 0, 0));
        ArrheniusFit fit = ArrheniusFitter.fit(ArrheniusForm.DIFFUSION, exact).orElseThrow();
        assertFalse(fit.weighted());
        assertEquals(EA, fit.activationEnergyEv().value(), 1e-10);
        assertEquals(0, fit.activationEnergyEv().stderr(), 1e-6);
        assertEquals(List.of(800.0), fit.excludedTemperaturesKelvin());
        // Two points with errors: the line through both; σ_Ea² = (σ1² + σ2²)/(x1 − x2)² (σ = relative errors).
        ArrheniusFit two = ArrheniusFitter.fit(ArrheniusForm.DIFFUSION,
                List.of(new ArrheniusPoint(400, exactD(400), 0.1 * exactD(400)),
                        new ArrheniusPoint(600, exactD(600), 0.2 * exactD(600)))).orElseThrow();
        double dx = 1 / (Units.KB_EV_PER_K * 400) - 1 / (Units.KB_EV_PER_K * 600);
        assertEquals(EA, two.activationEnergyEv().value(), 1e-10);
        assertEquals(Math.sqrt(0.01 + 0.04) / dx, two.activationEnergyEv().stderr(), 1e-10);
        assertTrue(Double.isNaN(two.reducedChiSquare()));
    }
}
