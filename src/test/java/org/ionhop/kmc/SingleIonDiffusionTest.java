package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ionhop.common.Units;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;
import org.ionhop.validation.AnalyticResults;
import org.ionhop.validation.ReplicaStatistics;
import org.junit.jupiter.api.Test;

/** One ion alone is a random walk: D = (1/2d) Σ_h Γ_h |r_h|², exactly, at every time scale. */
class SingleIonDiffusionTest {
    private static final double BARRIER_EV = 0.3;
    private static final double NU_HZ = 1e13;
    private static final double T_KELVIN = 600;

    @Test
    void simpleCubic() {
        assertRandomWalk(TestLattices.simpleCubic(8));
    }

    @Test
    void bodyCentredCubic() {
        assertRandomWalk(TestLattices.bcc(5));
    }

    @Test
    void faceCentredCubic() {
        assertRandomWalk(TestLattices.fcc(4));
    }

    static void assertRandomWalk(HopNetwork network) {
        RateParameters p = RateParameters.uniform(network.classes().size(), network.siteLabels().size(),
                BARRIER_EV, NU_HZ, T_KELVIN);
        KmcSimulation probe = new KmcSimulation(network, p, KmcSettings.of(Carriers.ions(1), RunLength.none(), 1));
        double theory = AnalyticResults.randomWalkDiffusionAngstrom2PerS(network, probe.rateModel(), 0);
        double gamma = NU_HZ * Math.exp(-BARRIER_EV / (Units.KB_EV_PER_K * T_KELVIN));
        int[] start = network.hopStart();
        int z = start[1] - start[0];
        double hopTime = 1 / (z * gamma);
        // ~8 hops per sample, 1500 samples per replica: each window is an independent random-walk leg.
        KmcSettings s = KmcSettings.of(Carriers.ions(1), RunLength.seconds(12000 * hopTime), 8 * hopTime)
                .withReplicas(16).withSeed(11);
        List<ReplicaResult> results = new KmcSimulation(network, p, s).run();
        var d = ReplicaStatistics.overReplicas(results, r -> ReplicaStatistics.tracerDiffusion(r.trajectory(), 1, 3));
        assertTrue(d.error() < 0.02 * theory, "error bar too wide to test anything: " + d);
        assertTrue(d.agreesWith(theory, 3), "D = " + d + " Å²/s, random-walk theory " + theory);
    }
}
