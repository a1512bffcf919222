package org.ionhop.rates.kmcpy;

import java.util.List;

/**
 * A local cluster expansion over the ordered slots of one hop environment, in kMCpy's convention:
 * value = empty cluster + Σ_f coefficient_f · Σ_{clusters c of f} Π_{positions p of c}
 * basis[slot(c,p)][state(slot)][basisIndex(c,p)], in meV. For a binary site the basis is the spin
 * variable σ = ±1 of kMCpy's Chebyshev basis (its {@code site_basis_values}), so a feature is the
 * sum over an orbit of products of σ. Evaluated with the occupancy before the hop.
 *
 * @param emptyClusterMeV constant term, meV
 * @param features        correlation features with their coefficients, in the model's order
 * @param basis           per slot, per state, per basis function: the site basis value
 */
public record LocalExpansion(double emptyClusterMeV, List<Feature> features, double[][][] basis) {

    /**
     * One correlation feature (an orbit, possibly decorated).
     *
     * @param clusters       per cluster, the slots it covers
     * @param basisIndex     per cluster, the basis-function index used at each of its positions
     * @param coefficientMeV effective cluster interaction, meV
     */
    public record Feature(int[][] clusters, int[][] basisIndex, double coefficientMeV) {
        public Feature {
            if (clusters.length != basisIndex.length) throw new IllegalArgumentException("clusters and basis indices differ");
            for (int c = 0; c < clusters.length; c++) {
                if (clusters[c].length != basisIndex[c].length) {
                    throw new IllegalArgumentException("cluster " + c + " and its basis indices differ in length");
                }
            }
        }

        /** Number of clusters in the orbit. */
        public int multiplicity() { return clusters.length; }
    }

    public int slotCount() { return basis.length; }

    /** Value for the given state index of every slot, meV. */
    public double valueMeV(int[] stateOfSlot) {
        double e = 0; // kMCpy's order: the inner product first, then the empty cluster
        for (Feature f : features) {
            if (f.coefficientMeV() == 0) continue;
            double corr = 0;
            for (int c = 0; c < f.clusters().length; c++) {
                double prod = 1;
                int[] slots = f.clusters()[c];
                for (int p = 0; p < slots.length; p++) prod *= basis[slots[p]][stateOfSlot[slots[p]]][f.basisIndex()[c][p]];
                corr += prod;
            }
            e += f.coefficientMeV() * corr;
        }
        return e + emptyClusterMeV;
    }
}
