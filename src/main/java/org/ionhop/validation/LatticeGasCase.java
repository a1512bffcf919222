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
import org.ionhop.rates.RateParameters;

/**
 * Non-interacting lattice gas with site exclusion, n ions on N sites (c = n/N):
 * <ul>
 * <li>{@link Quantity#JUMP_DIFFUSION}: the centre-of-mass displacement is a martingale, so
 *     D_J = D0 (N − n)/(N − 1) exactly (→ D0 (1 − c)), with D0 the single-ion random-walk D;
 * <li>{@link Quantity#HAVEN_RATIO} with one vacancy (n = N − 1): D_J = D0/(N − 1) and
 *     D* = f_N D0/(N − 1), so H = D* / D_J = f_N, the finite-cell Compaan–Haven factor — the Haven ratio
 *     equals the tracer correlation factor, here measured through the production MSD analysis.
 * </ul>
 */
public final class LatticeGasCase implements ValidationCase {
    /** What the case checks. */
    public enum Quantity { JUMP_DIFFUSION, HAVEN_RATIO }

    private final HopNetwork network;
    private final String lattice;
    private final Quantity quantity;
    private final int ions;
    private final String fReferenceId;
    private final String finiteCellId;

    private LatticeGasCase(String lattice, HopNetwork network, Quantity quantity, int ions, String fReferenceId,
                           String finiteCellId) {
        this.lattice = lattice;
        this.network = network;
        this.quantity = quantity;
        this.ions = ions;
        this.fReferenceId = fReferenceId;
        this.finiteCellId = finiteCellId;
    }

    /** D_J = D0 (N − n)/(N − 1) at filling c (rounded to whole ions). */
    public static LatticeGasCase jumpDiffusion(String lattice, HopNetwork network, double filling) {
        return new LatticeGasCase(lattice, network, Quantity.JUMP_DIFFUSION,
                (int) Math.round(filling * network.siteCount()), null, null);
    }

    /** H = f_N with one vacancy; f from references.yaml plus the finite-cell constant. */
    public static LatticeGasCase havenSingleVacancy(String lattice, HopNetwork network, String fReferenceId,
                                                    String finiteCellId) {
        return new LatticeGasCase(lattice, network, Quantity.HAVEN_RATIO, network.siteCount() - 1, fReferenceId,
                finiteCellId);
    }

    @Override
    public String name() {
        return quantity == Quantity.JUMP_DIFFUSION
                ? String.format(Locale.ROOT, "lattice-gas-DJ-%s-c%.2f", lattice, (double) ions / network.siteCount())
                : "haven-ratio-single-vacancy-" + lattice;
    }

    @Override public Tier tier() { return Tier.ANALYTIC; }

    @Override
    public CaseResult run(CaseContext ctx) {
        long t0 = System.nanoTime();
        int n = network.siteCount();
        RateParameters p = EngineRuns.uniform(network);
        KmcSimulation probe = new KmcSimulation(network, p, KmcSettings.of(Carriers.ions(1), RunLength.none(), 1));
        double d0Cm2 = AnalyticResults.randomWalkDiffusionAngstrom2PerS(network, probe.rateModel(), 0)
                * Units.ANGSTROM2_TO_CM2;
        int z = network.hopStart()[1] - network.hopStart()[0];
        double attemptTime = 1 / (z * probe.rateModel().isolatedRateHz(0)); // mean time between one ion's hop attempts
        int replicas = ctx.pick(16, 8);
        KmcSettings s;
        if (quantity == Quantity.JUMP_DIFFUSION) {
            double length = ctx.pick(4000, 1000) * attemptTime;
            s = KmcSettings.of(Carriers.ions(ions), RunLength.seconds(length), length / 400)
                    .withEquilibration(RunLength.hopsPerIon(5));
        } else {
            // every ion must jump many times: one ion jumps once per ~N/z vacancy hops of the single vacancy
            double length = ctx.pick(8000, 2000) * (double) n * attemptTime;
            s = KmcSettings.of(Carriers.vacancies(1), RunLength.seconds(length), length / 400);
        }
        s = s.withReplicas(replicas).withThreads(ctx.threads()).withSeed(31 + ions);
        List<ReplicaResult> rs = EngineRuns.run(network, p, s);
        // D_J is exactly linear at every lag; D* with one vacancy needs lags of many tracer jumps (0.02 of the run ≈ 20+)
        TransportResult r = EngineRuns.analyze(EngineRuns.T_KELVIN, rs, quantity == Quantity.JUMP_DIFFUSION
                ? EngineRuns.SHORT_LAGS : new org.ionhop.analysis.FitWindow(0.02, 0.1));
        String stats = "exact theory: only the statistical error of " + r.statisticalUnits() + " replicas remains";
        if (quantity == Quantity.JUMP_DIFFUSION) {
            double theory = d0Cm2 * (n - ions) / (n - 1.0);
            Reference ref = Reference.analytic("analytic:lattice-gas-DJ", "jump diffusion D_J (cm²/s)", theory,
                    "non-interacting lattice gas: D_J = D0 (N − n)/(N − 1), D0 = (1/6) Σ Γ r²");
            Comparison c = Comparison.evaluate(ref, Measurement.of(r.jump().isotropic(), EngineRuns.dof(r), "cm²/s"),
                    Tolerance.statistical(stats));
            return CaseResult.of(name(), tier(), String.format(Locale.ROOT,
                    "D_J (centre-of-mass MSD) of %d ions on %d %s sites", ions, n, lattice), c, EngineRuns.seconds(t0));
        }
        Reference fInf = ctx.references().get(fReferenceId);
        double finiteSizeConstant = ctx.references().get(finiteCellId).value();
        Reference ref = fInf.withValue(fReferenceId + "+finite-size", fInf.value() + finiteSizeConstant / n,
                fInf.uncertainty(), String.format(Locale.ROOT, "finite cell: H = f_N = f + %.2f/N, N = %d",
                        finiteSizeConstant, n));
        Comparison c = Comparison.evaluate(ref, Measurement.of(r.havenRatio(), EngineRuns.dof(r), "1"),
                Tolerance.statistical(stats));
        return CaseResult.of(name(), tier(), "Haven ratio D* / D_J from the MSD analysis, 1 vacancy in " + n + " "
                + lattice + " sites", c, EngineRuns.seconds(t0));
    }
}
