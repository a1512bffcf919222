package org.ionhop.rates.ce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.ionhop.network.HopNetwork;
import org.ionhop.rates.DeckModel;
import org.ionhop.rates.HopEnvironment;
import org.ionhop.rates.HopTopology;
import org.ionhop.rates.HostDisorderLandscape;
import org.ionhop.rates.RateParameters;
import org.ionhop.rates.ReplicaModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster expansion folds the host species into its barrier tables, so with
 * {@code host_disorder.realisations: per_replica} every replica needs the tables of its own
 * realisation: each replica's E_a(i→j) − E_a(j→i) must be the exact energy change of the naive
 * expansion on that replica's host, not on replica 0's.
 */
class ClusterExpansionRealisationsTest {

    @Test
    void everyReplicaRunsOnTheTablesOfItsOwnRealisation(@TempDir Path dir) throws Exception {
        DeckModel m = CeDecks.build(dir, CeDecks.square(dir, "{ions: 6}", 600, CeDecks.fullExpansion("spin")));
        assertTrue(m.realisationPerReplica(), "per_replica is the default");
        HopNetwork net = m.network();
        HopTopology topology = new HopTopology(net);
        int[] source = topology.hopSource(), reverse = topology.reverseHop(), target = net.hopTarget();
        ReplicaModels models = m.replicaModels(600);
        boolean someHostDiffers = false;
        for (int r = 0; r < 4; r++) {
            HostDisorderLandscape host = m.hostDisorder(r);
            someHostDiffers |= !java.util.Arrays.equals(host.mixedSites().get(0).species(),
                    m.hostDisorder(0).mixedSites().get(0).species());
            RateParameters p = models.parameters(r);
            NaiveExpansion naive = new NaiveExpansion(m, host, p.landscape());
            HopEnvironment env = p.environment();
            SplittableRandom rng = new SplittableRandom(5 + r);
            for (int trial = 0; trial < 10; trial++) {
                boolean[] occ = new boolean[net.siteCount()];
                for (int s = 0; s < occ.length; s++) occ[s] = rng.nextBoolean();
                for (int h = 0; h < net.hopCount(); h++) {
                    boolean[] before = occ.clone();
                    before[source[h]] = true;
                    before[target[h]] = false;
                    boolean[] after = before.clone();
                    after[source[h]] = false;
                    after[target[h]] = true;
                    double exact = naive.energyEv(after) - naive.energyEv(before);
                    double got = env.barrierEv(h, ClusterExpansionBruteForceTest.bits(before))
                            - env.barrierEv(reverse[h], ClusterExpansionBruteForceTest.bits(after));
                    assertEquals(exact, got, 1e-9, "replica " + r + ", hop " + h + ", trial " + trial);
                }
            }
        }
        assertTrue(someHostDiffers, "the replicas' realisations must differ, or this test shows nothing");
        assertFalse(models.shared());
    }
}
