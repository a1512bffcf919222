package org.ionhop.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ionhop.common.Units;
import org.ionhop.kmc.Carriers;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.RunLength;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;

/**
 * Thermal occupations of two site types: regular (A) and body-centre (B) sites of equal number,
 * B higher by dE, hops only A↔B. The time-averaged number of ions on B sites must equal the exact
 * canonical mean {@link AnalyticResults#canonicalMeanOnB} — for one ion the Boltzmann law
 * P(B) = e^{−βdE}/(1 + e^{−βdE}), for many ions the finite-N Fermi–Dirac law.
 */
public final class OccupationCase implements ValidationCase {
    /** Site-energy difference between the two types, eV. */
    static final double DE_EV = 0.1;

    private final HopNetwork network;
    private final int ions;
    private final double kelvin;

    /** @param ions 1 for the Boltzmann (dilute) case, N/4 for quarter filling */
    public OccupationCase(HopNetwork network, int ions, double kelvin) {
        this.network = network;
        this.ions = ions;
        this.kelvin = kelvin;
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "%s-occupation-%dK", ions == 1 ? "boltzmann" : "fermi-dirac", Math.round(kelvin));
    }

    @Override public Tier tier() { return Tier.ANALYTIC; }

    @Override
    public CaseResult run(CaseContext ctx) {
        long t0 = System.nanoTime();
        int sitesB = (int) Arrays.stream(network.siteType()).filter(t -> t == 1).count();
        int sitesA = network.siteCount() - sitesB;
        double beta = 1 / (Units.KB_EV_PER_K * kelvin);
        double exact = AnalyticResults.canonicalMeanOnB(sitesA, sitesB, ions, beta * DE_EV);
        RateParameters p = RateParameters.uniform(network.classes().size(), 2, EngineRuns.BARRIER_EV,
                EngineRuns.NU_HZ, kelvin).withSiteEnergies(0, DE_EV);
        double hopsPerIon = ctx.pick(ions == 1 ? 40_000 : 4000, ions == 1 ? 10_000 : 1000);
        KmcSettings s = KmcSettings.of(Carriers.ions(ions), RunLength.hopsPerIon(hopsPerIon), Double.POSITIVE_INFINITY)
                .withEquilibration(RunLength.hopsPerIon(hopsPerIon / 10)).withReplicas(ctx.pick(16, 8))
                .withThreads(ctx.threads()).withSeed(7 + Math.round(kelvin));
        List<ReplicaResult> rs = EngineRuns.run(network, p, s);
        var onB = ReplicaStatistics.overReplicas(rs, r -> r.occupationPerSiteType()[1] * sitesB);
        Reference ref = Reference.analytic("analytic:canonical-occupation", "mean ions on B sites", exact,
                ions == 1 ? "Boltzmann: P(B) = e^{−βdE}/(1+e^{−βdE}), dE = " + DE_EV + " eV"
                        : "exact canonical (finite-N Fermi–Dirac) mean, dE = " + DE_EV + " eV");
        Comparison c = Comparison.evaluate(ref, onB.toMeasurement("ions"), Tolerance.statistical(
                "exact equilibrium statistics: only the statistical error of " + rs.size() + " replicas remains"));
        return CaseResult.of(name(), tier(), String.format(Locale.ROOT,
                "time-averaged ions on B sites, %d ions on %d A + %d B sites at %.0f K", ions, sitesA, sitesB, kelvin),
                c, EngineRuns.seconds(t0));
    }
}
