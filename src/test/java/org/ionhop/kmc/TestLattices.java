package org.ionhop.kmc;

import org.ionhop.crystal.StandardLattices;
import org.ionhop.network.HopNetwork;
import org.ionhop.validation.ValidationLattices;

/**
 * Nearest-neighbour hop networks on the standard lattices, built by the production builder through
 * {@link ValidationLattices} (shared with the validation cases).
 */
final class TestLattices {
    private TestLattices() {}

    static final double A = 2.0;

    static HopNetwork simpleCubic(int n) { return cubic(StandardLattices.simpleCubic(A), n); }

    static HopNetwork bcc(int n) { return cubic(StandardLattices.bcc(A), n); }

    static HopNetwork fcc(int n) { return cubic(StandardLattices.fcc(A), n); }

    static HopNetwork diamond(int n) { return cubic(StandardLattices.diamond(A), n); }

    static HopNetwork square(int n) { return ValidationLattices.nearestNeighbour(StandardLattices.squareNet(A), n, n, 1); }

    static HopNetwork triangular(int n) {
        return ValidationLattices.nearestNeighbour(StandardLattices.triangularNet(A), n, n, 1);
    }

    static HopNetwork honeycomb(int n) {
        return ValidationLattices.nearestNeighbour(StandardLattices.honeycombNet(A), n, n, 1);
    }

    /**
     * CsCl arrangement: site A at the cube corner, site B at the body centre (Pm-3m); each site has
     * 8 nearest neighbours, all of the other type, so N_A = N_B = n³ and every hop is A–B.
     */
    static HopNetwork cesiumChloride(int n) {
        return ValidationLattices.caesiumChloride(A, 1.05 * A * Math.sqrt(3) / 2, n);
    }

    /** Simple cubic, n1 x n2 x n3 cells, nearest-neighbour hops. */
    static HopNetwork simpleCubicBox(int n1, int n2, int n3) {
        return ValidationLattices.nearestNeighbour(StandardLattices.simpleCubic(A), n1, n2, n3);
    }

    private static HopNetwork cubic(org.ionhop.crystal.Crystal c, int n) {
        return ValidationLattices.nearestNeighbour(c, n, n, n);
    }
}
