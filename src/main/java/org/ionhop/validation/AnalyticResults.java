package org.ionhop.validation;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateModel;

/** Exact results of the lattice model, shared by the kMC physics tests and the validation cases. */
public final class AnalyticResults {
    private AnalyticResults() {}

    /**
     * D of one ion alone starting from a site, Å²/s: D = (1/6) Σ_h Γ_h |r_h|² over the hops out of
     * that site (orientation average, the same normalisation as the isotropic D = trace/3). Exact for a
     * random walk whose every site has the same hop set (one orbit), at every time scale.
     */
    public static double randomWalkDiffusionAngstrom2PerS(HopNetwork network, RateModel rates, int site) {
        int[] start = network.hopStart();
        double[] v = network.hopVector();
        double sum = 0;
        for (int h = start[site]; h < start[site + 1]; h++) {
            double r2 = v[3 * h] * v[3 * h] + v[3 * h + 1] * v[3 * h + 1] + v[3 * h + 2] * v[3 * h + 2];
            sum += rates.isolatedRateHz(h) * r2;
        }
        return sum / 6;
    }

    /**
     * D of one ion alone on any periodic network, Å²/s, exact in the long-time limit, also where the
     * sites are not all alike or a site's hop vectors do not sum to zero (split sites, e.g. the Na
     * pairs of Na2B12H12). Then successive hops are correlated and (1/6) Σ_h Γ_h |r_h|² is wrong.
     *
     * <p>Method (the corrector of periodic homogenisation): with stationary weights π_i ∝
     * e^{−E_i/kT} and site drift v_i = Σ_h Γ_h r_h, solve L χ = −v, (Lχ)_i = Σ_h Γ_h (χ_{t(h)} − χ_i).
     * Then Y = x + χ(site) is a martingale, differs from x by a bounded amount, and
     * D = (1/6) Σ_i π_i Σ_h Γ_h |r_h + χ_{t(h)} − χ_i|². Solvable because Σ_i π_i v_i = 0 by detailed
     * balance (on each connected component); χ is fixed up to a constant per component, which D does
     * not see. Dense pseudo-inverse: meant for networks of a few hundred sites.
     */
    public static double periodicWalkDiffusionAngstrom2PerS(HopNetwork network, RateModel rates) {
        double[] d = periodicWalkDiffusionTensorAngstrom2PerS(network, rates);
        return (d[0] + d[4] + d[8]) / 3;
    }

    /**
     * The full tensor of {@link #periodicWalkDiffusionAngstrom2PerS}: D_ab = (1/2) Σ_i π_i Σ_h Γ_h d_a d_b
     * with d = r_h + χ_{t(h)} − χ_i, Å²/s, row-major [3x3]. Its trace/3 is the isotropic D. For a
     * layered composite it gives D along and across the layers exactly, whatever the barriers and
     * site energies of the layers and their interfaces.
     */
    public static double[] periodicWalkDiffusionTensorAngstrom2PerS(HopNetwork network, RateModel rates) {
        int n = network.siteCount();
        int[] start = network.hopStart();
        int[] target = network.hopTarget();
        double[] v = network.hopVector();
        double[] weight = stationaryWeights(rates, n);
        DMatrixRMaj generator = new DMatrixRMaj(n, n);
        DMatrixRMaj minusDrift = new DMatrixRMaj(n, 3);
        for (int i = 0; i < n; i++) {
            for (int h = start[i]; h < start[i + 1]; h++) {
                double g = rates.isolatedRateHz(h);
                generator.add(i, target[h], g);
                generator.add(i, i, -g);
                for (int a = 0; a < 3; a++) minusDrift.add(i, a, -g * v[3 * h + a]);
            }
        }
        // Pseudo-inverse: the minimum-norm χ solves the (consistent) system on every connected
        // component at once, so a network of isolated clusters gives D = 0 instead of failing.
        DMatrixRMaj inverse = new DMatrixRMaj(n, n);
        CommonOps_DDRM.pinv(generator, inverse);
        DMatrixRMaj chi = new DMatrixRMaj(n, 3);
        CommonOps_DDRM.mult(inverse, minusDrift, chi);
        double[] sum = new double[9];
        double[] d = new double[3];
        for (int i = 0; i < n; i++) {
            for (int h = start[i]; h < start[i + 1]; h++) {
                for (int a = 0; a < 3; a++) d[a] = v[3 * h + a] + chi.get(target[h], a) - chi.get(i, a);
                double w = weight[i] * rates.isolatedRateHz(h) / 2;
                for (int a = 0; a < 3; a++) for (int b = 0; b < 3; b++) sum[3 * a + b] += w * d[a] * d[b];
            }
        }
        return sum;
    }

    /** Boltzmann weights of one ion over the sites, normalised to 1. */
    private static double[] stationaryWeights(RateModel rates, int n) {
        double[] w = new double[n];
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) min = Math.min(min, rates.siteEnergyEv(i));
        double z = 0;
        for (int i = 0; i < n; i++) {
            w[i] = Math.exp(-(rates.siteEnergyEv(i) - min) / rates.thermalEnergyEv());
            z += w[i];
        }
        for (int i = 0; i < n; i++) w[i] /= z;
        return w;
    }

    /**
     * Exact canonical mean number of ions on the B sites for n ions on g_A A sites and g_B B sites,
     * non-interacting with site exclusion, B higher by dE: Σ_k k C(g_A, n−k) C(g_B, k) e^{−k βdE} / Z.
     * The finite-N Fermi–Dirac law; its dilute limit is the Boltzmann ratio.
     */
    public static double canonicalMeanOnB(int sitesA, int sitesB, int ions, double betaDe) {
        double[] logW = new double[ions + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= ions; k++) {
            logW[k] = (k > sitesB || ions - k > sitesA) ? Double.NEGATIVE_INFINITY
                    : logBinomial(sitesA, ions - k) + logBinomial(sitesB, k) - k * betaDe;
            max = Math.max(max, logW[k]);
        }
        double z = 0, m = 0;
        for (int k = 0; k <= ions; k++) {
            double w = Math.exp(logW[k] - max);
            z += w;
            m += k * w;
        }
        return m / z;
    }

    static double logBinomial(int n, int k) {
        double s = 0;
        for (int i = 1; i <= k; i++) s += Math.log((double) (n - k + i) / i);
        return s;
    }
}
