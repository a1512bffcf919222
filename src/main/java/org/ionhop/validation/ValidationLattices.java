package org.ionhop.validation;

import java.nio.file.Path;
import java.util.List;

import org.ionhop.crystal.AtomSite;
import org.ionhop.crystal.Cell;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.CrystalFiles;
import org.ionhop.crystal.StandardLattices;
import org.ionhop.network.HopNetwork;
import org.ionhop.network.HopNetworkBuilder;

/** Hop networks of the textbook lattices the analytic cases run on, built by the production builder. */
public final class ValidationLattices {
    /** Label of the regular sites of {@link #caesiumChloride}. */
    public static final String REGULAR = "A";
    /** Label of the body-centre (interstitial) sites of {@link #caesiumChloride}. */
    public static final String INTERSTITIAL = "B";

    private ValidationLattices() {}

    /** Nearest-neighbour hops only: the cutoff lies 1% beyond the shortest site–site distance. */
    public static HopNetwork nearestNeighbour(Crystal crystal, int n1, int n2, int n3) {
        HopNetworkBuilder b = new HopNetworkBuilder(crystal).mobileLabels(List.of(StandardLattices.LABEL));
        return b.cutoffAngstrom(1.01 * b.shortestHopAngstrom()).supercell(n1, n2, n3).build();
    }

    /**
     * Two interpenetrating simple-cubic sublattices in Pm-3m: regular sites {@link #REGULAR} at 1a (0,0,0)
     * and body centres {@link #INTERSTITIAL} at 1b (½,½,½), equal numbers of each. R–I hops are a√3/2
     * long, R–R and I–I hops a. Site type 0 = R, 1 = I.
     *
     * @param cutoffAngstrom e.g. 0.9 a for R–I hops only, 1.01 a for all three classes
     */
    public static HopNetwork caesiumChloride(double aAngstrom, double cutoffAngstrom, int n) {
        Crystal crystal = Crystal.expand("CsCl-type R + I sublattices", null,
                Cell.fromParameters(aAngstrom, aAngstrom, aAngstrom, 90, 90, 90), StandardLattices.pm3m(),
                List.of(new AtomSite(REGULAR, StandardLattices.ELEMENT, new double[] {0, 0, 0}, 1.0, 0),
                        new AtomSite(INTERSTITIAL, StandardLattices.ELEMENT, new double[] {0.5, 0.5, 0.5}, 1.0, 0)));
        HopNetwork net = new HopNetworkBuilder(crystal).mobileLabels(List.of(REGULAR, INTERSTITIAL))
                .cutoffAngstrom(cutoffAngstrom).supercell(n, n, n).build();
        if (!net.siteLabels().get(0).equals(REGULAR)) throw new IllegalStateException("site type 0 must be " + REGULAR);
        return net;
    }

    /** Shipped CIF of the bcc high-temperature phase of Na2B12H12 (Verdal et al. 2014; lattices/README.md). */
    public static final String NA2B12H12_CIF = "Na2B12H12_Im-3m.cif";
    /** Hop cutoff of {@link #na2b12h12SplitSites}: the 1.30 Å and 1.95 Å shells, nothing longer (2.75 Å). */
    public static final double NA2B12H12_CUTOFF_ANGSTROM = 2.0;

    /**
     * The published Na sublattice of Na2B12H12 (24g, split in pairs 2δa = 1.30 Å apart across each
     * tetrahedral 12d interstice), hops up to {@link #NA2B12H12_CUTOFF_ANGSTROM}: the flip inside a
     * pair and the 1.95 Å hop into a neighbouring interstice. Class order follows the builder (by length).
     */
    public static HopNetwork na2b12h12SplitSites(Path cif, int n) {
        return new HopNetworkBuilder(CrystalFiles.read(cif)).species("Na").cutoffAngstrom(NA2B12H12_CUTOFF_ANGSTROM)
                .supercell(n, n, n).build();
    }
}
