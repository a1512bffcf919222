package org.ionhop.rates.ce;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ionhop.common.Units;
import org.ionhop.kmc.Carriers;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSimulation;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.RunLength;
import org.ionhop.kmc.Trajectory;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.DeckModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the engine: 5 ions on the 16 sites of the square lattice with a random I/Br host and
 * every kind of cluster (points, pairs, triplets, host-dependent ones, KRA clusters). At equilibrium
 * the time-averaged occupancy of each site and the mean number of nearest-neighbour ion pairs
 * equal their Boltzmann averages over all C(16, 5) = 4368 configurations, with energies from the
 * naive evaluator. The error bar is the scatter over independent replicas.
 */
class ClusterExpansionBoltzmannTest {
    private static final double KELVIN = 500;
    private static final int IONS = 5;

    @Test
    void occupanciesAndPairCountsFollowBoltzmann(@TempDir Path dir) throws Exception {
        DeckModel m = CeDecks.build(dir, CeDecks.square(dir, "{ions: " + IONS + "}", KELVIN,
                CeDecks.fullExpansion("occupation")));
        HopNetwork net = m.network();
        NaiveExpansion naive = new NaiveExpansion(m);
        int n = net.siteCount();
        double kT = Units.KB_EV_PER_K * KELVIN;
        // Exact: every configuration of IONS ions on n sites.
        double z = 0, pairs = 0;
        double[] occupancy = new double[n];
        double eMin = Double.POSITIVE_INFINITY;
        List<boolean[]> configs = new ArrayList<>();
        List<Double> energies = new ArrayList<>();
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) != IONS) continue;
            boolean[] occ = new boolean[n];
            for (int s = 0; s < n; s++) occ[s] = (mask >> s & 1) == 1;
            double e = naive.energyEv(occ);
            configs.add(occ);
            energies.add(e);
            eMin = Math.min(eMin, e);
        }
        for (int c = 0; c < configs.size(); c++) {
            double w = Math.exp(-(energies.get(c) - eMin) / kT);
            z += w;
            pairs += w * nearestPairs(naive, configs.get(c));
            for (int s = 0; s < n; s++) if (configs.get(c)[s]) occupancy[s] += w;
        }
        pairs /= z;
        for (int s = 0; s < n; s++) occupancy[s] /= z;
        fluxesBalanceHopByHop(m, configs, energies, eMin, kT);

        int replicas = 16;
        double sampleSeconds = 2e-11;
        KmcSettings settings = KmcSettings.of(Carriers.ions(IONS), RunLength.totalHops(150_000), sampleSeconds)
                .withEquilibration(RunLength.totalHops(5000)).withReplicas(replicas).withSeed(5);
        KmcSimulation sim = new KmcSimulation(net, m.rateParameters(KELVIN), settings);
        double[][] siteOcc = new double[replicas][];
        double[] pairMean = new double[replicas];
        for (int r = 0; r < replicas; r++) {
            ReplicaResult res = sim.runReplica(r);
            siteOcc[r] = res.occupationPerSite();
            Trajectory t = res.trajectory();
            assertTrue(t.sampleCount() > 1000, "too few samples: " + t.sampleCount());
            double[] pos = net.siteCartesian();
            for (int k = 0; k < t.sampleCount(); k++) {
                boolean[] occ = new boolean[n];
                for (int ion = 0; ion < IONS; ion++) {
                    int start = res.ionStartSite()[ion];
                    double[] p = new double[3];
                    for (int c = 0; c < 3; c++) p[c] = pos[3 * start + c] + t.displacement(k, ion, c);
                    occ[siteAt(net, p)] = true;
                }
                pairMean[r] += nearestPairs(naive, occ) / (double) t.sampleCount();
            }
        }
        boolean distinguishable = false;
        for (int s = 0; s < n; s++) {
            double[] v = new double[replicas];
            for (int r = 0; r < replicas; r++) v[r] = siteOcc[r][s];
            double[] me = meanError(v);
            assertTrue(me[1] > 0 && me[1] < 0.02, "site " + s + " too noisy: ± " + me[1]);
            assertTrue(Math.abs(me[0] - occupancy[s]) < 4.5 * me[1], "site " + s + ": kMC " + me[0] + " ± " + me[1]
                    + ", Boltzmann " + occupancy[s]);
            distinguishable |= Math.abs(occupancy[s] - IONS / (double) n) > 8 * me[1];
        }
        assertTrue(distinguishable, "site occupancies too close to uniform to test the energies");
        double[] pm = meanError(pairMean);
        assertTrue(Math.abs(pm[0] - pairs) < 4.5 * pm[1], "nearest-neighbour pairs: kMC " + pm[0] + " ± " + pm[1]
                + ", Boltzmann " + pairs);
        double random = IONS * (IONS - 1) / 2.0 * (2.0 * n) / (n * (n - 1) / 2.0); // 2n bonds among n(n-1)/2 site pairs
        assertTrue(Math.abs(pairs - random) > 6 * pm[1], "pair count too close to non-interacting (" + random + ")");
    }

    /**
     * Detailed balance of the rate model against the exact distribution: for every directed hop, the
     * equilibrium flux Σ_x P(x) Γ_h(x) equals that of its reverse, with P from the naive energies.
     */
    private static void fluxesBalanceHopByHop(DeckModel m, List<boolean[]> configs, List<Double> energies,
                                              double eMin, double kT) {
        HopNetwork net = m.network();
        org.ionhop.rates.RateModel rates = new org.ionhop.rates.RateModel(net, new org.ionhop.rates.HopTopology(net),
                m.rateParameters(KELVIN));
        int[] reverse = new org.ionhop.rates.HopTopology(net).reverseHop();
        double[] flux = new double[net.hopCount()];
        for (int c = 0; c < configs.size(); c++) {
            double w = Math.exp(-(energies.get(c) - eMin) / kT);
            for (int h = 0; h < flux.length; h++) flux[h] += w * rates.rateHz(h, configs.get(c));
        }
        double spread = 0;
        for (int h = 0; h < flux.length; h++) {
            assertTrue(flux[h] > 0, "hop " + h + " never happens");
            assertTrue(Math.abs(flux[h] - flux[reverse[h]]) <= 1e-9 * flux[h], "hop " + h + ": flux " + flux[h]
                    + ", reverse " + flux[reverse[h]]);
            spread = Math.max(spread, Math.abs(flux[h] / flux[0] - 1));
        }
        assertTrue(spread > 0.1, "all hops equally fast: the balance would hold without the energies");
    }

    private static double[] meanError(double[] v) {
        double mean = 0, var = 0;
        for (double x : v) mean += x / v.length;
        for (double x : v) var += (x - mean) * (x - mean) / (v.length - 1);
        return new double[] {mean, Math.sqrt(var / v.length)};
    }

    private static int nearestPairs(NaiveExpansion naive, boolean[] occ) {
        int count = 0;
        for (int a = 0; a < occ.length; a++) {
            if (!occ[a]) continue;
            for (int b = a + 1; b < occ.length; b++) {
                if (occ[b] && Math.abs(naive.distance(a, b) - CeDecks.A) < 1e-6) count++;
            }
        }
        return count;
    }

    private static int siteAt(HopNetwork net, double[] p) {
        double[] pos = net.siteCartesian();
        for (int s = 0; s < net.siteCount(); s++) {
            org.joml.Vector3d d = net.supercellCell().toFractional(new org.joml.Vector3d(p[0] - pos[3 * s],
                    p[1] - pos[3 * s + 1], p[2] - pos[3 * s + 2]), new org.joml.Vector3d());
            d.set(d.x - Math.rint(d.x), d.y - Math.rint(d.y), d.z - Math.rint(d.z));
            if (net.supercellCell().toCartesian(d, new org.joml.Vector3d()).length() < 1e-6) return s;
        }
        throw new AssertionError("sample position is not on a site");
    }
}
