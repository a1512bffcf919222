package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;

import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;
import org.junit.jupiter.api.Test;

/** Results depend only on (seed, replica index): 1 thread and 4 threads give identical bits. */
class ThreadIndependenceTest {

    @Test
    void sameSeedSameBitsForAnyThreadCount() {
        HopNetwork net = TestLattices.cesiumChloride(4);
        RateParameters p = RateParameters.uniform(1, 2, 0.25, 1e13, 500).withSiteEnergies(0, 0.05);
        KmcSettings s = KmcSettings.of(Carriers.ionFraction(0.4), RunLength.totalHops(20000), 1e-9)
                .withEquilibration(RunLength.hopsPerIon(2)).withReplicas(6).withSeed(42);
        List<ReplicaResult> one = new KmcSimulation(net, p, s.withThreads(1)).run();
        List<ReplicaResult> four = new KmcSimulation(net, p, s.withThreads(4)).run();
        for (int r = 0; r < one.size(); r++) {
            ReplicaResult a = one.get(r), b = four.get(r);
            assertEquals(r, b.replica());
            assertArrayEquals(a.trajectory().displacementAngstrom(), b.trajectory().displacementAngstrom());
            assertArrayEquals(a.hopsPerClass(), b.hopsPerClass());
            assertArrayEquals(a.occupationPerSite(), b.occupationPerSite());
            assertEquals(a.simulatedTimeSeconds(), b.simulatedTimeSeconds());
        }
        // Different replicas are different streams, not copies.
        assertFalse(Arrays.equals(one.get(0).trajectory().displacementAngstrom(),
                one.get(1).trajectory().displacementAngstrom()));
    }
}
