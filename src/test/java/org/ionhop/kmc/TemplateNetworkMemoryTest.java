package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;
import org.junit.jupiter.api.Test;

/**
 * A large network that repeats one cell is run from its template alone: neither the network's
 * per-site and per-hop arrays nor any per-hop rate or table are ever built (they were ~230 bytes per
 * simple-cubic site), and the pilot-style recorder with an infinite interval holds one sample.
 */
class TemplateNetworkMemoryTest {
    @Test
    void aLargeRepeatedCellRunsWithoutPerHopArrays() {
        HopNetwork net = TestLattices.simpleCubic(60); // 1.3e6 hops, above the template cut-off
        assertTrue(net.hopCount() > KmcSimulation.PERIODIC_ABOVE_HOPS);
        assertFalse(net.hasTables(), "the builder must not expand the template");
        RateParameters p = RateParameters.uniform(1, 1, 0.3, 1e13, 600);
        for (SelectorKind kind : new SelectorKind[] {SelectorKind.AUTO, SelectorKind.BITMAP, SelectorKind.SUM_TREE}) {
            KmcSettings s = KmcSettings.of(Carriers.ionFraction(0.5), RunLength.totalHops(20_000), 1e-9)
                    .withEquilibration(RunLength.totalHops(10_000)).withSelector(kind);
            ReplicaResult r = new KmcSimulation(net, p, s).runReplica(0);
            assertEquals(20_000, r.totalHops());
            assertEquals(0.5, r.occupationPerSiteType()[0], 1e-12); // half filling, averaged over all sites
        }
        assertFalse(net.hasTables(), "running from the template must not expand it");
    }

    @Test
    void smallNetworksStillUseTheirTables() {
        HopNetwork net = TestLattices.simpleCubic(8);
        KmcSettings s = KmcSettings.of(Carriers.ionFraction(0.5), RunLength.totalHops(1000), 1e-9);
        new KmcSimulation(net, RateParameters.uniform(1, 1, 0.3, 1e13, 600), s).runReplica(0);
        assertTrue(net.hasTables());
    }

    @Test
    void aRecorderWithAnInfiniteIntervalHoldsOneSample() {
        TrajectoryRecorder r = new TrajectoryRecorder(Double.POSITIVE_INFINITY, 1000, Double.POSITIVE_INFINITY);
        double[] d = new double[3000];
        r.recordBefore(1.0, d);
        r.recordBefore(2.0, d);
        r.recordThrough(3.0, d);
        assertEquals(3000, r.samples().length);
        assertEquals(1, r.toTrajectory().sampleCount());
    }
}
