package org.ionhop.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ionhop.analysis.ArrheniusFit;
import org.ionhop.analysis.ArrheniusFitter;
import org.ionhop.analysis.ArrheniusForm;
import org.ionhop.analysis.ArrheniusPoint;
import org.ionhop.analysis.TransportResult;
import org.ionhop.common.Units;
import org.ionhop.kmc.Carriers;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.RunLength;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;

/**
 * The Arrhenius slope of a Frenkel (interstitial-pair) mechanism in the dilute limit: E_f/2 + E_m.
 *
 * <p><b>Model.</b> N regular sites R (simple cubic, energy 0) and N interstitial sites I at the cube
 * centres (energy E_i), N ions — a perfect crystal has every R full and every I empty. A Frenkel pair is
 * one vacancy on R plus one ion on I, so its formation energy is E_f = E_i. Three hop classes, all with
 * the same E_KRA = E_m: R–R (vacancy migration, barrier E_m), I–I (interstitial migration, E_m) and R–I
 * (pair creation, barrier E_m + E_f/2; recombination, E_m − E_f/2, which must stay ≥ 0).
 *
 * <p><b>Expected slope.</b> Detailed balance gives the law of mass action: with k pairs,
 * k²/((N−k)²) = e^{−βE_f}, so in the dilute limit k/N = c = e^{−βE_f/2} vacancies and as many interstitials.
 * Every event that moves charge has a rate proportional to c·ν e^{−βE_m}: defect migration (c defects
 * hopping at ν e^{−βE_m}), and creation/recombination, whose rate per ion 8 ν e^{−β(E_m+E_f/2)} is again
 * c ν e^{−βE_m}. Correlations (e.g. a pair recombining where it formed) change only the T-independent
 * prefactor. Hence D_J ∝ e^{−β(E_f/2 + E_m)} and the slope of ln D_J versus 1/(k_B T) is E_f/2 + E_m;
 * the conductivity (fixed ion density) has the same slope in σT.
 *
 * <p><b>Finite cell.</b> Pairs are created together, so in a cell with only a few pairs the canonical
 * mean ⟨k⟩ = Σ k C(N,k)² e^{−kβE_f} / Σ C(N,k)² e^{−kβE_f} ({@link AnalyticResults#canonicalMeanOnB})
 * falls below N e^{−βE_f/2} and the slope steepens. The reference value is therefore the slope of
 * ⟨k⟩(T)·e^{−βE_m} fitted over the same temperatures (exact for independent defects in this cell; it
 * tends to E_f/2 + E_m as N c grows), and its uncertainty c_max·E_f bounds the neglected O(c)
 * defect–defect terms (bound pairs, encounters).
 *
 * <p><b>Temperatures.</b> E_f = 0.6 eV, E_m = 0.35 eV, T = 500–750 K: c = 1×10⁻³ … 1×10⁻² (dilute), and
 * N c ≈ 2.6 … 26 pairs in the 14³-cell network, which the time average samples through many
 * creations and recombinations (the pair number relaxes within ~N/4 hops).
 */
public final class FrenkelArrheniusCase implements ValidationCase {
    static final double FORMATION_EV = 0.6;
    static final double MIGRATION_EV = 0.35;
    static final double[] TEMPERATURES_K = {500, 575, 650, 750};
    private static final int CELLS = 14;

    @Override public String name() { return "frenkel-pair-arrhenius"; }

    @Override public Tier tier() { return Tier.ANALYTIC; }

