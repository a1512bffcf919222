package org.ionhop.validation;

import java.util.List;
import java.util.Locale;

import org.ionhop.analysis.TransportResult;
import org.ionhop.common.Units;
import org.ionhop.kmc.Carriers;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSimulation;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.RunLength;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateModel;
import org.ionhop.rates.RateParameters;

/**
 * One ion alone on a lattice is a random walk. On a Bravais lattice D = (1/6) Σ_h Γ_h |r_h|² exactly,
 * at every time scale. On a network of split sites (a site's hop vectors do not sum to zero) successive
 * hops are correlated and the exact long-time D comes from the periodic corrector
 * ({@link AnalyticResults#periodicWalkDiffusionAngstrom2PerS}). The engine's trajectories go through
 * the production MSD analysis; errors from replica scatter.
 */
public final class RandomWalkCase implements ValidationCase {
    private final String lattice;
    private final HopNetwork network;
    private final RateParameters parameters;
    private final boolean splitSites;

    /** Bravais lattice, one barrier for every hop ({@link EngineRuns#uniform}). */
    public RandomWalkCase(String lattice, HopNetwork network) {
        this(lattice, network, EngineRuns.uniform(network), false);
    }

    private RandomWalkCase(String lattice, HopNetwork network, RateParameters parameters, boolean splitSites) {
        this.lattice = lattice;
        this.network = network;
        this.parameters = parameters;
        this.splitSites = splitSites;
    }

    /** Any periodic network and rates, compared with the exact corrector result. */
    public static RandomWalkCase splitSites(String lattice, HopNetwork network, RateParameters parameters) {
        return new RandomWalkCase(lattice, network, parameters, true);
    }

    @Override public String name() { return "random-walk-D-" + lattice; }

    @Override public Tier tier() { return Tier.ANALYTIC; }

    @Override
    public CaseResult run(CaseContext ctx) {
        long t0 = System.nanoTime();
        RateModel rates = new KmcSimulation(network, parameters, KmcSettings.of(Carriers.ions(1), RunLength.none(), 1))
                .rateModel();
        double naiveA2 = AnalyticResults.randomWalkDiffusionAngstrom2PerS(network, rates, 0);
        double theoryA2 = splitSites ? AnalyticResults.periodicWalkDiffusionAngstrom2PerS(network, rates) : naiveA2;
        double hopTime = 1 / outRateHz(rates, 0);
        long hops = ctx.pick(40_000L, 8_000L);
        KmcSettings s = KmcSettings.of(Carriers.ions(1), RunLength.seconds(hops * hopTime), hops * hopTime / 1000)
                .withReplicas(ctx.pick(32, 16)).withThreads(ctx.threads()).withSeed(101);
        List<ReplicaResult> rs = EngineRuns.run(network, parameters, s);
        TransportResult r = EngineRuns.analyze(parameters.temperatureKelvin(), rs, EngineRuns.SHORT_LAGS);
        Reference ref = splitSites
                ? Reference.analytic("analytic:random-walk-" + lattice, "tracer D (cm²/s)",
                        theoryA2 * Units.ANGSTROM2_TO_CM2, String.format(Locale.ROOT, "random walk on split sites: "
                                + "exact D from the periodic corrector (the uncorrelated (1/6) Σ_h Γ_h |r_h|² would "
                                + "give %.4g cm²/s)", naiveA2 * Units.ANGSTROM2_TO_CM2))
                : Reference.analytic("analytic:random-walk-" + lattice, "tracer D (cm²/s)",
                        theoryA2 * Units.ANGSTROM2_TO_CM2, "random walk: D = (1/6) Σ_h Γ_h |r_h|², Γ = ν exp(−E/kT)");
        Measurement m = Measurement.of(r.tracer().isotropic(), EngineRuns.dof(r), "cm²/s");
        Comparison c = Comparison.evaluate(ref, m, Tolerance.statistical(
                "exact theory: only the statistical error of " + r.statisticalUnits() + " replicas remains"));
        return CaseResult.of(name(), tier(), "D*_iso of one ion on " + lattice + " (" + network.siteCount()
                + " sites), MSD slope over " + rs.size() + " replicas", c, EngineRuns.seconds(t0));
    }

    /** Total rate out of a site (the mean time between hops from it is its inverse). */
    private double outRateHz(RateModel rates, int site) {
        int[] start = network.hopStart();
        double sum = 0;
        for (int h = start[site]; h < start[site + 1]; h++) sum += rates.isolatedRateHz(h);
        return sum;
    }
}
