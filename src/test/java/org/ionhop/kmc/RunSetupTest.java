package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;
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
