package org.ionhop.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ionhop.crystal.AtomSite;
import org.ionhop.crystal.Cell;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.SpaceGroup;
import org.ionhop.crystal.StandardLattices;
import org.ionhop.crystal.SymmetryOperation;
import org.junit.jupiter.api.Test;

/**
 * Coordination shells and hop classes of textbook lattices, against hand calculation: the number
 * of neighbours per site, their distance for lattice constant a, and which equal-length hops the
 * space group does or does not relate.
 */
class HopClassificationTest {
    private static final String A = StandardLattices.LABEL;
    private static final double LATTICE = 3.0;

    private static List<HopClass> classes(Crystal crystal, double cutoff) {
        return new HopNetworkBuilder(crystal).mobileLabels(List.of(A)).cutoffAngstrom(cutoff).classify();
    }

    /** One class of n hops per site at the given length; sites per cell s gives n s / 2 per cell. */
    private static void assertShell(HopClass c, int hopsPerSite, double length, int sitesPerCell) {
        assertEquals(A, c.fromLabel());
        assertEquals(A, c.toLabel());
        assertEquals(length, c.lengthAngstrom(), 1e-9, c.describe());
        assertEquals(hopsPerSite, c.hopsPerFromSite(), c.describe());
        assertEquals(hopsPerSite, c.hopsPerToSite(), c.describe());
        assertEquals(hopsPerSite * sitesPerCell / 2, c.countPerCell(), c.describe());
    }

    /** Exactly one class within the cutoff: the nearest-neighbour shell. */
    private static void assertOnlyShell(Crystal crystal, double cutoff, int hopsPerSite, double length, int sitesPerCell) {
        List<HopClass> c = classes(crystal, cutoff);
        assertEquals(1, c.size(), crystal.title());
        assertShell(c.get(0), hopsPerSite, length, sitesPerCell);
    }

    @Test
    void simpleCubicHasSixThenTwelve() {
        Crystal sc = StandardLattices.simpleCubic(LATTICE);
        assertOnlyShell(sc, 1.1 * LATTICE, 6, LATTICE, 1);
        List<HopClass> two = classes(sc, 1.5 * LATTICE);
        assertEquals(2, two.size());
        assertShell(two.get(1), 12, LATTICE * Math.sqrt(2), 1);
    }

    @Test
    void bccHasEightThenSix() {
        List<HopClass> c = classes(StandardLattices.bcc(LATTICE), 1.1 * LATTICE);
        assertEquals(2, c.size());
        assertShell(c.get(0), 8, LATTICE * Math.sqrt(3) / 2, 2);
        assertShell(c.get(1), 6, LATTICE, 2);
    }

    @Test
    void fccHasTwelveThenSix() {
        List<HopClass> c = classes(StandardLattices.fcc(LATTICE), 1.1 * LATTICE);
        assertEquals(2, c.size());
        assertShell(c.get(0), 12, LATTICE / Math.sqrt(2), 4);
        assertShell(c.get(1), 6, LATTICE, 4);
    }

    @Test
    void diamondHasFour() {
        assertOnlyShell(StandardLattices.diamond(LATTICE), 0.5 * LATTICE, 4, LATTICE * Math.sqrt(3) / 4, 8);
    }

    @Test
    void twoDimensionalNetsHaveTheirPlanarCoordination() {
        // Cutoffs below the second in-plane shells (√2 a, √3 a, a) and far below c = 3a.
        assertOnlyShell(StandardLattices.squareNet(LATTICE), 1.1 * LATTICE, 4, LATTICE, 1);
        assertOnlyShell(StandardLattices.triangularNet(LATTICE), 1.1 * LATTICE, 6, LATTICE, 1);
        assertOnlyShell(StandardLattices.honeycombNet(LATTICE), 0.7 * LATTICE, 3, LATTICE / Math.sqrt(3), 2);
        // Up to just below c only in-plane hops: square shells a (4), √2 a (4), 2a (4), √5 a (8), 2√2 a (4).
        List<HopClass> square = classes(StandardLattices.squareNet(LATTICE), 2.95 * LATTICE);
        assertEquals(24, square.stream().mapToInt(HopClass::hopsPerFromSite).sum());
    }

    @Test
    void idealHcpSplitsTwelveEqualNeighboursIntoInPlaneAndOutOfPlaneClasses() {
        Crystal hcp = StandardLattices.hcp(LATTICE);
        List<HopClass> c = classes(hcp, 1.1 * LATTICE);
        assertEquals(2, c.size());
        assertShell(c.get(0), 6, LATTICE, 2);
        assertShell(c.get(1), 6, LATTICE, 2);
        HopNetwork net = new HopNetworkBuilder(hcp).mobileLabels(List.of(A)).cutoffAngstrom(1.1 * LATTICE)
                .supercell(3, 3, 2).build();
        // Each class is either entirely in the basal plane or entirely out of it.
        boolean[] inPlane = new boolean[2], outOfPlane = new boolean[2];
        for (int h = 0; h < net.hopCount(); h++) {
            boolean flat = Math.abs(net.hopVector()[3 * h + 2]) < 1e-9;
            (flat ? inPlane : outOfPlane)[net.hopClass()[h]] = true;
        }
        assertTrue(inPlane[0] ^ inPlane[1], "exactly one class lies in the plane");
        assertTrue(outOfPlane[0] ^ outOfPlane[1], "exactly one class leaves the plane");
        assertTrue(inPlane[0] != outOfPlane[0], "no class mixes in-plane and out-of-plane hops");
    }

