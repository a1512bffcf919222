package org.ionhop.output;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.ionhop.analysis.AnalysisSettings;
import org.ionhop.analysis.ArrheniusSummary;
import org.ionhop.analysis.SyntheticWalks;
import org.ionhop.analysis.TransportAnalyzer;
import org.ionhop.analysis.TransportResult;
import org.ionhop.common.Units;

/**
 * A small but complete run for output tests: simple-cubic random walks with Γ(T) = ν exp(−Ea/kB T),
 * lattice 2 Å, at three temperatures, 8 replicas of 16 ions, sample interval 1/(6Γ).
 */
final class SampleRun {
    static final double EA_EV = 0.3;
    static final double NU_HZ = 1e13;
    static final double[] TEMPERATURES = {400, 500, 600};

    private SampleRun() {}

    static double rateHz(double t) {
        return NU_HZ * Math.exp(-EA_EV / (Units.KB_EV_PER_K * t));
    }

    static RunResult create(long seed) {
        TransportAnalyzer analyzer = new TransportAnalyzer(AnalysisSettings.defaults());
        List<TemperatureRecord> temps = new ArrayList<>();
        List<TransportResult> results = new ArrayList<>();
        for (double t : TEMPERATURES) {
            double g = rateHz(t);
            SyntheticWalks w = new SyntheticWalks(2.0, new double[] {g, g, g}, 16, 1, 101, 1 / (6 * g));
            TransportResult r = analyzer.analyze(t, w.generate(seed + (long) t, 8), 1.0 / (8e-24), 1,
                    w.exactTracerIsoCm2PerS());
            results.add(r);
            double[] occupancy = new double[16];
            for (int i = 0; i < occupancy.length; i++) occupancy[i] = (i % 4) / 4.0 + t / 1e4;
            int[][] placed = new int[8][2], start = new int[8][2];
            for (int k = 0; k < 8; k++) {
                placed[k] = new int[] {k, k + 8};
                start[k] = new int[] {(k + 3) % 16, (k + 5) % 16};
            }
            temps.add(new TemperatureRecord(r, new long[] {1000 + (long) t, 7}, occupancy, new double[] {0.25, t / 1e4},
                    placed, start));
        }
        StructureRecord structure = new StructureRecord(
                new double[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, 2}},
                new double[][] {{0, 0, 0}, {0.5, 0.5, 0.5}},
                new double[][] {{0, 0, 0}, {1, 1, 1}},
                List.of("Li1", "X1"), List.of("Li", "Cl"), new double[] {1, 1});
        List<HopClassRecord> hops = List.of(
                new HopClassRecord("Li1-Li1", "Li1", "Li1", 2.0, EA_EV, 3),
                new HopClassRecord("Li1-X1", "Li1", "X1", Math.sqrt(3), 1.5, 8));
        RunMetadata meta = new RunMetadata("0.1.0-test", seed, "temperatures: [400, 500, 600]\nseed: " + seed + "\n",
                Instant.parse("2026-01-02T03:04:05Z"));
        // Two network sites per cell (Li1 at the origin, an interstitial i1 at the centre) in a 2x2x2 supercell.
        NetworkSitesRecord sites = new NetworkSitesRecord("Li", new int[] {2, 2, 2}, List.of("Li1", "i1"),
                new double[][] {{0, 0, 0}, {0.5, 0.5, 0.5}}, new double[][] {{0, 0, 0}, {1, 1, 1}}, List.of("Li1", "i1"),
                new int[] {0, 1}, new double[] {0, 0.2}, new int[][] {{0, 1, 0, 0, 0, 1}, {1, 0, 0, 0, 0, 1}});
        return new RunResult(meta, structure, hops, sites, temps, ArrheniusSummary.of(results));
    }
}
