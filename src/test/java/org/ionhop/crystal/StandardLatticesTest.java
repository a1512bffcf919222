package org.ionhop.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.joml.Matrix3d;
import org.junit.jupiter.api.Test;

/** Group orders and Wyckoff multiplicities from International Tables Vol. A. */
class StandardLatticesTest {
    @Test
    void groupsHaveTheOrdersOfTheirConventionalCells() {
        assertEquals(48, StandardLattices.pm3m().order());
        assertEquals(96, StandardLattices.im3m().order());
        assertEquals(192, StandardLattices.fm3m().order());
        assertEquals(192, StandardLattices.fd3m().order());
        assertEquals(24, StandardLattices.p63mmc().order());
        assertEquals(16, StandardLattices.p4mmm().order());
        assertEquals(24, StandardLattices.p6mmm().order());
    }

    @Test
    void groupsEqualTheSpglibCheckedTableInItsDefaultSettings() {
        // An independent source: the shipped Hall-symbol table (origin choice 2, hexagonal axes).
        SpaceGroupTable table = SpaceGroupTable.standard();
        for (SpaceGroup mine : List.of(StandardLattices.pm3m(), StandardLattices.im3m(), StandardLattices.fm3m(),
                StandardLattices.fd3m(), StandardLattices.p63mmc(), StandardLattices.p4mmm(), StandardLattices.p6mmm())) {
            SpaceGroup reference = table.spaceGroup(table.byNumber(mine.number()).orElseThrow());
            Set<String> expected = new HashSet<>(), actual = new HashSet<>();
            for (SymmetryOperation op : reference.operations()) expected.add(op.key());
            for (SymmetryOperation op : mine.operations()) actual.add(op.key());
            assertEquals(expected, actual, mine.symbol());
        }
    }

    @Test
    void latticesHaveTheWyckoffMultiplicities() {
        assertEquals(1, StandardLattices.simpleCubic(3).sites().size());
        assertEquals(2, StandardLattices.bcc(3).sites().size());
        assertEquals(4, StandardLattices.fcc(3).sites().size());
        assertEquals(8, StandardLattices.diamond(3).sites().size());
        assertEquals(2, StandardLattices.hcp(3).sites().size());
        assertEquals(1, StandardLattices.squareNet(3).sites().size());
        assertEquals(1, StandardLattices.triangularNet(3).sites().size());
        assertEquals(2, StandardLattices.honeycombNet(3).sites().size());
    }

    @Test
    void fd3mOriginChoiceTwoGivesEveryWyckoffMultiplicity() {
        // ITA No. 227, origin choice 2: 8a 1/8,1/8,1/8; 8b 3/8,3/8,3/8; 16c 0,0,0; 16d 1/2,1/2,1/2;
        // 32e x,x,x; 48f x,1/8,1/8; 96g x,x,z; 96h 0,y,-y; 192i x,y,z.
        // A large cell keeps distinct images of these positions further apart than the expander's
        // minimum separation.
        Cell cell = Cell.fromParameters(40, 40, 40, 90, 90, 90);
        SpaceGroup g = StandardLattices.fd3m();
        double[][] positions = {{0.125, 0.125, 0.125}, {0.375, 0.375, 0.375}, {0, 0, 0}, {0.5, 0.5, 0.5},
            {0.26, 0.26, 0.26}, {0.31, 0.125, 0.125}, {0.03, 0.03, 0.29}, {0, 0.07, -0.07}, {0.03, 0.07, 0.19}};
        int[] multiplicity = {8, 8, 16, 16, 32, 48, 96, 96, 192};
        for (int k = 0; k < positions.length; k++) {
            List<CrystalSite> sites = new SymmetryExpander(cell, g)
                    .expand(null, List.of(new AtomSite("S", "X", positions[k], 1, 0)));
            assertEquals(multiplicity[k], sites.size(), "Wyckoff position " + k);
        }
    }

    @Test
    void p63mmcGivesTheHcpAndGeneralMultiplicities() {
        Cell cell = Cell.fromParameters(12, 12, 20, 90, 90, 120);
        SpaceGroup g = StandardLattices.p63mmc();
        assertEquals(2, new SymmetryExpander(cell, g).expand(null,
                List.of(new AtomSite("S", "X", new double[] {1.0 / 3, 2.0 / 3, 0.25}, 1, 0))).size());
        assertEquals(24, new SymmetryExpander(cell, g).expand(null,
                List.of(new AtomSite("S", "X", new double[] {0.11, 0.37, 0.06}, 1, 0))).size());
    }

    @Test
    void everyOperationIsAnIsometryOfItsCell() {
        assertIsometries(StandardLattices.diamond(4));
        assertIsometries(StandardLattices.hcp(3, 1.7));
        assertIsometries(StandardLattices.honeycombNet(2.5));
        assertIsometries(StandardLattices.squareNet(2.5));
    }

    /** Metric tensor G = M^T M is invariant: R^T G R = G for every rotation part R. */
    private static void assertIsometries(Crystal crystal) {
        Matrix3d m = new Matrix3d(crystal.cell().matrix());
        Matrix3d metric = new Matrix3d(m).transpose().mul(m);
        for (SymmetryOperation op : crystal.spaceGroup().operations()) {
            Matrix3d r = new Matrix3d();
            for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) r.set(j, i, op.rotation(i, j));
            Matrix3d back = new Matrix3d(r).transpose().mul(metric).mul(r);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    assertEquals(metric.get(i, j), back.get(i, j), 1e-9, crystal.title() + " " + op);
                }
            }
        }
    }
}
