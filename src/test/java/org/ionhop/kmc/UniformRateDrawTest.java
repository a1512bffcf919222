package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ionhop.common.Units;
import org.ionhop.crystal.AtomSite;
import org.ionhop.crystal.Cell;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.StandardLattices;
import org.ionhop.network.HopNetwork;
import org.ionhop.network.HopNetworkBuilder;
import org.ionhop.rates.RateParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The uniform-rate path draws an (ion, hop slot) pair and draws again when the slot is no hop of the
 * ion's site or its target is occupied. On a lattice whose sites have different numbers of hops
 * (Pm-3m, site A at 1a with 6 hops to the 3 B sites at 3d, which have 2 hops each) this must still
 * pick every possible hop with equal probability. With one rate and equal site energies every
 * arrangement of n ions on N sites is equally likely in equilibrium, so exactly:
 * <ul>
 * <li>each site holds an ion a fraction n/N of the time, whatever its number of hops
 *     (a draw biased towards ions on well-connected sites would empty them);</li>
 * <li>hops happen at Γ H n (N - n) / (N (N - 1)) per second, H directed hops in all (this checks the
 *     exact count of possible hops that sets the clock).</li>
 * </ul>
 */
class UniformRateDrawTest {
    private static final double BARRIER_EV = 0.3;
    private static final double NU_HZ = 1e13;
    private static final double T_KELVIN = 600;

    /** Pm-3m, a = 2 Å: A at (0,0,0) with 6 B neighbours at 1 Å; B at (1/2,0,0) with 2 A neighbours. */
    private static HopNetwork unevenCoordination(int n) {
        Crystal crystal = Crystal.expand("A at 1a, B at 3d", null, Cell.fromParameters(2, 2, 2, 90, 90, 90),
                StandardLattices.pm3m(),
                List.of(new AtomSite("A", StandardLattices.ELEMENT, new double[] {0, 0, 0}, 1.0, 0),
                        new AtomSite("B", StandardLattices.ELEMENT, new double[] {0.5, 0, 0}, 1.0, 0)));
        return new HopNetworkBuilder(crystal).mobileLabels(List.of("A", "B")).cutoffAngstrom(1.05)
                .supercell(n, n, n).build();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyPossibleHopIsDrawnWithEqualProbability(boolean periodicHops) {
        HopNetwork net = unevenCoordination(3);
        int sites = net.siteCount(), hops = net.hopCount();
        assertEquals(4 * 27, sites);
        assertEquals(6 * net.maxHopsPerSite() * 27 / 6 * 2, hops); // 27 A sites x 6 + 81 B sites x 2
        int ions = 40;
        RateParameters p = RateParameters.uniform(net.classes().size(), net.siteLabels().size(), BARRIER_EV, NU_HZ,
                T_KELVIN);
        double gamma = NU_HZ * Math.exp(-BARRIER_EV / (Units.KB_EV_PER_K * T_KELVIN));
        KmcSettings s = KmcSettings.of(Carriers.ions(ions), RunLength.hopsPerIon(4000), Double.POSITIVE_INFINITY)
                .withEquilibration(RunLength.hopsPerIon(50)).withReplicas(12).withThreads(1).withSeed(5)
                .withSelector(SelectorKind.UNIFORM_RATE);
        List<ReplicaResult> rs = new KmcSimulation(net, p, s, periodicHops).run();

        double expectedOccupation = (double) ions / sites;
        int typeA = net.siteLabels().indexOf("A");
        double[] occupationA = rs.stream().mapToDouble(r -> r.occupationPerSiteType()[typeA]).toArray();
        double[] occupationB = rs.stream().mapToDouble(r -> r.occupationPerSiteType()[1 - typeA]).toArray();
        assertAgrees(occupationA, expectedOccupation, "occupation of the 6-hop A sites");
        assertAgrees(occupationB, expectedOccupation, "occupation of the 2-hop B sites");

        double expectedRate = gamma * hops * ions * (sites - ions) / ((double) sites * (sites - 1));
        double[] rate = rs.stream().mapToDouble(r -> r.totalHops() / r.simulatedTimeSeconds()).toArray();
        assertAgrees(rate, expectedRate, "hops per second");
    }

    /** Mean over replicas within 4 standard errors of the exact value, and the standard error below 1 %. */
    private static void assertAgrees(double[] values, double exact, String what) {
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        double var = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1);
        double error = Math.sqrt(var / values.length);
        assertTrue(error < 0.01 * exact, what + ": too noisy, " + mean + " ± " + error);
        assertTrue(Math.abs(mean - exact) < 4 * error, what + " = " + mean + " ± " + error + ", exact " + exact);
    }
}
