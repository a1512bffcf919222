package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kMC loop allocates nothing per hop: bytes allocated by this thread over 400 000 hops
 * (after JIT warm-up), with trajectory recording into its preallocated buffer, stay below a
 * small constant that cannot scale with the hop count.
 */
class LoopAllocationTest {
    private static final long HOPS = 400_000;

    @ParameterizedTest
    @CsvSource({"false, false", "true, false", "false, true", "true, true"})
    void hopsAllocateNothing(boolean pairInteractions, boolean periodicHops) {
        var bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        var threads = (com.sun.management.ThreadMXBean) bean;
        HopNetwork net = TestLattices.simpleCubic(12);
        RateParameters p = RateParameters.uniform(1, 1, 0.3, 1e13, 600)
                .withPairEnergies(pairInteractions ? 0.02 : 0.0);
        double limit = 1e-3;
        KmcSettings s = KmcSettings.of(Carriers.ionFraction(0.5), RunLength.seconds(limit), limit / 200);
        KmcReplica replica = new KmcSimulation(net, p, s, periodicHops).newReplica(0);
        replica.advance(Double.POSITIVE_INFINITY, 300_000, null); // JIT warm-up
        TrajectoryRecorder recorder = new TrajectoryRecorder(limit / 200, replica.ionCount(), limit);
        long hopsAtStart = replica.hops();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        replica.advance(limit, HOPS, recorder);
        long after = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        long hops = replica.hops() - hopsAtStart;
        assertTrue(hops == HOPS, "the run ended early after " + hops + " hops; lengthen the time limit");
        assertTrue(after - before < 1024, (after - before) + " bytes allocated over " + hops + " hops");
    }
}
