package org.ionhop.kmc;

import java.util.List;

import org.ionhop.crystal.AtomSite;
import org.ionhop.crystal.Cell;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.StandardLattices;
import org.ionhop.network.HopNetwork;
import org.ionhop.network.HopNetworkBuilder;

/** Nearest-neighbour hop networks on the standard lattices, built by the production builder. */
final class TestLattices {
    private TestLattices() {}

    static final double A = 2.0;

    static HopNetwork simpleCubic(int n) { return cubic(StandardLattices.simpleCubic(A), A, n); }

    static HopNetwork bcc(int n) { return cubic(StandardLattices.bcc(A), A * Math.sqrt(3) / 2, n); }

    static HopNetwork fcc(int n) { return cubic(StandardLattices.fcc(A), A / Math.sqrt(2), n); }

    static HopNetwork diamond(int n) { return cubic(StandardLattices.diamond(A), A * Math.sqrt(3) / 4, n); }

    static HopNetwork square(int n) { return net(StandardLattices.squareNet(A), A, n); }

    static HopNetwork triangular(int n) { return net(StandardLattices.triangularNet(A), A, n); }

    static HopNetwork honeycomb(int n) { return net(StandardLattices.honeycombNet(A), A / Math.sqrt(3), n); }

    /**
     * CsCl arrangement: site A at the cube corner, site B at the body centre (Pm-3m); each site has
     * 8 nearest neighbours, all of the other type, so N_A = N_B = n³ and every hop is A–B.
     */
    static HopNetwork cesiumChloride(int n) {
        List<AtomSite> sites = List.of(new AtomSite("A", "Li", new double[] {0, 0, 0}, 1.0, 0),
                new AtomSite("B", "Li", new double[] {0.5, 0.5, 0.5}, 1.0, 0));
        Crystal c = Crystal.expand("CsCl-type two-site lattice", null, Cell.fromParameters(A, A, A, 90, 90, 90),
                StandardLattices.pm3m(), sites);
        return new HopNetworkBuilder(c).mobileLabels(List.of("A", "B")).cutoffAngstrom(1.05 * A * Math.sqrt(3) / 2)
                .supercell(n, n, n).build();
    }

    private static HopNetwork cubic(Crystal c, double nearestAngstrom, int n) {
        return new HopNetworkBuilder(c).mobileLabels(List.of(StandardLattices.LABEL))
                .cutoffAngstrom(1.05 * nearestAngstrom).supercell(n, n, n).build();
    }

    private static HopNetwork net(Crystal c, double nearestAngstrom, int n) {
        return new HopNetworkBuilder(c).mobileLabels(List.of(StandardLattices.LABEL))
                .cutoffAngstrom(1.05 * nearestAngstrom).supercell(n, n, 1).build();
    }
}
