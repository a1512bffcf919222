package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;
import org.ionhop.validation.ReplicaStatistics;
import org.junit.jupiter.api.Test;

/** Carrier counts, ordered starts and the three ways to bound a run do what their names say. */
class RunSetupTest {
    private final HopNetwork net = TestLattices.cesiumChloride(3); // 27 A + 27 B sites
    private final int b = net.siteLabels().indexOf("B");
    private final RateParameters p = parameters();

    private RateParameters parameters() {
        double[] e = new double[2];
        e[b] = 0.2;
        return RateParameters.uniform(1, 2, 0.3, 1e13, 600).withSiteEnergies(e);
    }

    @Test
    void carrierCountsFromNumbersAndFractions() {
        assertEquals(10, Carriers.ions(10).ionCount(54));
        assertEquals(44, Carriers.vacancies(10).ionCount(54));
        assertEquals(27, Carriers.ionFraction(0.5).ionCount(54));
        assertEquals(40, Carriers.vacancyFraction(0.25).ionCount(54)); // 54 - round(13.5) = 54 - 14
        assertThrows(IllegalArgumentException.class, () -> Carriers.ions(55).ionCount(54));
    }

    @Test
    void orderedStartFillsLowestEnergySitesFirst() {
        KmcSettings s = KmcSettings.of(Carriers.ions(27).withPlacement(Carriers.Placement.LOWEST_ENERGY),
                RunLength.totalHops(0), 1e-9);
        ReplicaResult r = new KmcSimulation(net, p, s).runReplica(0);
        for (int site : r.ionStartSite()) assertTrue(net.siteType()[site] != b, "ion started on a high-energy site");
    }

    @Test
    void timeLimitedRunStopsAtTheLimitWithTheWholeSampleGrid() {
        double limit = 2e-9;
        double dt = 1e-10;
        KmcSettings s = KmcSettings.of(Carriers.ions(20), RunLength.seconds(limit), dt);
        ReplicaResult r = new KmcSimulation(net, p, s).runReplica(0);
        assertEquals(limit, r.simulatedTimeSeconds());
        assertEquals(21, r.trajectory().sampleCount()); // t = 0, dt, ..., 20 dt
        assertTrue(r.totalHops() > 0);
        long perClass = 0;
        for (long h : r.hopsPerClass()) perClass += h;
        assertEquals(r.totalHops(), perClass);
        // The state is constant after the last hop, so the sample at the end time is the final state.
        Trajectory t = r.trajectory();
        for (int ion = 0; ion < t.ionCount(); ion++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(r.finalDisplacementAngstrom()[3 * ion + c], t.displacement(20, ion, c));
            }
        }
    }

    /**
     * Sampled much faster than ions hop, consecutive samples differ by at most one hop vector of
     * one ion (the state is piecewise constant and sampled, never interpolated), and the number of
     * sample-to-sample changes cannot exceed the number of hops.
     */
    @Test
    void samplesArePiecewiseConstantStates() {
        // Total hop rate ~1e12 Hz: a 1e-15 s grid sees two hops in one interval with probability ~1e-6.
        KmcSettings s = KmcSettings.of(Carriers.ions(5), RunLength.totalHops(400), 1e-15);
        ReplicaResult r = new KmcSimulation(net, p, s).runReplica(1);
        Trajectory t = r.trajectory();
        double hopLength = TestLattices.A * Math.sqrt(3) / 2;
        int changes = 0;
        for (int k = 1; k < t.sampleCount(); k++) {
            int moved = 0;
            for (int ion = 0; ion < t.ionCount(); ion++) {
                double d2 = ReplicaStatistics.squaredDisplacement(t, ion, k - 1, k);
                if (d2 > 0) {
                    moved++;
                    assertEquals(hopLength * hopLength, d2, 1e-9);
                }
            }
            assertTrue(moved <= 1, moved + " ions moved between samples " + (k - 1) + " and " + k);
            changes += moved;
        }
        assertTrue(changes <= r.totalHops() && changes > r.totalHops() / 2, changes + " changes for "
                + r.totalHops() + " hops");
    }

    @Test
    void hopLimitedRunsCountHops() {
        KmcSettings s = KmcSettings.of(Carriers.ions(20), RunLength.hopsPerIon(7.5), 1e-10)
                .withEquilibration(RunLength.totalHops(33));
        ReplicaResult r = new KmcSimulation(net, p, s).runReplica(0);
        assertEquals(150, r.totalHops());
        assertEquals(33, r.equilibrationHops());
        // The last grid time is not after the end of the run.
        assertTrue((r.trajectory().sampleCount() - 1) * 1e-10 <= r.simulatedTimeSeconds());
    }
}
