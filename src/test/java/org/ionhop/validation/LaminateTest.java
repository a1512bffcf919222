package org.ionhop.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.ionhop.analysis.DiffusionTensor;
import org.ionhop.analysis.StudentT;
import org.ionhop.analysis.TransportResult;
import org.ionhop.common.Units;
import org.ionhop.kmc.Carriers;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSimulation;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.RunLength;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.CompositeDecks;
import org.ionhop.rates.DeckModel;
import org.ionhop.rates.RateModel;
import org.ionhop.rates.RateParameters;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A two-phase laminate (layers of 4 cells each on a simple-cubic lattice, one tracer): D along and
 * across the layers. With nearest-neighbour hops a tracer's motion normal to the layers is a 1-D
 * periodic chain of the site planes, and its motion along them has the rate of the plane it is in:
 * D_parallel = a² Σ_k π_k Γ_k (the Boltzmann-weighted arithmetic mean: "parallel") and
 * D_normal = (N a)² / Σ_k 1/(π_k Γ_{k→k+1}) (the harmonic mean of the link conductances: "series"),
 * π_k the Boltzmann weight of plane k over one period of N planes. Both are exact here, and the
 * periodic-chain corrector must reproduce them; kMC must agree with them within its error.
 */
class LaminateTest {
    @TempDir Path dir;

    private static final double KELVIN = 600;

    private DeckModel laminate(String normal, double siteShiftEv) {
        int[] n = normal.equals("c") ? new int[] {3, 3, 8} : new int[] {8, 3, 3};
        String regions = """
                regions:
                  layers: {normal: %s, stack: [{phase: A, thickness_cells: 4}, {phase: B, thickness_cells: 4}]}
                  phases:
                    - {name: A}
                    - {name: B, barrier_shift_eV: -0.10, site_energy_shift_eV: %s}
                  interfaces:
                    - between: [A, B]
                      width_angstrom: 0
                      hop_classes: [{from: Li1, to: Li1, length_angstrom: 3.0, barrier_eV: 0.26}]
                """.formatted(normal, siteShiftEv);
        return DeckModel.build(CompositeDecks.deck(dir, n[0], n[1], n[2], "{ions: 1}", regions));
    }

    /** Rate of the hop out of a site in plane k (index along {@code axis}) along +{@code along}, Hz. */
    private static double rate(HopNetwork net, RateModel rates, int axis, int k, int along) {
        double a = CompositeDecks.A;
        for (int s = 0; s < net.siteCount(); s++) {
            if (Math.round(net.siteCartesian()[3 * s + axis] / a) != k) continue;
            for (int h = net.hopStart()[s]; h < net.hopStart()[s + 1]; h++) {
                if (net.hopVector()[3 * h + along] > 1) return rates.isolatedRateHz(h);
            }
        }
        throw new IllegalStateException("no hop from plane " + k);
    }

    @ParameterizedTest(name = "layers normal to {0}, B sites {1} eV higher")
    @CsvSource({"c, 0.0", "c, 0.04", "a, 0.0", "a, 0.04"})
    void alongAndAcrossTheLayersAsTheExactPeriodicChainAndKmcGive(String normal, double shiftEv) {
        DeckModel model = laminate(normal, shiftEv);
        HopNetwork net = model.network();
        RateParameters p = model.rateParameters(KELVIN);
        KmcSettings one = KmcSettings.of(Carriers.ions(1), RunLength.none(), 1);
        RateModel rates = new KmcSimulation(net, p, one).rateModel();
        int axis = normal.equals("c") ? 2 : 0;
        int along = normal.equals("c") ? 0 : 2;
        int planes = 8;
        double kT = Units.KB_EV_PER_K * KELVIN;
        double[] w = new double[planes];
        double z = 0;
        for (int k = 0; k < planes; k++) {
            w[k] = Math.exp(-(k < 4 ? 0 : shiftEv) / kT);
            z += w[k];
        }
        double a = CompositeDecks.A;
        double parallel = 0, resistance = 0;
        for (int k = 0; k < planes; k++) {
            parallel += w[k] / z * rate(net, rates, axis, k, along) * a * a;
            resistance += 1 / (w[k] / z * rate(net, rates, axis, k, axis));
        }
        double series = planes * a * planes * a / resistance;

        double[] exact = AnalyticResults.periodicWalkDiffusionTensorAngstrom2PerS(net, rates);
        assertEquals(parallel, exact[4 * along], 1e-9 * parallel, "parallel mean vs periodic chain");
        assertEquals(series, exact[4 * axis], 1e-9 * series, "series mean vs periodic chain");
        // A contrast that matters: across is well below along (the interface and B's higher sites slow it).
        assertTrue(series < 0.8 * parallel, "series " + series + " parallel " + parallel);

        double hopTime = 1 / (4 * rate(net, rates, axis, 0, along) + 2 * rate(net, rates, axis, 0, axis));
        long hops = 200_000;
        KmcSettings s = KmcSettings.of(Carriers.ions(1), RunLength.seconds(hops * hopTime), hops * hopTime / 1000)
                .withEquilibration(RunLength.totalHops(2000)).withReplicas(32).withThreads(2).withSeed(17);
        List<ReplicaResult> rs = new KmcSimulation(net, p, s).run();
        // Lags of 2000-10000 hops: across the layers the MSD is linear only once the tracer has crossed a
        // period (8 planes, a few hundred hops); short lags give many independent windows per replica.
        TransportResult r = EngineRuns.analyze(KELVIN, rs, new org.ionhop.analysis.FitWindow(0.01, 0.05));
        DiffusionTensor d = r.tracer();
        double q = StudentT.twoSidedQuantile(StudentT.THREE_SIGMA_COVERAGE, EngineRuns.dof(r));
        for (int[] ab : new int[][] {{along, along}, {axis, axis}}) {
            double theory = (ab[0] == along ? parallel : series) * Units.ANGSTROM2_TO_CM2;
            double got = d.valueCm2PerS()[ab[0]][ab[1]], err = d.stderrCm2PerS()[ab[0]][ab[1]];
            assertTrue(err < 0.06 * theory, "error bar too wide to test: " + err + " vs " + theory);
            assertTrue(Math.abs(got - theory) <= q * err, "D[" + ab[0] + "][" + ab[1] + "] = " + got + " ± " + err
                    + " cm²/s, exact " + theory);
            // ... and the error bar is small enough to tell series from parallel.
            double other = (ab[0] == along ? series : parallel) * Units.ANGSTROM2_TO_CM2;
            assertTrue(Math.abs(got - other) > q * err, "cannot tell the series from the parallel mean: " + got);
        }
    }
}
