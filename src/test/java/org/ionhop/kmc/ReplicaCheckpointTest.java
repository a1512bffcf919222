package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pausing a replica at arbitrary hop boundaries, capturing its state, rebuilding a replica from that
 * state in a new simulation object and continuing must reproduce the uninterrupted run bit for bit
 * (the kMC trajectory is a deterministic function of the random stream and the state, so any
 * difference would mean the state capture is incomplete).
 */
public class ReplicaCheckpointTest {

    enum Case { UNIFORM_FREE, GROUPED_FREE, BITMAP_FREE, SUM_TREE_FREE, SUM_TREE_INTERACTING, LINEAR_INTERACTING }

    /** Every case with the tables, and with the hops computed from the cell template ({@code periodicHops}). */
    static Stream<Arguments> cases() {
        return Arrays.stream(Case.values()).flatMap(c -> Stream.of(Arguments.of(c, false), Arguments.of(c, true)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void pausedAndRestoredRunEqualsUninterruptedRunBitForBit(Case c, boolean periodicHops) {
        HopNetwork net = TestLattices.simpleCubic(6);
        boolean interacting = c == Case.SUM_TREE_INTERACTING || c == Case.LINEAR_INTERACTING;
        SelectorKind kind = switch (c) {
            case UNIFORM_FREE -> SelectorKind.UNIFORM_RATE;
            case GROUPED_FREE -> SelectorKind.GROUPED;
            case BITMAP_FREE -> SelectorKind.BITMAP;
            case SUM_TREE_FREE, SUM_TREE_INTERACTING -> SelectorKind.SUM_TREE;
            case LINEAR_INTERACTING -> SelectorKind.LINEAR_SCAN;
        };
        RateParameters p = RateParameters.uniform(1, 1, 0.3, 1e13, 600).withPairEnergies(interacting ? 0.03 : 0.0);
        double seconds = 4e-8;
        KmcSettings s = KmcSettings.of(Carriers.ionFraction(0.4), RunLength.seconds(seconds), seconds / 50)
                .withEquilibration(RunLength.totalHops(3000)).withSelector(kind).withSeed(77);
        ReplicaResult reference = new KmcSimulation(net, p, s, periodicHops).runReplica(3);
        assertTrue(reference.totalHops() > 5000, "too few hops to exercise pauses: " + reference.totalHops());

        SplittableRandom pauses = new SplittableRandom(c.ordinal());
        KmcReplica replica = new KmcSimulation(net, p, s, periodicHops).newReplica(3);
        int restores = 0;
        while (!replica.run(new StopFlag(), replica.hops() + 1 + pauses.nextInt(2500))) {
            ReplicaState state = replica.captureState();
            replica = new KmcSimulation(net, p, s, periodicHops).restoreReplica(state); // a fresh process would do this
            restores++;
        }
        assertTrue(restores > 3, "only " + restores + " pauses");
        assertSameResult(reference, replica.result());
    }

    /** With composite zones the per-zone tallies and the start placement by group survive pauses too. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void zoneBookkeepingIsRestoredBitForBit(boolean periodicHops) {
        HopNetwork net = TestLattices.simpleCubic(6);
        int[] zone = new int[net.siteCount()];
        int[] group = new int[net.siteCount()];
        for (int site = 0; site < zone.length; site++) {
            zone[site] = site % 3;
            group[site] = site % 2;
        }
        SiteZones zones = new SiteZones(zone, 3, group, new int[] {20, -1});
        RateParameters p = RateParameters.uniform(1, 1, 0.3, 1e13, 600);
        double seconds = 4e-8;
        KmcSettings s = KmcSettings.of(Carriers.ions(60), RunLength.seconds(seconds), seconds / 50)
                .withEquilibration(RunLength.totalHops(3000)).withSeed(78);
        ReplicaResult reference = new KmcSimulation(net, p, s, periodicHops, zones).runReplica(1);
        assertTrue(reference.hopsPerZone()[2] > 1000);
        KmcReplica replica = new KmcSimulation(net, p, s, periodicHops, zones).newReplica(1);
        SplittableRandom pauses = new SplittableRandom(9);
        int restores = 0;
        while (!replica.run(new StopFlag(), replica.hops() + 1 + pauses.nextInt(2500))) {
            replica = new KmcSimulation(net, p, s, periodicHops, zones).restoreReplica(replica.captureState());
            restores++;
        }
        assertTrue(restores > 3, "only " + restores + " pauses");
        assertSameResult(reference, replica.result());
    }

    /** A group with a quota starts with exactly that many ions; the rest go to groups without one. */
    @Test
    void ionsStartByGroupQuota() {
        HopNetwork net = TestLattices.simpleCubic(6);
        int[] group = new int[net.siteCount()];
        for (int site = 0; site < group.length; site++) group[site] = site % 2;
        SiteZones zones = new SiteZones(new int[net.siteCount()], 1, group, new int[] {20, -1});
        KmcSettings s = KmcSettings.of(Carriers.ions(60), RunLength.totalHops(1), Double.POSITIVE_INFINITY);
        ReplicaResult r = new KmcSimulation(net, RateParameters.uniform(1, 1, 0.3, 1e13, 600), s, zones).runReplica(0);
        int inGroup0 = 0;
        for (int site : r.ionStartSite()) if (group[site] == 0) inGroup0++;
        assertEquals(20, inGroup0);
        assertEquals(60, r.ionStartSite().length);
    }

    @Test
    void stopFlagPausesAtACheckBoundaryWithoutDrawingRandomNumbers() {
        HopNetwork net = TestLattices.simpleCubic(5);
        RateParameters p = RateParameters.uniform(1, 1, 0.3, 1e13, 600);
        KmcSettings s = KmcSettings.of(Carriers.ionFraction(0.5), RunLength.totalHops(5000), Double.POSITIVE_INFINITY)
                .withEquilibration(RunLength.totalHops(2500)).withSeed(5);
        ReplicaResult reference = new KmcSimulation(net, p, s).runReplica(0);
        KmcReplica replica = new KmcSimulation(net, p, s).newReplica(0);
        StopFlag stop = new StopFlag();
        stop.request();
        assertFalse(replica.run(stop), "a raised flag pauses before the first hop");
        assertEquals(0, replica.hops());
        assertFalse(replica.run(new StopFlag(), 1500));
        assertEquals(1500, replica.hops(), "the hop budget pauses mid-way");
        assertFalse(replica.run(stop));
        assertEquals(2048, replica.hops(), "the flag is read at the next multiple of " + KmcReplica.STOP_CHECK_HOPS);
        stop.clear();
        assertTrue(replica.run(stop));
        assertSameResult(reference, replica.result());
    }

    public static void assertSameResult(ReplicaResult expected, ReplicaResult actual) {
        assertArrayEquals(expected.trajectory().displacementAngstrom(), actual.trajectory().displacementAngstrom());
        assertArrayEquals(expected.finalDisplacementAngstrom(), actual.finalDisplacementAngstrom());
        assertArrayEquals(expected.ionStartSite(), actual.ionStartSite());
        assertArrayEquals(expected.ionPlacedSite(), actual.ionPlacedSite());
        assertArrayEquals(expected.hopsPerClass(), actual.hopsPerClass());
        assertArrayEquals(expected.occupationPerSite(), actual.occupationPerSite());
        assertArrayEquals(expected.occupationPerSiteType(), actual.occupationPerSiteType());
        assertEquals(expected.totalHops(), actual.totalHops());
        assertEquals(expected.equilibrationHops(), actual.equilibrationHops());
        assertArrayEquals(expected.zoneDisplacementAngstrom(), actual.zoneDisplacementAngstrom());
        assertArrayEquals(expected.hopsPerZone(), actual.hopsPerZone());
        assertEquals(Double.doubleToRawLongBits(expected.simulatedTimeSeconds()),
                Double.doubleToRawLongBits(actual.simulatedTimeSeconds()));
    }
}
