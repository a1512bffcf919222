package org.ionhop.validation;

import java.util.List;

import org.ionhop.analysis.TransportResult;
import org.ionhop.common.Units;
import org.ionhop.kmc.Carriers;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSimulation;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.RunLength;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;

/**
 * One ion alone on a lattice is a random walk: D = (1/6) Σ_h Γ_h |r_h|² exactly, at every time scale.
 * The engine's trajectories go through the production MSD analysis; errors from replica scatter.
 */
public final class RandomWalkCase implements ValidationCase {
    private final String lattice;
    private final HopNetwork network;

    public RandomWalkCase(String lattice, HopNetwork network) {
        this.lattice = lattice;
        this.network = network;
    }

    @Override public String name() { return "random-walk-D-" + lattice; }

    @Override public Tier tier() { return Tier.ANALYTIC; }

    @Override
    public CaseResult run(CaseContext ctx) {
        long t0 = System.nanoTime();
        RateParameters p = EngineRuns.uniform(network);
        KmcSimulation sim0 = new KmcSimulation(network, p, KmcSettings.of(Carriers.ions(1), RunLength.none(), 1));
        double theoryA2 = AnalyticResults.randomWalkDiffusionAngstrom2PerS(network, sim0.rateModel(), 0);
        int z = network.hopStart()[1] - network.hopStart()[0];
        double hopTime = 1 / (z * sim0.rateModel().isolatedRateHz(0));
        long hops = ctx.pick(40_000L, 8_000L);
        KmcSettings s = KmcSettings.of(Carriers.ions(1), RunLength.seconds(hops * hopTime), hops * hopTime / 1000)
                .withReplicas(ctx.pick(32, 16)).withThreads(ctx.threads()).withSeed(101);
        List<ReplicaResult> rs = EngineRuns.run(network, p, s);
        TransportResult r = EngineRuns.analyze(EngineRuns.T_KELVIN, rs, EngineRuns.SHORT_LAGS);
        Reference ref = Reference.analytic("analytic:random-walk-" + lattice, "tracer D (cm²/s)",
                theoryA2 * Units.ANGSTROM2_TO_CM2, "random walk: D = (1/6) Σ_h Γ_h |r_h|², Γ = ν exp(−E/kT)");
        Measurement m = Measurement.of(r.tracer().isotropic(), EngineRuns.dof(r), "cm²/s");
        Comparison c = Comparison.evaluate(ref, m, Tolerance.statistical(
                "exact theory: only the statistical error of " + r.statisticalUnits() + " replicas remains"));
        return CaseResult.of(name(), tier(), "D*_iso of one ion on " + lattice + " (" + network.siteCount()
                + " sites), MSD slope over " + rs.size() + " replicas", c, EngineRuns.seconds(t0));
    }
}
