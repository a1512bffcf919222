package org.ionhop.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ionhop.kmc.Carriers;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSimulation;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.RunLength;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.EnvironmentTally;
import org.ionhop.rates.HopEnvironment;
import org.ionhop.rates.RateParameters;
import org.ionhop.rates.ReplicaModels;
import org.ionhop.rates.RingNetwork;
import org.junit.jupiter.api.Test;

/**
 * The detailed-balance diagnostic can fail: on a ring of 12 sites with 4 ions, barriers that are
 * the same for a hop and its reverse (a reversible model) give balanced forward and backward hop
 * counts per environment bin (χ²/pair near 1), while barriers lower along +x than along −x (a
 * driven ring: no energy function gives these rates, and a steady current circulates) give
 * χ²/pair far above 1 from the same statistic.
 */
class FluxBalanceDiagnosticTest {
    static final double KELVIN = 600;

    private static EnvironmentStatistics run(double forwardEv, double backwardEv) {
        HopNetwork net = RingNetwork.create(12);
        HopEnvironment.Builder b = HopEnvironment.builder(net);
        int none = b.environment();
        int fwd = b.table(new double[] {forwardEv}), bwd = b.table(new double[] {backwardEv});
        for (int h = 0; h < net.hopCount(); h++) {
            b.hop(h, none, net.hopVector()[3 * h] > 0 ? fwd : bwd, 1);
        }
        HopEnvironment env = b.detailedBalance(forwardEv == backwardEv).build();
        EnvironmentTally tally = EnvironmentTally.of(net, null, env);
        RateParameters p = RateParameters.uniform(2, 2, 0.25, 1e13, KELVIN).withEnvironment(env);
        KmcSettings s = KmcSettings.of(Carriers.ions(4), RunLength.totalHops(40_000), 1e-9)
                .withEquilibration(RunLength.totalHops(1000)).withReplicas(8).withSeed(17);
        List<ReplicaResult> replicas = new KmcSimulation(net, ReplicaModels.same(p, tally), s, null).run();
        return EnvironmentStatistics.of(replicas, r -> tally, 4, net.classes().size());
    }

    @Test
    void balancedForAReversibleModelAndFarOffForADrivenOne() {
        EnvironmentStatistics reversible = run(0.25, 0.25);
        assertTrue(reversible.modelDetailedBalance());
        assertTrue(reversible.balancePairsTested() >= 2, "pairs: " + reversible.balancePairsTested());
        assertTrue(reversible.balanceChiSquarePerPair() < 3,
                "reversible ring: chi^2/pair = " + reversible.balanceChiSquarePerPair());
        EnvironmentStatistics driven = run(0.22, 0.28);
        assertTrue(!driven.modelDetailedBalance());
        assertTrue(driven.balanceChiSquarePerPair() > 50,
                "driven ring: chi^2/pair = " + driven.balanceChiSquarePerPair());
    }
}
