package org.ionhop.validation;

import java.util.List;
import java.util.Locale;

import org.ionhop.analysis.Estimate;
import org.ionhop.analysis.FitWindow;
import org.ionhop.analysis.TransportResult;
import org.ionhop.common.Units;
import org.ionhop.deck.Deck;
import org.ionhop.kmc.Carriers;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSimulation;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.RunLength;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.DeckModel;
import org.ionhop.rates.RateModel;
import org.ionhop.rates.RateParameters;

/**
 * A composite through the whole deck path (regions: layers, phase shifts, an interface barrier): one
 * tracer in a two-phase laminate, D along or across the layers against the exact tensor of the
 * periodic walk ({@link AnalyticResults#periodicWalkDiffusionTensorAngstrom2PerS}), which for this
 * geometry is the Boltzmann-weighted parallel mean along and the series (harmonic) mean across.
 * The case also reports the other mean, so a result that cannot tell them apart is visible.
 */
public final class LaminateCase implements ValidationCase {
    static final String DECK = "laminate_sc_two_phase.yaml";
    private static final int LAYER_NORMAL = 2; // the deck stacks along c

    private final boolean across;

    /** @param across true for D across the layers (series), false along them (parallel) */
    public LaminateCase(boolean across) {
        this.across = across;
    }

    @Override public String name() { return across ? "laminate-D-across-layers" : "laminate-D-along-layers"; }

    @Override public Tier tier() { return Tier.ANALYTIC; }

    @Override
    public CaseResult run(CaseContext ctx) {
        long t0 = System.nanoTime();
        DeckModel model = DeckModel.build(Deck.load(ctx.deck(DECK)));
        HopNetwork net = model.network();
        double kelvin = model.deck().temperaturesK().get(0);
        RateParameters p = model.rateParameters(kelvin);
        RateModel rates = new KmcSimulation(net, p, KmcSettings.of(Carriers.ions(1), RunLength.none(), 1)).rateModel();
        double[] exact = AnalyticResults.periodicWalkDiffusionTensorAngstrom2PerS(net, rates);
        int axis = across ? LAYER_NORMAL : 0;
        int other = across ? 0 : LAYER_NORMAL;
        double theory = exact[4 * axis] * Units.ANGSTROM2_TO_CM2;

        double outRate = 0;
        for (int h = net.hopStart()[0]; h < net.hopStart()[1]; h++) outRate += rates.isolatedRateHz(h);
        long hops = ctx.pick(200_000L, 60_000L);
        double hopTime = 1 / outRate;
        KmcSettings s = KmcSettings.of(Carriers.ions(1), RunLength.seconds(hops * hopTime), hops * hopTime / 1000)
                .withEquilibration(RunLength.totalHops(2000)).withReplicas(ctx.pick(32, 16))
                .withThreads(ctx.threads()).withSeed(17);
        List<ReplicaResult> rs = EngineRuns.run(net, p, s);
        // Lags long enough to cross a period of 8 planes (a few hundred hops), short enough for many windows.
        TransportResult r = EngineRuns.analyze(kelvin, rs, new FitWindow(0.01, 0.05));
        Estimate d = new Estimate(r.tracer().valueCm2PerS()[axis][axis], r.tracer().stderrCm2PerS()[axis][axis]);
        Reference ref = Reference.analytic("analytic:laminate-periodic-walk", (across ? "D*_zz across" : "D*_xx along")
                + " the layers (cm²/s)", theory, String.format(Locale.ROOT, "exact periodic walk through the deck's "
                + "regions (%s mean); the %s mean would be %.4g cm²/s", across ? "series" : "parallel",
                across ? "parallel" : "series", exact[4 * other] * Units.ANGSTROM2_TO_CM2));
        Comparison c = Comparison.evaluate(ref, Measurement.of(d, EngineRuns.dof(r), "cm²/s"), Tolerance.statistical(
                "exact theory: only the statistical error of " + r.statisticalUnits() + " replicas remains"));
        return CaseResult.of(name(), tier(), "one tracer in a two-phase laminate (" + DECK + "), "
                + (across ? "across" : "along") + " the layers, MSD over " + rs.size() + " replicas", c,
                EngineRuns.seconds(t0));
    }
}
