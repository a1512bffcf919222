package org.ionhop.crystal;

import java.util.ArrayList;
import java.util.List;

/**
 * Textbook lattices as {@link Crystal}s carrying their FULL space groups, so that the hop network
 * built on them is classified by the true symmetry (not by P1). Used by physics tests and benchmarks
 * whose exact answers (coordination shells, correlation factors) are known.
 *
 * <p>Every structure has one site orbit labelled {@link #LABEL} with element {@link #ELEMENT}.
 * Space groups are generated from the generator triplets of International Tables Vol. A (standard
 * settings; Fd-3m in origin choice 2, the one most CIFs use) and their closures have the orders of
 * the conventional cells: Pm-3m 48, Im-3m 96, Fm-3m 192, Fd-3m 192, P6_3/mmc 24, P4/mmm 16, P6/mmm 24.
 *
 * <p>Nearest-neighbour distances for lattice constant a: simple cubic a; bcc a√3/2; fcc a/√2;
 * diamond a√3/4; hcp a (six in-plane and, for ideal c/a = √(8/3), six out-of-plane); square and
 * triangular nets a; honeycomb a/√3.
 *
 * <p>The 2D nets are 3D cells with c = {@value #NET_C_OVER_A} a, at least three times any in-plane
 * nearest-neighbour distance, so a cutoff up to c (exclusive) sees only in-plane hops.
 */
public final class StandardLattices {
    /** Site label of the one orbit of every lattice here. */
    public static final String LABEL = "A";
    /** Element symbol used for the sites (a placeholder: these lattices are abstract). */
    public static final String ELEMENT = "X";
    /** c/a of the cells that carry 2D nets. */
    public static final double NET_C_OVER_A = 3.0;
    /** Ideal hcp c/a = √(8/3): the out-of-plane neighbours are at the in-plane distance a. */
    public static final double IDEAL_HCP_C_OVER_A = Math.sqrt(8.0 / 3.0);

    private static final String CENTRING_I = "x+1/2,y+1/2,z+1/2";
    private static final String CENTRING_F1 = "x,y+1/2,z+1/2";
    private static final String CENTRING_F2 = "x+1/2,y,z+1/2";
    /** Point group m-3m: four-fold about z, three-fold about [111], inversion. */
    private static final String[] CUBIC_M3M = {"-y,x,z", "z,x,y", "-x,-y,-z"};
    /** Point group 6/mmm: three-fold about z, two-fold about z, two-fold about [110], inversion. */
    private static final String[] HEXAGONAL_6MMM = {"-y,x-y,z", "-x,-y,z", "y,x,-z", "-x,-y,-z"};

    private StandardLattices() {}

    // ---- space groups ---------------------------------------------------------------------------

    /** Pm-3m (No. 221), 48 operations. */
    public static SpaceGroup pm3m() {
        return group("P m -3 m", 221, CUBIC_M3M);
    }

    /** Im-3m (No. 229), 96 operations. */
    public static SpaceGroup im3m() {
        return group("I m -3 m", 229, concat(CUBIC_M3M, CENTRING_I));
    }

    /** Fm-3m (No. 225), 192 operations. */
    public static SpaceGroup fm3m() {
        return group("F m -3 m", 225, concat(CUBIC_M3M, CENTRING_F1, CENTRING_F2));
    }

    /**
     * Fd-3m (No. 227), origin choice 2 (origin at the inversion centre -3m; 8a at 1/8,1/8,1/8,
     * 16c at 0,0,0, 16d at 1/2,1/2,1/2), 192 operations. Generators are ITA operations (2), (3),
     * (5), (13), (25) plus the F centring.
     */
    public static SpaceGroup fd3m() {
        return group("F d -3 m", 227, "-x+3/4,-y+1/4,z+1/2", "-x+1/4,y+1/2,-z+3/4", "z,x,y",
                "y+3/4,x+1/4,-z+1/2", "-x,-y,-z", CENTRING_F1, CENTRING_F2);
    }

    /** P6_3/mmc (No. 194), 24 operations. */
    public static SpaceGroup p63mmc() {
        return group("P 63/m m c", 194, "-y,x-y,z", "-x,-y,z+1/2", "y,x,-z", "-x,-y,-z");
    }

    /** P4/mmm (No. 123), 16 operations. */
    public static SpaceGroup p4mmm() {
        return group("P 4/m m m", 123, "-y,x,z", "x,-y,-z", "-x,-y,-z");
    }

