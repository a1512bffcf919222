package org.ionhop.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.ionhop.crystal.CrystalFiles;
import org.ionhop.crystal.StandardLattices;
import org.ionhop.kmc.Carriers;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSimulation;
import org.ionhop.kmc.RunLength;
import org.ionhop.network.HopNetwork;
import org.ionhop.network.HopNetworkBuilder;
import org.ionhop.rates.RateModel;
import org.ionhop.rates.RateParameters;
import org.junit.jupiter.api.Test;

/**
 * The exact single-ion D on a periodic network (corrector method) against hand results: the
 * Bravais limit, isolated pairs, and the fast-flip limit of the Na2B12H12 split sites.
 */
class PeriodicWalkDiffusionTest {
    private static final Path NA_CIF = Path.of("lattices", ValidationLattices.NA2B12H12_CIF);

    private static RateModel rates(HopNetwork net, RateParameters p) {
        return new KmcSimulation(net, p, KmcSettings.of(Carriers.ions(1), RunLength.none(), 1)).rateModel();
    }

    /** Flip class (the shortest) gets {@code flipEv}, every other class {@code otherEv}. */
    private static RateParameters twoBarriers(HopNetwork net, double flipEv, double otherEv, double kelvin) {
        int n = net.classes().size();
        double[] kra = new double[n];
        double shortest = net.classes().get(0).lengthAngstrom();
        for (int k = 0; k < n; k++) kra[k] = net.classes().get(k).lengthAngstrom() == shortest ? flipEv : otherEv;
        double[] nu = new double[n];
        Arrays.fill(nu, 1e13);
        return new RateParameters(kra, nu, new double[net.siteLabels().size()], new double[n], kelvin);
    }

    /**
     * Hand geometry of the published split (δ = 0.08 from the 12d centre (¼,0,½), a from the file): the
     * partner across the centre at 2δa, and the nearer end of the pairs in the two neighbouring
     * interstices (centres (½,0,¼), (½,0,¾), pairs split along z) at √2(¼ − δ)a.
     */
    @Test
    void theNetworkHasTheFlipAndTheHopToTheNextInterstice() {
        HopNetwork net = ValidationLattices.na2b12h12SplitSites(NA_CIF, 2);
        double a = CrystalFiles.read(NA_CIF).cell().lengthA();
        double delta = 0.33 - 0.25;
        assertEquals(2, net.classes().size());
        assertEquals(2 * delta * a, net.classes().get(0).lengthAngstrom(), 1e-6);
        assertEquals(1, net.classes().get(0).hopsPerFromSite());
        assertEquals(Math.sqrt(2) * (0.25 - delta) * a, net.classes().get(1).lengthAngstrom(), 1e-6);
        assertEquals(2, net.classes().get(1).hopsPerFromSite());
        assertEquals(24 * 8, net.siteCount());
    }

    @Test
    void onABravaisLatticeItIsTheUncorrelatedSum() {
        HopNetwork sc = ValidationLattices.nearestNeighbour(StandardLattices.simpleCubic(2.0), 4, 4, 4);
        RateModel r = rates(sc, EngineRuns.uniform(sc));
        double naive = AnalyticResults.randomWalkDiffusionAngstrom2PerS(sc, r, 0);
        assertEquals(r.isolatedRateHz(0) * 2.0 * 2.0, naive, 1e-9 * naive); // (1/6)·6Γa² = Γa²
        assertEquals(naive, AnalyticResults.periodicWalkDiffusionAngstrom2PerS(sc, r), 1e-9 * naive);
    }

    /** With only the 1.30 Å flips the ion rattles inside one pair: no long-range motion at all. */
    @Test
    void isolatedPairsDoNotDiffuse() {
        HopNetwork pairs = new HopNetworkBuilder(CrystalFiles.read(NA_CIF)).species("Na").cutoffAngstrom(1.5)
                .supercell(2, 2, 2).build();
        assertEquals(1, pairs.classes().size());
        RateModel r = rates(pairs, EngineRuns.uniform(pairs));
        double naive = AnalyticResults.randomWalkDiffusionAngstrom2PerS(pairs, r, 0);
        assertTrue(naive > 0);
        assertEquals(0, AnalyticResults.periodicWalkDiffusionAngstrom2PerS(pairs, r), 1e-9 * naive);
    }

    /**
     * Flips much faster than hops out of the interstice: the ion is at either end of its pair with
     * probability ½, each end has 2 hops (rate Γ) into 2 of the 4 neighbouring 12d interstices at
     * a√2/4, so the pair centre walks with rate Γ/2 to each: D = (1/6)·4·(Γ/2)·(a²/8) = Γa²/24.
     * Flip/hop rate ratio e^{0.3 eV/kT} ≈ 1e5 at 300 K; the correction is of that relative order.
     */
    @Test
    void fastFlipsLeaveTheWalkOfThePairCentres() {
        HopNetwork net = ValidationLattices.na2b12h12SplitSites(NA_CIF, 2);
        RateParameters p = twoBarriers(net, 0.0, 0.3, 300);
        RateModel r = rates(net, p);
        double hopHz = 0;
        for (int h = 0; h < net.hopCount(); h++) {
            if (net.classes().get(net.hopClass()[h]).lengthAngstrom() > 1.5) hopHz = r.isolatedRateHz(h);
        }
        double a = CrystalFiles.read(NA_CIF).cell().lengthA();
        double expected = hopHz * a * a / 24;
        assertEquals(expected, AnalyticResults.periodicWalkDiffusionAngstrom2PerS(net, r), 1e-3 * expected);
    }
}