    @Test
    void nonIdealHcpPutsTheOutOfPlaneShellAtItsHandCalculatedDistance() {
        // 2c sites (1/3,2/3,1/4) and (2/3,1/3,3/4): out-of-plane neighbours at sqrt(a²/3 + c²/4).
        double cOverA = 1.5;
        List<HopClass> c = classes(StandardLattices.hcp(LATTICE, cOverA), 1.05 * LATTICE);
        assertEquals(2, c.size());
        assertShell(c.get(0), 6, LATTICE * Math.sqrt(1.0 / 3 + cOverA * cOverA / 4), 2);
        assertShell(c.get(1), 6, LATTICE, 2);
    }

    @Test
    void equalLengthsUnrelatedBySymmetryAreDifferentClasses() {
        // A cubic metric (a = c) with only tetragonal symmetry: the 4 hops in the ab plane and the
        // 2 along c are equally long but no operation of P4/mmm maps one set onto the other.
        Cell cube = Cell.fromParameters(LATTICE, LATTICE, LATTICE, 90, 90, 90);
        List<HopClass> tetragonal = classes(StandardLattices.build("tetragonal", cube, StandardLattices.p4mmm(), 0, 0, 0),
                1.1 * LATTICE);
        assertEquals(2, tetragonal.size());
        assertEquals(List.of(2, 4), tetragonal.stream().map(HopClass::hopsPerFromSite).sorted().toList());
        // Orthorhombic Pmmm with a = b: three classes of 2 hops, a and b equally long.
        SpaceGroup pmmm = SpaceGroup.generatedBy("P m m m", 47, List.of(SymmetryOperation.parse("-x,-y,z"),
                SymmetryOperation.parse("-x,y,-z"), SymmetryOperation.parse("-x,-y,-z")));
        Cell ortho = Cell.fromParameters(LATTICE, LATTICE, 1.2 * LATTICE, 90, 90, 90);
        List<HopClass> orthorhombic = classes(StandardLattices.build("orthorhombic", ortho, pmmm, 0, 0, 0),
                1.3 * LATTICE);
        assertEquals(3, orthorhombic.size());
        for (HopClass c : orthorhombic) assertEquals(2, c.hopsPerFromSite());
        assertEquals(orthorhombic.get(0).lengthAngstrom(), orthorhombic.get(1).lengthAngstrom(), 1e-12);
        // The same cube with its full group Pm-3m joins them.
        assertEquals(1, classes(StandardLattices.build("cubic", cube, StandardLattices.pm3m(), 0, 0, 0),
                1.1 * LATTICE).size());
    }

    @Test
    void spinelTetrahedralSitesHopThroughEmptyOctahedra() {
        // Fd-3m, a = 11.1 Å: Mg on 8a (1/8,1/8,1/8), empty octahedral 16c (0,0,0). Each 8a site has
        // four 16c neighbours at a√3/8 (tetrahedron), each 16c two 8a; 8a–8a is a√3/4, 16c–16c a√2/4.
        double a = 11.1;
        Crystal mg = Crystal.expand("spinel Mg sublattice", null, Cell.fromParameters(a, a, a, 90, 90, 90),
                StandardLattices.fd3m(), List.of(new AtomSite("Mg", "Mg", new double[] {0.125, 0.125, 0.125}, 1, 0)));
        Crystal withOct = mg.withExtraSites(List.of(new AtomSite("oct", "Mg", new double[] {0, 0, 0}, 1, 0)));
        assertEquals(8, withOct.sitesWithLabel("Mg").size());
        assertEquals(16, withOct.sitesWithLabel("oct").size());
        List<HopClass> c = new HopNetworkBuilder(withOct).species("Mg").mobileLabels(List.of("Mg", "oct"))
                .cutoffAngstrom(2.5).classify();
        assertEquals(1, c.size());
        HopClass hop = c.get(0);
        assertEquals("Mg", hop.fromLabel());
        assertEquals("oct", hop.toLabel());
        assertEquals(a * Math.sqrt(3) / 8, hop.lengthAngstrom(), 1e-9);
        assertEquals(4, hop.hopsPerFromSite());
        assertEquals(2, hop.hopsPerToSite());
        assertEquals(32, hop.countPerCell());
    }
}
