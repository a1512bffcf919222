package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.ionhop.common.Units;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.EnergyLandscape;
import org.ionhop.rates.HopTopology;
import org.ionhop.rates.RateModel;
import org.ionhop.rates.RateParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-site and per-hop energy landscape (regions, host disorder): it changes nothing when it
 * repeats the class values, keeps detailed balance hop by hop whatever is put into it, and in the
 * random-trap model gives the exact tracer diffusion coefficient.
 */
class EnergyLandscapeTest {
    private static final double KELVIN = 600;

    private static KmcSettings settings(Carriers c, long hops, int replicas) {
        return KmcSettings.of(c, RunLength.totalHops(hops), 1e-9).withEquilibration(RunLength.totalHops(hops / 4))
                .withReplicas(replicas).withSeed(7);
    }

    private static List<ReplicaResult> run(HopNetwork net, RateParameters p, KmcSettings s, boolean periodic) {
        KmcSimulation sim = new KmcSimulation(net, p, s, periodic);
        List<ReplicaResult> out = new ArrayList<>();
        for (int r = 0; r < s.replicas(); r++) out.add(sim.runReplica(r));
        return out;
    }

    /** Random site energies in [0, spread) and random E_KRA in [0.2, 0.4) eV per hop (and its reverse). */
    private static EnergyLandscape randomLandscape(HopNetwork net, RateParameters p, double spreadEv, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        EnergyLandscape.Builder b = EnergyLandscape.startingFrom(net, p);
        for (int s = 0; s < net.siteCount(); s++) b.setSiteEnergyEv(s, spreadEv * rng.nextDouble());
        for (int h = 0; h < net.hopCount(); h++) b.setKraBarrierEv(h, 0.2 + 0.2 * rng.nextDouble());
        return b.build();
    }

    /** A landscape copied from the class values: every rate, and so every trajectory, is the same to the bit. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aLandscapeThatRepeatsTheClassValuesChangesNothing(boolean interacting) {
        HopNetwork net = TestLattices.simpleCubic(6);
        RateParameters p = RateParameters.uniform(1, 1, 0.3, 1e13, KELVIN);
        if (interacting) p = p.withPairEnergies(0.05);
        RateParameters withLandscape = p.withLandscape(EnergyLandscape.startingFrom(net, p).build());
        KmcSettings s = settings(Carriers.ionFraction(0.5), 20_000, 2);
        for (boolean periodic : new boolean[] {false, true}) {
            List<ReplicaResult> plain = run(net, p, s, periodic);
            List<ReplicaResult> landscaped = run(net, withLandscape, s, periodic);
            for (int r = 0; r < plain.size(); r++) ReplicaCheckpointTest.assertSameResult(plain.get(r), landscaped.get(r));
        }
    }

    /**
     * With a landscape that varies per site and hop, the loop computing hops from the cell template
     * (which then reads the landscape's per-site and per-hop values) makes the same hops as the tables.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void templateAndTablePathsAgreeOnAVaryingLandscape(boolean interacting) {
        HopNetwork net = TestLattices.bcc(4);
        RateParameters p = RateParameters.uniform(net.classes().size(), 1, 0.3, 1e13, KELVIN);
        if (interacting) p = p.withPairEnergies(new double[net.classes().size()]).withPairEnergies(fill(net, 0.04));
        p = p.withLandscape(randomLandscape(net, p, 0.1, 3));
        KmcSettings s = settings(Carriers.ionFraction(0.3), 20_000, 2);
        List<ReplicaResult> tables = run(net, p, s, false);
        List<ReplicaResult> template = run(net, p, s, true);
        for (int r = 0; r < tables.size(); r++) ReplicaCheckpointTest.assertSameResult(tables.get(r), template.get(r));
    }

    private static double[] fill(HopNetwork net, double v) {
        double[] a = new double[net.classes().size()];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /** Γ(i→j)/Γ(j→i) = exp(−(E_j − E_i)/kT) for every hop of a random landscape, whatever E_KRA is. */
    @Test
    void everyHopObeysDetailedBalance() {
        HopNetwork net = TestLattices.fcc(3);
        RateParameters p = RateParameters.uniform(net.classes().size(), 1, 0.3, 1e13, KELVIN);
        EnergyLandscape l = randomLandscape(net, p, 0.3, 11);
        RateModel m = new RateModel(net, new HopTopology(net), p.withLandscape(l));
        int[] reverse = new HopTopology(net).reverseHop();
        int[] source = new HopTopology(net).hopSource();
        double kT = Units.KB_EV_PER_K * KELVIN;
        for (int h = 0; h < net.hopCount(); h++) {
            double de = l.siteEnergyEv(net.hopTarget()[h]) - l.siteEnergyEv(source[h]);
            double ratio = m.isolatedRateHz(h) / m.isolatedRateHz(reverse[h]);
            assertEquals(Math.exp(-de / kT), ratio, 1e-12 * ratio, "hop " + h);
            assertEquals(l.kraBarrierEv(h), l.kraBarrierEv(reverse[h]));
        }
    }

