package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.ionhop.common.Units;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.EnergyLandscape;
import org.ionhop.rates.EnvironmentTally;
import org.ionhop.rates.HopTopology;
import org.ionhop.rates.RateParameters;
import org.ionhop.rates.ReplicaModels;
import org.junit.jupiter.api.Test;

/**
 * Replicas on their own disorder realisations ({@link ReplicaModels}): a single tracer in the
 * random-trap model on a 3×3×3 simple-cubic lattice (27 sites, traps on a random half), where each
 * realisation has the exact D_r = (z l² / 6) / ⟨1/w_i⟩_r (the embedded walk is a simple random walk
 * and, started in equilibrium, the MSD is l² × the mean number of jumps, linear in t). Each replica's
 * D is estimated from K non-overlapping windows of its trajectory.
 * <ul>
 * <li>The mean over replicas agrees with the ensemble mean of the exact D_r of the realisations run;</li>
 * <li>the scatter of per-replica D across replicas is far larger than with one shared realisation
 * (disorder-to-disorder scatter enters the error bars) and matches var(D_r) + the sampling noise.</li>
 * </ul>
 */
class DisorderRealisationsTest {
    static final double T = 600, NU = 1e13, L = TestLattices.A, SADDLE = 0.35, TRAP = -0.15;
    static final int REPLICAS = 24, WINDOWS = 100;

    /** Site energies of realisation r: a trap (TRAP eV) on a random half of the sites, seeded by r. */
    static double[] realisation(int sites, int r) {
        double[] e = new double[sites];
        int[] order = new SplittableRandom(1000 + r).ints(0, Integer.MAX_VALUE).limit(sites).toArray();
        Integer[] idx = new Integer[sites];
        for (int i = 0; i < sites; i++) idx[i] = i;
        java.util.Arrays.sort(idx, (a, b) -> Integer.compare(order[a], order[b]));
        for (int k = 0; k < sites / 2 + (r % 3 == 0 ? 2 : 0) - (r % 3 == 1 ? 2 : 0); k++) e[idx[k]] = TRAP;
        return e;
    }

    static RateParameters randomTrap(HopNetwork net, double[] e) {
        RateParameters base = RateParameters.uniform(1, 1, 0.3, NU, T);
        EnergyLandscape.Builder b = EnergyLandscape.startingFrom(net, base);
        for (int s = 0; s < e.length; s++) b.setSiteEnergyEv(s, e[s]);
        int[] source = new HopTopology(net).hopSource();
        for (int h = 0; h < net.hopCount(); h++) b.setKraBarrierEv(h, SADDLE - (e[source[h]] + e[net.hopTarget()[h]]) / 2);
        return base.withLandscape(b.build());
    }

    static double exactD(double[] e) {
        double kT = Units.KB_EV_PER_K * T, meanInverse = 0;
        for (double ei : e) meanInverse += 1 / (NU * Math.exp(-(SADDLE - ei) / kT)) / e.length;
        return 6 * L * L / 6 / meanInverse;
    }

    /** Per-replica D (Å²/s) from K windows, for replicas on their own or on one shared realisation. */
    static double[] perReplicaD(HopNetwork net, boolean own, double windowSeconds) {
        ReplicaModels models = new ReplicaModels() {
            @Override public RateParameters parameters(int r) { return randomTrap(net, realisation(net.siteCount(), own ? r : 0)); }
            @Override public EnvironmentTally tally(int r) { return null; }
            @Override public boolean shared() { return !own; }
        };
        KmcSettings s = KmcSettings.of(Carriers.ions(1), RunLength.seconds(WINDOWS * windowSeconds), windowSeconds)
                .withEquilibration(RunLength.totalHops(500)).withReplicas(REPLICAS).withSeed(8).withThreads(2);
        List<ReplicaResult> results = new KmcSimulation(net, models, s, null).run();
        double[] d = new double[REPLICAS];
        for (ReplicaResult r : results) {
            Trajectory t = r.trajectory();
            double sum = 0;
            for (int k = 1; k < t.sampleCount(); k++) {
                for (int c = 0; c < 3; c++) {
                    double dx = t.displacement(k, 0, c) - t.displacement(k - 1, 0, c);
                    sum += dx * dx;
                }
            }
            d[r.replica()] = sum / (6 * (t.sampleCount() - 1) * windowSeconds);
        }
        return d;
    }

    @Test
    void perReplicaRealisationsAddTheDisorderScatterAndAverageToTheEnsembleResult() {
        HopNetwork net = TestLattices.simpleCubic(3);
        double d0 = exactD(realisation(net.siteCount(), 0));
        double windowSeconds = 300 * L * L / d0; // ~300 hops per window
        double[] own = perReplicaD(net, true, windowSeconds);
        double[] shared = perReplicaD(net, false, windowSeconds);

        double[] exact = new double[REPLICAS];
        for (int r = 0; r < REPLICAS; r++) exact[r] = exactD(realisation(net.siteCount(), r));
        double ensemble = mean(exact), measured = mean(own);
        double err = Math.sqrt(variance(own) / REPLICAS);
        assertEquals(ensemble, measured, 4 * err, "mean over replicas vs the ensemble mean of the exact D_r");
        assertEquals(d0, mean(shared), 4 * Math.sqrt(variance(shared) / REPLICAS), "one realisation: its exact D");

        double noise = variance(shared), disorder = variance(exact), total = variance(own);
        assertTrue(disorder > 2 * noise, "the test needs disorder scatter above the sampling noise: "
                + disorder + " vs " + noise);
        assertTrue(total > 2.5 * noise, String.format("per-replica realisations must widen the scatter: var %.3g vs "
                + "%.3g with one realisation", total, noise));
        // var(own) ≈ var(D_r) + noise: within the sampling error of a variance from 24 replicas (≈ 30 %) ×3.
        double expected = disorder + noise;
        assertTrue(Math.abs(total - expected) < 0.9 * expected, String.format("var %.3g, expected %.3g", total, expected));
    }

    static double mean(double[] a) {
        double s = 0;
        for (double v : a) s += v;
        return s / a.length;
    }

    static double variance(double[] a) {
        double m = mean(a), v = 0;
        for (double x : a) v += (x - m) * (x - m);
        return v / (a.length - 1);
    }
}
