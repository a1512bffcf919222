package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.IntFunction;

import org.ionhop.network.HopNetwork;
import org.ionhop.rates.HopTopology;
import org.ionhop.rates.PeriodicHops;
import org.ionhop.rates.RateParameters;
import org.ionhop.validation.ValidationLattices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hops computed from the cell template are exactly the hops of the tables: a network is accepted
 * only when every hop matches, and a run that computes its hops gives bit-identical results to one
 * that reads them (the table path is the one the physics tests validate), on lattices with one and
 * with several sites per cell, one and several rates.
 */
class PeriodicHopsTest {
    private static final List<IntFunction<HopNetwork>> LATTICES = List.of(TestLattices::simpleCubic, TestLattices::bcc,
            TestLattices::fcc, TestLattices::diamond, TestLattices::honeycomb, TestLattices::cesiumChloride);

    @Test
    void networksFromTheBuilderAreRecognisedAsOneRepeatedCell() {
        for (IntFunction<HopNetwork> lattice : LATTICES) {
            HopNetwork net = lattice.apply(3);
            assertNotNull(template(net), "not recognised: " + net.siteLabels() + " " + net.siteCount() + " sites");
        }
    }

    /** Two hops of the first site listed in the other order: that cell differs from all others. */
    @Test
    void aNetworkWhoseCellsDifferIsRefused() {
        HopNetwork sc = TestLattices.simpleCubic(3);
        int[] target = sc.hopTarget().clone();
        double[] vector = sc.hopVector().clone();
        swap(target, 0, 1, 1);
        swap(vector, 0, 1, 3);
        HopNetwork irregular = new HopNetwork(sc.supercellCell(), sc.supercell(), sc.siteCartesian(), sc.siteType(),
                sc.siteLabels(), sc.hopStart(), target, sc.hopClass(), vector, sc.classes());
        assertNull(template(irregular));
    }

    @ParameterizedTest
    @EnumSource(value = SelectorKind.class, names = {"GROUPED", "BITMAP", "SUM_TREE"})
    void computedHopsGiveBitIdenticalResults(SelectorKind selector) {
        for (IntFunction<HopNetwork> lattice : LATTICES) {
            HopNetwork net = lattice.apply(4);
            double[] energy = new double[net.siteLabels().size()];
            energy[energy.length - 1] = 0.05; // two site types (CsCl): two rates, A->B and B->A
            RateParameters p = RateParameters.uniform(1, energy.length, 0.3, 1e13, 600).withSiteEnergies(energy);
            assertSameRunBothWays(net, p, selector);
        }
    }

    /**
     * The uniform-rate path draws (ion, hop slot) pairs: tables and template must give the same hop for
     * the same draw, on every lattice (one site energy, so one rate), and on CsCl with two shells
     * (two hop classes, 14 hops per site).
     */
    @org.junit.jupiter.api.Test
    void computedHopsGiveBitIdenticalResultsOnTheUniformRatePath() {
        for (IntFunction<HopNetwork> lattice : LATTICES) {
            HopNetwork net = lattice.apply(4);
            RateParameters p = RateParameters.uniform(1, net.siteLabels().size(), 0.3, 1e13, 600);
            assertSameRunBothWays(net, p, SelectorKind.UNIFORM_RATE);
        }
        HopNetwork twoShells = caesiumChlorideTwoShells(3);
        assertSameRunBothWays(twoShells, RateParameters.uniform(twoShells.classes().size(), 2, 0.3, 1e13, 600),
                SelectorKind.UNIFORM_RATE);
    }

    /**
     * With pair interactions a hop's rate sums over the neighbours of both its sites: computed from
     * the template they must be the same neighbours in the same order, so every rate and sum, and
     * so the run, is bit-identical. Two hop classes with different pair energies where the lattice
     * has them (class order of the shells matters), repulsive and attractive.
     */
    @ParameterizedTest
    @EnumSource(value = SelectorKind.class, names = {"SUM_TREE", "LINEAR_SCAN"})
    void computedHopsGiveBitIdenticalResultsWithPairInteractions(SelectorKind selector) {
        List<IntFunction<HopNetwork>> lattices = new java.util.ArrayList<>(LATTICES);
        lattices.add(PeriodicHopsTest::caesiumChlorideTwoShells);
        for (IntFunction<HopNetwork> lattice : lattices) {
            HopNetwork net = lattice.apply(4);
            assertNotNull(template(net));
            int classes = net.classes().size();
            double[] energy = new double[net.siteLabels().size()];
            energy[energy.length - 1] = 0.05;
            double[] pair = new double[classes];
            // Irrational-looking energies of both signs: a sum in another order would differ in its last bits.
            for (int c = 0; c < classes; c++) pair[c] = (c % 2 == 0 ? 0.031 : -0.023) * Math.sqrt(c + 2);
            RateParameters p = RateParameters.uniform(classes, energy.length, 0.3, 1e13, 600).withSiteEnergies(energy)
                    .withPairEnergies(pair);
            assertSameRunBothWays(net, p, selector);
        }
    }

    /** CsCl with the cube-edge A–A and B–B hops as well as the A–B ones: several classes, so the order of a pair sum matters. */
    private static HopNetwork caesiumChlorideTwoShells(int n) {
        return ValidationLattices.caesiumChloride(TestLattices.A, 1.05 * TestLattices.A, n);
    }

    private static void assertSameRunBothWays(HopNetwork net, RateParameters p, SelectorKind selector) {
        KmcSettings s = KmcSettings.of(Carriers.ionFraction(0.4), RunLength.hopsPerIon(200), 1e-10)
                .withEquilibration(RunLength.hopsPerIon(20)).withSelector(selector).withSeed(17);
        ReplicaResult tables = new KmcSimulation(net, p, s, false).runReplica(2);
        ReplicaResult computed = new KmcSimulation(net, p, s, true).runReplica(2);
        assertArrayEquals(tables.finalDisplacementAngstrom(), computed.finalDisplacementAngstrom());
        assertArrayEquals(tables.occupationPerSite(), computed.occupationPerSite());
        assertArrayEquals(tables.hopsPerClass(), computed.hopsPerClass());
        assertArrayEquals(tables.trajectory().displacementAngstrom(), computed.trajectory().displacementAngstrom());
        assertEquals(tables.simulatedTimeSeconds(), computed.simulatedTimeSeconds(), 0.0);
    }

    private static PeriodicHops template(HopNetwork net) {
        return new HopTable(net, new HopTopology(net), true).periodic;
    }

    private static void swap(Object array, int i, int j, int stride) {
        for (int k = 0; k < stride; k++) {
            Object a = java.lang.reflect.Array.get(array, stride * i + k);
            java.lang.reflect.Array.set(array, stride * i + k, java.lang.reflect.Array.get(array, stride * j + k));
            java.lang.reflect.Array.set(array, stride * j + k, a);
        }
    }
}
