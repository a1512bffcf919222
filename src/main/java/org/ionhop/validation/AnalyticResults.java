package org.ionhop.validation;

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
