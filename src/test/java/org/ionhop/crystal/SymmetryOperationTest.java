package org.ionhop.crystal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SymmetryOperationTest {
    @Test
    void parsesCifTripletsWithFractionsAndDecimals() {
        SymmetryOperation op = SymmetryOperation.parse("'-y+1/2, x-y, 1/4+z'");
        assertArrayEquals(new double[] {0.5 - 0.2, 0.1 - 0.2, 0.25 + 0.3}, op.apply(new double[] {0.1, 0.2, 0.3}), 1e-12);
        SymmetryOperation dec = SymmetryOperation.parse("X,Y,Z+0.5");
        assertArrayEquals(new double[] {0.1, 0.2, 0.8}, dec.apply(new double[] {0.1, 0.2, 0.3}), 1e-12);
    }

    @Test
    void rejectsMalformedTripletsWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SymmetryOperation.parse("x,y"));
        assertTrue(e.getMessage().contains("three comma-separated parts"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SymmetryOperation.parse("x,y,w"));
        assertTrue(e.getMessage().contains("unexpected character 'w'"), e.getMessage());
    }

    @Test
    void roundTripsThroughXyz() {
        SymmetryOperation op = SymmetryOperation.parse("-y+1/2,x-y,z+3/4");
        assertTrue(op.sameAs(SymmetryOperation.parse(op.toXyz())), op.toXyz());
    }

    @Test
    void cubicGeneratorsCloseIntoTheFullGroups() {
        // Pm-3m: 48 operations; with body centring (Im-3m) 96; four-fold rotation closes to order 4.
        List<SymmetryOperation> pm3m = List.of(SymmetryOperation.parse("-x,-y,z"), SymmetryOperation.parse("-x,y,-z"),
                SymmetryOperation.parse("z,x,y"), SymmetryOperation.parse("y,x,-z"), SymmetryOperation.parse("-x,-y,-z"));
        assertEquals(48, SpaceGroup.generatedBy("P m -3 m", 221, pm3m).order());
        List<SymmetryOperation> im3m = new java.util.ArrayList<>(pm3m);
        im3m.add(SymmetryOperation.parse("x+1/2,y+1/2,z+1/2"));
        assertEquals(96, SpaceGroup.generatedBy("I m -3 m", 229, im3m).order());
        assertEquals(4, SpaceGroup.generatedBy("P 4", 75, List.of(SymmetryOperation.parse("-y,x,z"))).order());
    }

    @Test
    void bodyCentredCellExpandsToTwoSites() {
        SpaceGroup im3m = SpaceGroup.generatedBy("I m -3 m", 229, List.of(SymmetryOperation.parse("-x,-y,z"),
                SymmetryOperation.parse("z,x,y"), SymmetryOperation.parse("-x,-y,-z"),
                SymmetryOperation.parse("x+1/2,y+1/2,z+1/2")));
        Crystal c = Crystal.expand("bcc", null, Cell.fromParameters(3, 3, 3, 90, 90, 90), im3m,
                List.of(new AtomSite("Fe1", "Fe", new double[] {0, 0, 0}, 1.0, 0)));
        assertEquals(2, c.sites().size());
    }
}