    /**
     * Random-trap model: site energies E_i drawn at random, every saddle at the same level E_s, so a
     * hop out of site i has rate w_i = ν exp(−(E_s − E_i)/kT) whatever its target (E_KRA of the hop
     * i→j is E_s − (E_i + E_j)/2). The sequence of visited sites is a simple random walk, whose
     * steps are independent of the residence times, so a single tracer on the periodic lattice has
     * exactly D = (l²/2d)/⟨τ⟩ with τ_i = 1/(z w_i) and ⟨·⟩ over the supercell's sites (uniform: the
     * walk's stationary distribution), i.e. D = (z l²/2d)/⟨1/w_i⟩.
     */
    @Test
    void randomTrapModelHasTheExactTracerDiffusion() {
        HopNetwork net = TestLattices.simpleCubic(4);
        double saddleEv = 0.35, nu = 1e13, kT = Units.KB_EV_PER_K * KELVIN;
        RateParameters p = RateParameters.uniform(1, 1, 0.3, nu, KELVIN);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(2024L);
        EnergyLandscape.Builder b = EnergyLandscape.startingFrom(net, p);
        double[] e = new double[net.siteCount()];
        for (int s = 0; s < e.length; s++) b.setSiteEnergyEv(s, e[s] = 0.25 * rng.nextDouble());
        int[] source = new HopTopology(net).hopSource();
        for (int h = 0; h < net.hopCount(); h++) {
            b.setKraBarrierEv(h, saddleEv - 0.5 * (e[source[h]] + e[net.hopTarget()[h]]));
        }
        double meanInverseRate = 0;
        for (double ei : e) meanInverseRate += 1 / (nu * Math.exp(-(saddleEv - ei) / kT)) / e.length;
        double l2 = TestLattices.A * TestLattices.A;
        double exact = 6 * l2 / 6 / meanInverseRate; // Å²/s

        // Windows of ~100 hops over 10^5 hops per replica; after equilibration the ion sits on site i
        // with probability ∝ τ_i (Boltzmann), the hops form a stationary renewal process, and the
        // mean |Δr|² over any window of length Δ is exactly 6 D Δ.
        double meanHopSeconds = meanInverseRate / 6;
        KmcSettings s = KmcSettings.of(Carriers.ions(1), RunLength.seconds(1e5 * meanHopSeconds), 20 * meanHopSeconds)
                .withEquilibration(RunLength.totalHops(1000)).withReplicas(16).withSeed(7);
        List<ReplicaResult> rs = run(net, p.withLandscape(b.build()), s, false);
        var d = org.ionhop.validation.ReplicaStatistics.overReplicas(rs,
                r -> org.ionhop.validation.ReplicaStatistics.tracerDiffusion(r.trajectory(), 5, 3));
        double mean = d.mean(), err = d.error();
        // Without the traps (all E_i = 0) D would be Γ l² with Γ = ν e^{-E_s/kT}: far from the exact value.
        double untrapped = nu * Math.exp(-saddleEv / kT) * l2;
        assertTrue(Math.abs(untrapped - exact) > 10 * err, "the test could not tell traps from no traps");
        assertTrue(err < 0.05 * exact, "too noisy: " + mean + " ± " + err);
        assertTrue(Math.abs(mean - exact) < 3.5 * err, "D = " + mean + " ± " + err + " Å²/s, exact " + exact);
    }

    @Test
    void theBuilderChangesAHopAndItsReverseTogetherAndRefusesNonFiniteValues() {
        HopNetwork net = TestLattices.simpleCubic(3);
        RateParameters p = RateParameters.uniform(1, 1, 0.3, 1e13, KELVIN);
        EnergyLandscape.Builder b = EnergyLandscape.startingFrom(net, p);
        int r = b.reverseHop(5);
        b.setKraBarrierEv(5, 0.7).setAttemptFrequencyHz(5, 2e12);
        EnergyLandscape l = b.build();
        assertEquals(0.7, l.kraBarrierEv(r));
        assertEquals(2e12, l.attemptFrequencyHz(r));
        assertEquals(0.3, l.kraBarrierEv(6));
        assertThrows(IllegalArgumentException.class, () -> EnergyLandscape.startingFrom(net, p).setSiteEnergyEv(0, Double.NaN).build());
        assertThrows(IllegalArgumentException.class, () -> EnergyLandscape.startingFrom(net, p).setAttemptFrequencyHz(0, 0).build());
        assertThrows(IllegalArgumentException.class, () -> new RateModel(TestLattices.simpleCubic(4), new HopTopology(TestLattices.simpleCubic(4)), p.withLandscape(l)));
    }

    @Test
    void manyDistinctRatesAreCounted() {
        assertTrue(SelectorKind.fewDistinctRates(new double[] {0, 1, 1, 2, 0}, 2));
        assertFalse(SelectorKind.fewDistinctRates(new double[] {1, 2, 3}, 2));
    }
}