    @Override
    public CaseResult run(CaseContext ctx) {
        long t0 = System.nanoTime();
        HopNetwork net = ValidationLattices.caesiumChloride(3.0, 1.01 * 3.0, CELLS);
        int n = net.siteCount() / 2;
        long hops = ctx.pick(3_000_000L, 600_000L);
        int replicas = ctx.pick(16, 8);
        List<ArrheniusPoint> points = new ArrayList<>();
        List<ArrheniusPoint> canonical = new ArrayList<>();
        double[] t = TEMPERATURES_K;
        double[] values = new double[t.length];
        double[] errors = new double[t.length];
        double minDof = Double.POSITIVE_INFINITY;
        for (int i = 0; i < t.length; i++) {
            double kT = Units.KB_EV_PER_K * t[i];
            RateParameters p = RateParameters.uniform(net.classes().size(), 2, MIGRATION_EV, EngineRuns.NU_HZ, t[i])
                    .withSiteEnergies(0, FORMATION_EV);
            double pairs = AnalyticResults.canonicalMeanOnB(n, n, n, FORMATION_EV / kT);
            double gammaM = EngineRuns.NU_HZ * Math.exp(-MIGRATION_EV / kT);
            // expected hop rate: 2 k defects hopping (z ≈ 6-8) plus as many creation/recombination hops
            double seconds = hops / (24 * Math.max(pairs, 0.05) * gammaM);
            KmcSettings s = KmcSettings.of(Carriers.ions(n).withPlacement(Carriers.Placement.LOWEST_ENERGY),
                            RunLength.seconds(seconds), seconds / 100)
                    .withEquilibration(RunLength.totalHops(hops / 5)).withReplicas(replicas)
                    .withThreads(ctx.threads()).withSeed(4000 + i);
            List<ReplicaResult> rs = EngineRuns.run(net, p, s);
            TransportResult r = EngineRuns.analyze(t[i], rs, new org.ionhop.analysis.FitWindow(0.02, 0.2));
            values[i] = r.jump().isotropic().value();
            errors[i] = r.jump().isotropic().stderr();
            minDof = Math.min(minDof, EngineRuns.dof(r));
            points.add(new ArrheniusPoint(t[i], values[i], errors[i], EngineRuns.dof(r)));
            canonical.add(new ArrheniusPoint(t[i], pairs * gammaM, 0));
        }
        ArrheniusFit fit = ArrheniusFitter.fit(ArrheniusForm.DIFFUSION, points).orElseThrow();
        double canonicalSlope = ArrheniusFitter.fit(ArrheniusForm.DIFFUSION, canonical).orElseThrow()
                .activationEnergyEv().value();
        double dilute = FORMATION_EV / 2 + MIGRATION_EV;
        double cMax = Math.exp(-FORMATION_EV / (2 * Units.KB_EV_PER_K * t[t.length - 1]));
        Reference ref = new Reference("analytic:frenkel", "activation energy of D_J (eV)", canonicalSlope,
                cMax * FORMATION_EV, Double.NaN, Double.NaN, String.format(Locale.ROOT,
                "E_f/2 + E_m = %.3f eV in the dilute limit (E_f = %.2f, E_m = %.2f eV); with the exact canonical pair"
                        + " count of this finite cell the slope is %.4f eV (reference value); uncertainty c_max·E_f ="
                        + " %.1e eV bounds the neglected O(c) defect–defect terms", dilute, FORMATION_EV, MIGRATION_EV,
                canonicalSlope, cMax * FORMATION_EV), true);
        Measurement m = new Measurement(fit.activationEnergyEv().value(), fit.activationEnergyEv().stderr(), minDof, "eV");
        Comparison c = Comparison.evaluate(ref, m, Tolerance.statistical(
                "exact dilute-limit slope: statistical error of the weighted Arrhenius fit (replica scatter per T)"));
        double meanInvT = 0;
        for (double x : t) meanInvT += 1 / x / t.length;
        double anchor = fit.predict(1 / meanInvT).value().value();
        ArrheniusOverlay overlay = new ArrheniusOverlay("D_J (cm²/s)", t, values, errors,
                fit.activationEnergyEv().value(), anchor, List.of(), dilute, false);
        return new CaseResult(name(), tier(), String.format(Locale.ROOT,
                "Arrhenius slope of D_J, %d ions on %d regular + %d interstitial sites, T = 500–750 K", n, n, n),
                c, Optional.empty(), "", "", Optional.of(overlay), EngineRuns.seconds(t0));
    }
}