    /** P6/mmm (No. 191), 24 operations. */
    public static SpaceGroup p6mmm() {
        return group("P 6/m m m", 191, HEXAGONAL_6MMM);
    }

    // ---- 3D lattices ----------------------------------------------------------------------------

    /** Simple cubic: Pm-3m, site 1a (0,0,0); 1 site per cell, 6 nearest neighbours at a. */
    public static Crystal simpleCubic(double aAngstrom) {
        return build("simple cubic", cubic(aAngstrom), pm3m(), 0, 0, 0);
    }

    /** Body-centred cubic: Im-3m, site 2a (0,0,0); 2 sites per cell, 8 neighbours at a√3/2. */
    public static Crystal bcc(double aAngstrom) {
        return build("bcc", cubic(aAngstrom), im3m(), 0, 0, 0);
    }

    /** Face-centred cubic: Fm-3m, site 4a (0,0,0); 4 sites per cell, 12 neighbours at a/√2. */
    public static Crystal fcc(double aAngstrom) {
        return build("fcc", cubic(aAngstrom), fm3m(), 0, 0, 0);
    }

    /** Diamond: Fd-3m (origin choice 2), site 8a (1/8,1/8,1/8); 8 sites per cell, 4 neighbours at a√3/4. */
    public static Crystal diamond(double aAngstrom) {
        return build("diamond", cubic(aAngstrom), fd3m(), 0.125, 0.125, 0.125);
    }

    /** Ideal hexagonal close packing, c/a = √(8/3): 12 neighbours at a (6 in-plane + 6 out-of-plane). */
    public static Crystal hcp(double aAngstrom) {
        return hcp(aAngstrom, IDEAL_HCP_C_OVER_A);
    }

    /** hcp with any c/a: P6_3/mmc, site 2c (1/3,2/3,1/4); 2 sites per cell. */
    public static Crystal hcp(double aAngstrom, double cOverA) {
        return build("hcp c/a=" + cOverA, hexagonal(aAngstrom, aAngstrom * cOverA), p63mmc(), 1.0 / 3, 2.0 / 3, 0.25);
    }

    // ---- 2D nets (long c axis) ------------------------------------------------------------------

    /** Square net: P4/mmm, site 1a (0,0,0), c = 3a; 4 neighbours at a. */
    public static Crystal squareNet(double aAngstrom) {
        return build("square net", Cell.fromParameters(aAngstrom, aAngstrom, NET_C_OVER_A * aAngstrom, 90, 90, 90),
                p4mmm(), 0, 0, 0);
    }

    /** Triangular net: P6/mmm, site 1a (0,0,0), c = 3a; 6 neighbours at a. */
    public static Crystal triangularNet(double aAngstrom) {
        return build("triangular net", hexagonal(aAngstrom, NET_C_OVER_A * aAngstrom), p6mmm(), 0, 0, 0);
    }

    /** Honeycomb net: P6/mmm, site 2c (1/3,2/3,0), c = 3a; 2 sites per cell, 3 neighbours at a/√3. */
    public static Crystal honeycombNet(double aAngstrom) {
        return build("honeycomb net", hexagonal(aAngstrom, NET_C_OVER_A * aAngstrom), p6mmm(), 1.0 / 3, 2.0 / 3, 0);
    }

    /**
     * A one-orbit crystal: the site {@link #LABEL} at the given fractional position, expanded by the
     * group. Exposed so tests can build lower-symmetry variants (e.g. tetragonal P4/mmm with c ≠ a).
     */
    public static Crystal build(String title, Cell cell, SpaceGroup group, double x, double y, double z) {
        AtomSite site = new AtomSite(LABEL, ELEMENT, new double[] {x, y, z}, 1.0, 0);
        return Crystal.expand(title + " (" + group.symbol() + ")", null, cell, group, List.of(site));
    }

    private static Cell cubic(double a) {
        return Cell.fromParameters(a, a, a, 90, 90, 90);
    }

    private static Cell hexagonal(double a, double c) {
        return Cell.fromParameters(a, a, c, 90, 90, 120);
    }

    private static SpaceGroup group(String symbol, int number, String... generators) {
        List<SymmetryOperation> ops = new ArrayList<>();
        for (String g : generators) ops.add(SymmetryOperation.parse(g));
        return SpaceGroup.generatedBy(symbol, number, ops);
    }

    private static String[] concat(String[] head, String... tail) {
        String[] out = new String[head.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
