package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ionhop.common.Units;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;
import org.ionhop.rates.RingNetwork;
import org.ionhop.validation.AnalyticResults;
import org.ionhop.validation.ReplicaStatistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Time-averaged occupations reach thermal equilibrium: two site types (g_A = g_B sites) with
 * energy difference dE follow the exact canonical (finite-N Fermi–Dirac) distribution for a fixed
 * ion count, the Boltzmann ratio for a single ion, and with pair interactions the Boltzmann
 * distribution over all configurations of a small system, enumerated exactly.
 */
class EquilibriumOccupationTest {
    private static final double DE_EV = 0.1;
    private static final double KRA_EV = 0.3;
    private static final double NU_HZ = 1e13;

    /** One ion: n_B / n_A = (g_B / g_A) exp(-dE / kB T), the dilute (Boltzmann) limit. */
    @ParameterizedTest
    @ValueSource(doubles = {300, 600, 1200})
    void singleIonFollowsBoltzmann(double kelvin) {
        HopNetwork net = TestLattices.cesiumChloride(3);
        double beta = 1 / (Units.KB_EV_PER_K * kelvin);
        double expectedB = Math.exp(-beta * DE_EV) / (1 + Math.exp(-beta * DE_EV)); // probability on a B site
        List<ReplicaResult> rs = run(net, kelvin, Carriers.ions(1), 20000);
        int b = net.siteLabels().indexOf("B");
        var fracB = ReplicaStatistics.overReplicas(rs, r -> share(r, net, b, 1));
        assertTrue(fracB.error() < 0.03 * expectedB, "too noisy: " + fracB);
        assertTrue(fracB.agreesWith(expectedB, 3.5), "P(B) = " + fracB + ", Boltzmann " + expectedB + " at " + kelvin + " K");
    }

    /** Quarter filling: the exact canonical mean count on B sites for N_A = N_B sites and n ions. */
    @ParameterizedTest
    @ValueSource(doubles = {300, 600, 1200})
    void manyIonsFollowCanonicalFermiDirac(double kelvin) {
        HopNetwork net = TestLattices.cesiumChloride(5);
        int sitesPerType = net.siteCount() / 2;
        int ions = net.siteCount() / 4;
        double expected = AnalyticResults.canonicalMeanOnB(sitesPerType, sitesPerType, ions, DE_EV / (Units.KB_EV_PER_K * kelvin));
        List<ReplicaResult> rs = run(net, kelvin, Carriers.ions(ions), 2000);
        int b = net.siteLabels().indexOf("B");
        var onB = ReplicaStatistics.overReplicas(rs, r -> r.occupationPerSiteType()[b] * sitesPerType);
        assertTrue(onB.error() < 0.02 * expected, "too noisy: " + onB);
        assertTrue(onB.agreesWith(expected, 3.5), "<n_B> = " + onB + ", exact canonical " + expected + " at " + kelvin + " K");
    }

    /**
     * Pair interactions, 4 ions on a 12-site ring: the time-averaged occupation of B sites equals the
     * Boltzmann average over all 495 configurations, and differs clearly from the non-interacting value.
     */
    @ParameterizedTest
    @ValueSource(doubles = {450, 900})
    void interactingSystemReachesBoltzmannDistribution(double kelvin) {
        HopNetwork net = RingNetwork.create(12);
        RateParameters p = new RateParameters(new double[] {0.25, 0.02}, new double[] {1e13, 3e12},
                new double[] {0.0, 0.15}, new double[] {0.07, -0.03}, kelvin);
        int ions = 4;
        double exact = enumeratedMeanOccupation(net, p, ions, 1);
        double free = enumeratedMeanOccupation(net, p.withPairEnergies(0, 0), ions, 1);
        KmcSettings s = KmcSettings.of(Carriers.ions(ions), RunLength.totalHops(200_000), 1)
                .withEquilibration(RunLength.totalHops(2000)).withReplicas(8).withSeed(99);
        var occB = ReplicaStatistics.overReplicas(new KmcSimulation(net, p, s).run(), r -> r.occupationPerSiteType()[1]);
        assertTrue(Math.abs(exact - free) > 6 * occB.error(), "interactions do not change the answer enough to test");
        assertTrue(occB.agreesWith(exact, 3.5), "B occupation " + occB + ", exact " + exact + " (without J " + free + ")");
    }

    private static List<ReplicaResult> run(HopNetwork net, double kelvin, Carriers carriers, double hopsPerIon) {
        double[] siteEnergy = new double[2];
        siteEnergy[net.siteLabels().indexOf("B")] = DE_EV;
        RateParameters p = RateParameters.uniform(1, 2, KRA_EV, NU_HZ, kelvin).withSiteEnergies(siteEnergy);
        KmcSettings s = KmcSettings.of(carriers, RunLength.hopsPerIon(hopsPerIon), 1)
                .withEquilibration(RunLength.hopsPerIon(hopsPerIon / 10)).withReplicas(8).withSeed(7);
        return new KmcSimulation(net, p, s).run();
    }

    /** Fraction of the ions' time spent on sites of a type. */
    private static double share(ReplicaResult r, HopNetwork net, int type, int ions) {
        long sitesOfType = java.util.Arrays.stream(net.siteType()).filter(t -> t == type).count();
        return r.occupationPerSiteType()[type] * sitesOfType / ions;
    }

    /** Boltzmann average over every configuration of the mean occupation of sites of a type. */
    private static double enumeratedMeanOccupation(HopNetwork net, RateParameters p, int ions, int type) {
        int n = net.siteCount();
        double kT = Units.KB_EV_PER_K * p.temperatureKelvin();
        double z = 0, sum = 0;
        long sitesOfType = java.util.Arrays.stream(net.siteType()).filter(t -> t == type).count();
        for (int mask = 0; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) != ions) continue;
            boolean[] occ = new boolean[n];
            int onType = 0;
            for (int s = 0; s < n; s++) {
                occ[s] = (mask >> s & 1) == 1;
                if (occ[s] && net.siteType()[s] == type) onType++;
            }
            double w = Math.exp(-RingNetwork.referenceEnergyEv(net, p, occ) / kT);
            z += w;
            sum += w * onType;
        }
        return sum / z / sitesOfType;
    }
}
