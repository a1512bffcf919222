package org.ionhop.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.ionhop.common.Units;
import org.ionhop.network.HopNetwork;
import org.junit.jupiter.api.Test;

/**
 * Detailed balance, checked directly on the rate model: for every allowed hop in many random
 * configurations, Γ(i→j)/Γ(j→i) = exp(-(E_after - E_before)/kB T), with the energies computed here
 * from the definition (site energies + each interacting pair once), not by the model.
 */
class DetailedBalanceTest {

    @Test
    void barrierRuleKeepsDetailedBalanceEvenWhenKraPlusHalfDeIsNegative() {
        for (double kra = -0.2; kra <= 0.6; kra += 0.05) {
            for (double de = -1.0; de <= 1.0; de += 0.07) {
                double forward = TransitionRate.barrierEv(kra, de);
                double backward = TransitionRate.barrierEv(kra, -de);
                assertEquals(de, forward - backward, 1e-12, "kra=" + kra + " dE=" + de);
                assertEquals(true, forward >= 0 && backward >= 0);
            }
        }
        assertEquals(0.35, TransitionRate.barrierEv(0.3, 0.1), 1e-15); // ordinary KRA case
        assertEquals(0.4, TransitionRate.barrierEv(0.1, 0.4), 1e-15);  // saddle raised to final state
        assertEquals(0.0, TransitionRate.barrierEv(0.1, -0.4), 1e-15); // downhill without barrier
    }

    @Test
    void forwardOverBackwardRateIsBoltzmannFactorForEveryHop() {
        HopNetwork net = RingNetwork.create(12);
        // Two site types, two hop classes with different barriers, frequencies and pair energies;
        // one class has E_KRA small enough that the saddle-raising rule is exercised.
        RateParameters p = new RateParameters(new double[] {0.25, 0.02}, new double[] {1e13, 3e12},
                new double[] {0.0, 0.15}, new double[] {0.07, -0.03}, 450);
        RateModel model = new RateModel(net, new HopTopology(net), p);
        double kT = Units.KB_EV_PER_K * 450;
        int[] target = net.hopTarget();
        int[] source = new HopTopology(net).hopSource();
        int[] reverse = new HopTopology(net).reverseHop();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        int checked = 0;
        for (int trial = 0; trial < 200; trial++) {
            boolean[] occ = new boolean[net.siteCount()];
            for (int s = 0; s < occ.length; s++) occ[s] = rng.nextInt(3) == 0;
            for (int h = 0; h < net.hopCount(); h++) {
                if (!occ[source[h]] || occ[target[h]]) continue;
                double before = RingNetwork.referenceEnergyEv(net, p, occ);
                double forward = model.rateHz(h, occ);
                occ[source[h]] = false;
                occ[target[h]] = true;
                double after = RingNetwork.referenceEnergyEv(net, p, occ);
                double backward = model.rateHz(reverse[h], occ);
                occ[source[h]] = true;
                occ[target[h]] = false;
                assertEquals(Math.exp(-(after - before) / kT), forward / backward, 1e-10 * forward / backward);
                checked++;
            }
        }
        assertEquals(true, checked > 1000);
    }
}
