package org.ionhop.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.ionhop.common.Units;
import org.ionhop.kmc.Carriers;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSimulation;
import org.ionhop.kmc.RunLength;
import org.ionhop.network.HopNetwork;
import org.ionhop.network.RegionMap;
import org.ionhop.rates.CompositeDecks;
import org.ionhop.rates.DeckModel;
import org.ionhop.rates.RateModel;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dilute spherical inclusions of a fast phase in a slow matrix (equal site energies) against
 * Maxwell-Garnett, D_eff = D_m (1 + 2fβ)/(1 − fβ), β = (D_i − D_m)/(D_i + 2 D_m), f the inclusions'
 * site fraction. Maxwell-Garnett is the exact first order in f for spheres; its error is O(f²)
 * (interactions between inclusions) plus the lattice's rough sphere surfaces (a radius of 2.5
 * lattice spacings). Expected accuracy at f ≤ 0.05: the enhancement D_eff − D_m within 20 %.
 * The crossing hops get the harmonic mean of the two rates (two half-links in series), the
 * discretisation of a continuous conductivity jump.
 *
 * <p>D_eff is the exact single-tracer D of the network, from the periodic corrector (the same
 * equation as {@link AnalyticResults#periodicWalkDiffusionTensorAngstrom2PerS}) solved here by
 * conjugate gradients: with equal site energies the generator is symmetric, and 4096 sites are too
 * many for the dense pseudo-inverse.
 */
class DiluteInclusionsTest {
    @TempDir Path dir;

    private static final double KELVIN = 600;
    private static final double NU = 1e13;

    @ParameterizedTest(name = "volume fraction {0}")
    @ValueSource(doubles = {0.03, 0.05})
    void effectiveDiffusionFollowsMaxwellGarnettAtSmallVolumeFractions(double fraction) {
        double kT = Units.KB_EV_PER_K * KELVIN;
        double gm = NU * Math.exp(-0.30 / kT), gi = NU * Math.exp(-0.22 / kT);
        double crossing = -kT * Math.log(2 * gm * gi / (gm + gi) / NU);
        String regions = """
                regions:
                  inclusions: {phase: I, matrix: M, radius_angstrom: 7.5, volume_fraction: %s, seed: 4}
                  phases:
                    - {name: M}
                    - {name: I, barrier_shift_eV: -0.08}
                  interfaces:
                    - between: [M, I]
                      hop_classes: [{from: Li1, to: Li1, length_angstrom: 3.0, barrier_eV: %.9f}]
                """.formatted(fraction, crossing);
        DeckModel model = DeckModel.build(CompositeDecks.deck(dir, 16, 16, 16, "{ions: 1}", regions));
        HopNetwork net = model.network();
        RegionMap map = model.regionMap();
        RateModel rates = new KmcSimulation(net, model.rateParameters(KELVIN),
                KmcSettings.of(Carriers.ions(1), RunLength.none(), 1)).rateModel();
        int inside = 0;
        for (int s = 0; s < net.siteCount(); s++) if (map.phaseOf(s) == 1) inside++;
        double f = (double) inside / net.siteCount();
        assertTrue(f > 0.5 * fraction && f < 1.5 * fraction, "site fraction " + f);

        double a2 = CompositeDecks.A * CompositeDecks.A;
        double dm = gm * a2, di = gi * a2;
        double beta = (di - dm) / (di + 2 * dm);
        double mg = dm * (1 + 2 * f * beta) / (1 - f * beta);
        double exact = 0;
        for (int axis = 0; axis < 3; axis++) exact += diffusion(net, rates, axis) / 3;
        assertTrue(exact > dm, "inclusions of a faster phase must raise D");
        assertEquals(mg - dm, exact - dm, 0.2 * (mg - dm),
                String.format("D_eff/D_m: network %.5f, Maxwell-Garnett %.5f (f = %.4f)", exact / dm, mg / dm, f));
    }

    /**
     * D_aa of one tracer with equal site energies (uniform stationary weights, symmetric rates):
     * D = (1/2N) Σ_i Σ_h Γ_h (r_h + χ_t − χ_i)², with Σ_h Γ_h (χ_t − χ_i) = −Σ_h Γ_h r_h solved by CG.
     */
    private static double diffusion(HopNetwork net, RateModel rates, int axis) {
        int n = net.siteCount();
        int[] start = net.hopStart(), target = net.hopTarget();
        double[] v = net.hopVector();
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int h = start[i]; h < start[i + 1]; h++) b[i] += rates.isolatedRateHz(h) * v[3 * h + axis];
        }
        // Solve A chi = b with A = -L (symmetric positive semi-definite; b sums to zero).
        double[] chi = new double[n], r = b.clone(), p = b.clone(), ap = new double[n];
        double rr = dot(r, r), norm = Math.sqrt(rr);
        for (int it = 0; it < 20 * n && Math.sqrt(rr) > 1e-12 * norm; it++) {
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int h = start[i]; h < start[i + 1]; h++) s += rates.isolatedRateHz(h) * (p[i] - p[target[h]]);
                ap[i] = s;
            }
            double alpha = rr / dot(p, ap);
            for (int i = 0; i < n; i++) {
                chi[i] += alpha * p[i];
                r[i] -= alpha * ap[i];
            }
            double next = dot(r, r);
            for (int i = 0; i < n; i++) p[i] = r[i] + next / rr * p[i];
            rr = next;
        }
        assertTrue(Math.sqrt(rr) <= 1e-10 * norm, "CG did not converge");
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int h = start[i]; h < start[i + 1]; h++) {
                double d = v[3 * h + axis] + chi[target[h]] - chi[i];
                sum += rates.isolatedRateHz(h) * d * d;
            }
        }
        return sum / (2.0 * n);
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) s += x[i] * y[i];
        return s;
    }
}
