package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.ionhop.network.HopNetwork;
import org.ionhop.rates.HopEnvironment;
import org.ionhop.rates.HopTopology;
import org.ionhop.rates.RateModel;
import org.ionhop.rates.RateParameters;
import org.ionhop.rates.TransitionRate;
import org.junit.jupiter.api.Test;

/**
 * The environment-dependent path of the loop ({@link HopEnvironment}: per-hop barrier tables over the
 * occupancy of a few sites, dependent hops recomputed after each hop). Its model here is a
 * nearest-neighbour pair interaction written as tables — the environment of hop i→j is every other
 * neighbour of i and of j — so its rates must equal the engine's own pair-interaction rates; and
 * a run paused and restored many times (which recomputes every rate from scratch) must equal the
 * uninterrupted run bit for bit, which fails if an incremental update ever misses a changed rate.
 */
class EnvironmentRatesTest {
    static final double KRA_EV = 0.3;
    static final double PAIR_EV = 0.04;

    /** Pair interaction J between nearest neighbours as environment tables (E_a = E_KRA + ΔE/2, clamped as the engine does). */
    static HopEnvironment pairAsEnvironment(HopNetwork net) {
        HopEnvironment.Builder b = HopEnvironment.builder(net);
        int[] start = net.hopStart(), target = net.hopTarget();
        int[] source = new HopTopology(net).hopSource();
        for (int h = 0; h < net.hopCount(); h++) {
            int i = source[h], j = target[h];
            List<Integer> aroundI = new ArrayList<>(), aroundJ = new ArrayList<>();
            for (int q = start[i]; q < start[i + 1]; q++) if (target[q] != j) aroundI.add(target[q]);
            for (int q = start[j]; q < start[j + 1]; q++) if (target[q] != i) aroundJ.add(target[q]);
            List<Integer> sites = new ArrayList<>(aroundI);
            sites.addAll(aroundJ);
            int env = b.environment(sites.stream().mapToInt(Integer::intValue).toArray());
            double[] table = new double[1 << sites.size()];
            for (int p = 0; p < table.length; p++) {
                double before = 0, after = 0;
                for (int k = 0; k < aroundI.size(); k++) if ((p >> k & 1) != 0) before += PAIR_EV;
                for (int k = 0; k < aroundJ.size(); k++) if ((p >> (aroundI.size() + k) & 1) != 0) after += PAIR_EV;
                table[p] = TransitionRate.barrierEv(KRA_EV, after - before);
            }
            b.hop(h, env, b.table(table), table.length);
        }
        return b.description("nearest-neighbour pair interaction as tables").build();
    }

    @Test
    void tabulatedPairInteractionGivesThePairRates() {
        HopNetwork net = TestLattices.simpleCubic(4);
        RateParameters pair = RateParameters.uniform(1, 1, KRA_EV, 1e13, 600).withPairEnergies(PAIR_EV);
        RateParameters env = RateParameters.uniform(1, 1, KRA_EV, 1e13, 600).withEnvironment(pairAsEnvironment(net));
        RateModel a = new RateModel(net, new HopTopology(net), pair);
        RateModel b = new RateModel(net, new HopTopology(net), env);
        assertTrue(b.hasEnvironment());
        SplittableRandom random = new SplittableRandom(3);
        boolean[] occ = new boolean[net.siteCount()];
        long[] bits = new long[(net.siteCount() >> 6) + 1];
        for (int trial = 0; trial < 50; trial++) {
            java.util.Arrays.fill(bits, 0);
            for (int s = 0; s < occ.length; s++) {
                occ[s] = random.nextDouble() < 0.45;
                if (occ[s]) bits[s >> 6] |= 1L << s;
            }
            for (int h = 0; h < net.hopCount(); h++) {
                double expected = a.rateHz(h, occ);
                assertEquals(expected, b.rateHz(h, occ), 1e-12 * expected, "hop " + h);
                assertEquals(expected, b.environmentRateHz(h, bits), 1e-12 * expected, "hop " + h + " (bits)");
            }
        }
    }

    @Test
    void pausedAndRestoredRunEqualsUninterruptedRunBitForBit() {
        HopNetwork net = TestLattices.simpleCubic(5);
        RateParameters p = RateParameters.uniform(1, 1, KRA_EV, 1e13, 600).withEnvironment(pairAsEnvironment(net));
        double seconds = 4e-8;
        KmcSettings s = KmcSettings.of(Carriers.ionFraction(0.4), RunLength.seconds(seconds), seconds / 50)
                .withEquilibration(RunLength.totalHops(3000)).withSeed(77);
        ReplicaResult reference = new KmcSimulation(net, p, s).runReplica(2);
        assertTrue(reference.totalHops() > 5000, "too few hops to exercise pauses: " + reference.totalHops());
        SplittableRandom pauses = new SplittableRandom(11);
        KmcReplica replica = new KmcSimulation(net, p, s).newReplica(2);
        int restores = 0;
        while (!replica.run(new StopFlag(), replica.hops() + 1 + pauses.nextInt(1500))) {
            replica = new KmcSimulation(net, p, s).restoreReplica(replica.captureState());
            restores++;
        }
        assertTrue(restores > 5, "only " + restores + " pauses");
        ReplicaCheckpointTest.assertSameResult(reference, replica.result());
    }

    @Test
    void environmentHopsAllocateNothing() {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        var threads = (com.sun.management.ThreadMXBean) bean;
        HopNetwork net = TestLattices.simpleCubic(8);
        RateParameters p = RateParameters.uniform(1, 1, KRA_EV, 1e13, 600).withEnvironment(pairAsEnvironment(net));
        double limit = 1e-3;
        KmcSettings s = KmcSettings.of(Carriers.ionFraction(0.5), RunLength.seconds(limit), limit / 200);
        KmcReplica replica = new KmcSimulation(net, p, s).newReplica(0);
        replica.advance(Double.POSITIVE_INFINITY, 200_000, null); // JIT warm-up
        TrajectoryRecorder recorder = new TrajectoryRecorder(limit / 200, replica.ionCount(), limit);
        long hopsAtStart = replica.hops();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        replica.advance(limit, 200_000, recorder);
        long after = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        assertEquals(200_000, replica.hops() - hopsAtStart, "the run ended early; lengthen the time limit");
        assertTrue(after - before < 1024, (after - before) + " bytes allocated over 200000 hops");
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        HopNetwork net = TestLattices.simpleCubic(4);
        RateParameters p = RateParameters.uniform(1, 1, KRA_EV, 1e13, 600).withEnvironment(pairAsEnvironment(net));
        KmcSettings s = KmcSettings.of(Carriers.ionFraction(0.5), RunLength.totalHops(20000), 1e-9)
                .withEquilibration(RunLength.totalHops(2000)).withReplicas(4).withSeed(9);
        List<ReplicaResult> one = new KmcSimulation(net, p, s.withThreads(1)).run();
        List<ReplicaResult> two = new KmcSimulation(net, p, s.withThreads(2)).run();
        for (int r = 0; r < one.size(); r++) ReplicaCheckpointTest.assertSameResult(one.get(r), two.get(r));
    }
}
