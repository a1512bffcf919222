package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.ionhop.network.HopNetwork;
import org.ionhop.network.ZOrder;
import org.ionhop.rates.RateParameters;
import org.junit.jupiter.api.Test;

/**
 * The loop runs in Z-order internally, but nothing outside the engine may see that: the order is
 * a permutation that keeps every hop's geometry, it visits the 2x2x2 blocks of cells one after the
 * other (the Morton property), and per-site results and start sites come back in network order.
 */
class SiteOrderTest {
    @Test
    void zOrderVisitsEachTwoByTwoByTwoBlockOfCellsInTurn() {
        HopNetwork net = TestLattices.simpleCubic(4);
        int[] order = ZOrder.siteOrder(net);
        assertArrayEquals(java.util.stream.IntStream.range(0, 64).toArray(), Arrays.stream(order).sorted().toArray());
        double[] x = net.siteCartesian();
        for (int block = 0; block < 8; block++) {
            for (int axis = 0; axis < 3; axis++) {
                double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
                for (int k = 8 * block; k < 8 * block + 8; k++) {
                    min = Math.min(min, x[3 * order[k] + axis]);
                    max = Math.max(max, x[3 * order[k] + axis]);
                }
                assertEquals(TestLattices.A, max - min, 1e-9, "block " + block + " axis " + axis);
                assertEquals(0, Math.IEEEremainder(min, 2 * TestLattices.A), 1e-9, "block " + block + " starts off the 2-cell grid");
            }
        }
    }

    @Test
    void renumberedNetworkHasTheSameHopsBetweenTheSamePositions() {
        HopNetwork net = TestLattices.bcc(3);
        int[] order = ZOrder.siteOrder(net);
        HopNetwork z = net.withSiteOrder(order);
        double[] x = net.siteCartesian(), xz = z.siteCartesian();
        for (int k = 0; k < order.length; k++) {
            int s = order[k];
            assertArrayEquals(Arrays.copyOfRange(x, 3 * s, 3 * s + 3), Arrays.copyOfRange(xz, 3 * k, 3 * k + 3));
            assertEquals(net.siteType()[s], z.siteType()[k]);
            int hops = net.hopStart()[s + 1] - net.hopStart()[s];
            assertEquals(hops, z.hopStart()[k + 1] - z.hopStart()[k]);
            for (int j = 0; j < hops; j++) {
                int h = net.hopStart()[s] + j, hz = z.hopStart()[k] + j;
                assertEquals(net.hopTarget()[h], order[z.hopTarget()[hz]], "target of hop " + j + " of site " + s);
                assertEquals(net.hopClass()[h], z.hopClass()[hz]);
                assertArrayEquals(Arrays.copyOfRange(net.hopVector(), 3 * h, 3 * h + 3),
                        Arrays.copyOfRange(z.hopVector(), 3 * hz, 3 * hz + 3));
            }
        }
    }

    /**
     * LOWEST_ENERGY with equal energies puts n ions on network sites 0..n-1 (ties by site index); with
     * no hops, those sites and only those have occupation 1. In Z-order these five sites are not
     * internal sites 0..4 (network site 3 is in the second 2x2x2 block), so both outputs must be mapped back.
     */
    @Test
    void startSitesAndPerSiteOccupationAreInNetworkOrder() {
        HopNetwork net = TestLattices.simpleCubic(4);
        int[] first = {0, 1, 2, 3, 4};
        assertTrue(!Arrays.equals(first, Arrays.copyOf(ZOrder.siteOrder(net), 5)), "Z-order would not show a mix-up");
        KmcSettings s = KmcSettings.of(Carriers.ions(5).withPlacement(Carriers.Placement.LOWEST_ENERGY),
                RunLength.totalHops(0), Double.POSITIVE_INFINITY).withEquilibration(RunLength.totalHops(0));
        ReplicaResult r = new KmcSimulation(net, RateParameters.uniform(1, 1, 0.3, 1e13, 600), s).runReplica(0);
        assertArrayEquals(first, r.ionStartSite());
        double[] expected = new double[net.siteCount()];
        Arrays.fill(expected, 0, 5, 1.0);
        assertArrayEquals(expected, r.occupationPerSite());
    }
}
