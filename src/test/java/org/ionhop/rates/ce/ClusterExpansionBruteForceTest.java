package org.ionhop.rates.ce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.ionhop.network.HopNetwork;
import org.ionhop.rates.DeckModel;
import org.ionhop.rates.HopEnvironment;
import org.ionhop.rates.HopTopology;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compiled expansion against {@link NaiveExpansion} (brute-force distance matching over every
 * tuple of supercell sites, no orbit code): on random configurations the lattice energy agrees,
 * every hop's tabulated ΔE is E(after) − E(before) of the naive energy, its tabulated E_KRA is the
 * naive sum over the clusters around it, E_KRA(i→j) = E_KRA(j→i), and E_a(i→j) − E_a(j→i) = ΔE.
 */
class ClusterExpansionBruteForceTest {
    private static final double EXACT = 1e-9;

    @ParameterizedTest
    @ValueSource(strings = {"spin", "occupation"})
    void tablesReproduceTheNaiveExpansion(String basis, @TempDir Path dir) throws Exception {
        check(CeDecks.build(dir, CeDecks.square(dir, "{ions: 6}", 600, CeDecks.fullExpansion(basis))));
    }

    /** Two mobile labels (and no host): the numbering of mobile sites across labels must match the network's. */
    @ParameterizedTest
    @ValueSource(strings = {"spin", "occupation"})
    void twoMobileLabels(String basis, @TempDir Path dir) throws Exception {
        check(CeDecks.build(dir, CeDecks.twoLabels(dir, basis)));
    }

    private static void check(DeckModel m) {
        ClusterExpansionModel ce = m.clusterExpansion();
        NaiveExpansion naive = new NaiveExpansion(m);
        for (int p = 0; p < m.deck().clusterExpansion().clusters().size(); p++) {
            assertTrue(naive.clusterCount(p) > 0, "the naive search found no cluster of prototype " + p);
        }
        HopNetwork net = m.network();
        HopTopology topology = new HopTopology(net);
        int[] source = topology.hopSource(), reverse = topology.reverseHop(), target = net.hopTarget();
        HopEnvironment env = ce.environment();
        SplittableRandom rng = new SplittableRandom(11);
        double minDelta = Double.POSITIVE_INFINITY, maxDelta = Double.NEGATIVE_INFINITY;
        double minKra = Double.POSITIVE_INFINITY, maxKra = Double.NEGATIVE_INFINITY;
        for (int trial = 0; trial < 25; trial++) {
            boolean[] occ = new boolean[net.siteCount()];
            double fill = rng.nextDouble();
            for (int s = 0; s < occ.length; s++) occ[s] = rng.nextDouble() < fill;
            assertEquals(naive.energyEv(occ), ce.latticeEnergyEv(occ), EXACT, "lattice energy, trial " + trial);
            for (int h = 0; h < net.hopCount(); h++) {
                int i = source[h], j = target[h];
                boolean[] before = occ.clone();
                before[i] = true;
                before[j] = false;
                boolean[] after = before.clone();
                after[i] = false;
                after[j] = true;
                double exact = naive.energyEv(after) - naive.energyEv(before);
                double delta = ce.energyChangeEv(h, before);
                assertEquals(exact, delta, EXACT, "dE of hop " + h + " (" + i + " -> " + j + "), trial " + trial);
                double kra = ce.kraBarrierEv(h, before);
                assertEquals(naive.kraEv(h, i, j, before), kra, EXACT, "E_KRA of hop " + h);
                assertEquals(kra, ce.kraBarrierEv(reverse[h], after), EXACT, "E_KRA(i->j) = E_KRA(j->i), hop " + h);
                double forward = env.barrierEv(h, bits(before)), backward = env.barrierEv(reverse[h], bits(after));
                assertEquals(exact, forward - backward, EXACT, "Ea(i->j) - Ea(j->i) = dE, hop " + h);
                minDelta = Math.min(minDelta, delta);
                maxDelta = Math.max(maxDelta, delta);
                minKra = Math.min(minKra, kra);
                maxKra = Math.max(maxKra, kra);
            }
        }
        assertTrue(maxDelta - minDelta > 0.1, "dE hardly varies: the check would not see a wrong term");
        assertTrue(maxKra - minKra > 0.05, "E_KRA hardly varies: the check would not see a wrong term");
    }

    static long[] bits(boolean[] occ) {
        long[] b = new long[(occ.length + 63) / 64];
        for (int s = 0; s < occ.length; s++) if (occ[s]) b[s >> 6] |= 1L << s;
        return b;
    }
}
