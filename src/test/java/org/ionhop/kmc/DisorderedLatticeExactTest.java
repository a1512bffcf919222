package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.ionhop.common.Units;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.EnergyLandscape;
import org.ionhop.rates.HopTopology;
import org.ionhop.rates.RateParameters;
import org.junit.jupiter.api.Test;

/**
 * Exact results for a single tracer on a quenched disordered lattice, with the disorder entered
 * through the rates-side per-site/per-hop energies (the mechanism host disorder uses).
 * <ul>
 * <li>Random-trap model: site energies E_i vary, every hop out of site i goes over one common saddle
 * E_s (E_KRA(i,j) = E_s − (E_i + E_j)/2, so E_a(i→j) = E_s − E_i). The embedded walk is a simple
 * random walk with a uniform stationary distribution on the periodic lattice, so
 * D = (z l² / 2d) / ⟨1/w_i⟩ over the sites, w_i = ν exp(−(E_s − E_i)/kT) per bond.</li>
 * <li>1D random-barrier model: bond barriers E_b vary along a chain, all sites equal; D = l² / ⟨1/w_b⟩
 * over the bonds. The chains are the x rows of a simple-cubic supercell whose y and z hops are
 * frozen (E_KRA = 10 eV, rate ratio e^-190); every row has the same bond sequence.</li>
 * </ul>
 * The test's estimate is ⟨R_x²⟩/(2t) (or ⟨R²⟩/(6t)) over independent replicas with its standard
 * error; it must agree with the exact value within 4 standard errors.
 */
class DisorderedLatticeExactTest {
    static final double T = 600, NU = 1e13, L = TestLattices.A;

    @Test
    void randomTrapModelMatchesTheExactHarmonicMean() {
        int n = 6;
        HopNetwork net = TestLattices.simpleCubic(n);
        double kT = Units.KB_EV_PER_K * T, saddle = 0.35;
        double[] levels = {0.0, -0.06, -0.12};
        SplittableRandom random = new SplittableRandom(5);
        RateParameters base = RateParameters.uniform(1, 1, 0.3, NU, T);
        EnergyLandscape.Builder b = EnergyLandscape.startingFrom(net, base);
        double[] e = new double[net.siteCount()];
        double meanInverse = 0;
        for (int s = 0; s < e.length; s++) {
            e[s] = levels[random.nextInt(levels.length)];
            b.setSiteEnergyEv(s, e[s]);
            meanInverse += 1 / (NU * Math.exp(-(saddle - e[s]) / kT));
        }
        meanInverse /= e.length;
        int[] source = new HopTopology(net).hopSource();
        for (int h = 0; h < net.hopCount(); h++) {
            b.setKraBarrierEv(h, saddle - (e[source[h]] + e[net.hopTarget()[h]]) / 2);
        }
        double exact = 6 * L * L / (2 * 3) / meanInverse; // Å²/s
        double[] estimate = tracerDiffusion(net, base.withLandscape(b.build()), 0, 160, 40000);
        assertAgrees(exact, estimate, "random-trap D");
    }

    @Test
    void oneDimensionalRandomBarrierModelMatchesTheExactHarmonicMean() {
        int n = 24;
        HopNetwork net = TestLattices.simpleCubicBox(n, 3, 3);
        double kT = Units.KB_EV_PER_K * T;
        double[] barriers = new double[n];
        SplittableRandom random = new SplittableRandom(8);
        double meanInverse = 0;
        for (int x = 0; x < n; x++) {
            barriers[x] = 0.2 + 0.15 * random.nextDouble();   // bond between row position x and x+1
            meanInverse += 1 / (NU * Math.exp(-barriers[x] / kT));
        }
        meanInverse /= n;
        RateParameters base = RateParameters.uniform(1, 1, 0.3, NU, T);
        EnergyLandscape.Builder b = EnergyLandscape.startingFrom(net, base);
        int[] source = new HopTopology(net).hopSource();
        double[] xyz = net.siteCartesian(), v = net.hopVector();
        for (int h = 0; h < net.hopCount(); h++) {
            boolean alongX = Math.abs(v[3 * h]) > 0.5 * L;
            if (!alongX) {
                b.setKraBarrierEv(h, 10.0);
                continue;
            }
            int x = (int) Math.round(xyz[3 * source[h]] / L);
            int left = v[3 * h] > 0 ? x : Math.floorMod(x - 1, n);  // the bond's left end
            b.setKraBarrierEv(h, barriers[left]);
        }
        double exact = L * L / meanInverse;
        double[] estimate = tracerDiffusion(net, base.withLandscape(b.build()), 1, 480, 20000);
        assertAgrees(exact, estimate, "1D random-barrier D");
    }

    /**
     * D of one tracer, Å²/s, with its standard error over replicas: ⟨R²⟩/(6t) ({@code axis} 0) or
     * ⟨R_x²⟩/(2t) ({@code axis} 1).
     */
    static double[] tracerDiffusion(HopNetwork net, RateParameters p, int axis, int replicas, long hops) {
        KmcSettings s = KmcSettings.of(Carriers.ions(1), RunLength.totalHops(hops), Double.POSITIVE_INFINITY)
                .withEquilibration(RunLength.totalHops(100)).withReplicas(replicas).withSeed(31).withThreads(2);
        List<ReplicaResult> results = new KmcSimulation(net, p, s).run();
        double sum = 0, sum2 = 0;
        for (ReplicaResult r : results) {
            double[] d = r.finalDisplacementAngstrom();
            double value = axis == 0 ? (d[0] * d[0] + d[1] * d[1] + d[2] * d[2]) / (6 * r.simulatedTimeSeconds())
                    : d[0] * d[0] / (2 * r.simulatedTimeSeconds());
            sum += value;
            sum2 += value * value;
        }
        double mean = sum / replicas;
        double err = Math.sqrt((sum2 / replicas - mean * mean) / (replicas - 1));
        return new double[] {mean, err};
    }

    static void assertAgrees(double exact, double[] estimate, String what) {
        assertTrue(Math.abs(estimate[0] - exact) < 4 * estimate[1] && estimate[1] < 0.1 * exact,
                String.format("%s: kMC %.4g ± %.2g Å²/s, exact %.4g Å²/s", what, estimate[0], estimate[1], exact));
    }
}
