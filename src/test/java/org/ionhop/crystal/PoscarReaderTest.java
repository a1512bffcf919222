package org.ionhop.crystal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ionhop.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** VASP 5 POSCAR/CONTCAR input: coordinates and scaling against hand calculation, errors by text and line. */
class PoscarReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private InputException readFails(String text) throws IOException {
        Path p = write("POSCAR", text);
        InputException e = assertThrows(InputException.class, () -> CrystalFiles.read(p));
        assertEquals(p, e.file());
        return e;
    }

    @Test
    void directCoordinatesWithSelectiveDynamics() throws IOException {
        Crystal c = CrystalFiles.read(write("POSCAR", """
                LiCl rock salt
                1.0
                  5.0 0.0 0.0
                  0.0 5.0 0.0
                  0.0 0.0 5.0
                Li Cl
                2 2
                Selective dynamics
                Direct
                  0.0 0.0 0.0 T T T
                  0.5 0.5 0.0 F F F
                  0.5 0.0 0.0 T T T
                  0.0 0.5 0.0 T T T
                """));
        assertEquals("LiCl rock salt", c.title());
        assertEquals(4, c.sites().size());
        assertEquals(List.of("Li", "Li", "Cl", "Cl"), c.sites().stream().map(CrystalSite::label).toList());
        assertEquals(List.of("Li", "Li", "Cl", "Cl"), c.sites().stream().map(CrystalSite::element).toList());
        assertArrayEquals(new double[] {0.5, 0.5, 0.0}, c.sites().get(1).fractional(), 1e-12);
        assertEquals(125.0, c.cell().volume(), 1e-9);
        assertEquals(1, c.spaceGroup().order());
    }

    @Test
    void cartesianCoordinatesAreScaledLikeTheLattice() throws IOException {
        // Scale 2: a = 2 * (3,0,0); Cartesian (1.5, 1.0, 0.5) * 2 = (3, 2, 1) -> fractional (0.5, 0.5, 0.25).
        Crystal c = CrystalFiles.read(write("CONTCAR_relaxed", """
                scaled
                2.0
                  3.0 0.0 0.0
                  0.0 2.0 0.0
                  0.0 0.0 2.0
                Na
                1
                Cartesian
                  1.5 1.0 0.5

                  0.0 0.0 0.0
                """));
        assertEquals(6.0, c.cell().lengthA(), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.5, 0.25}, c.sites().get(0).fractional(), 1e-12);
    }

    @Test
    void negativeScaleIsTheCellVolume() throws IOException {
        // Raw cell volume 1 Å^3, requested 64 Å^3 -> vectors scaled by 4.
        Crystal c = CrystalFiles.read(write("cell.vasp", """
                volume
                -64
                1 0 0
                0 1 0
                0 0 1
                Mg_pv/abc123
                1
                Direct
                0.25 0.5 0.75
                """));
        assertEquals(64.0, c.cell().volume(), 1e-9);
        assertEquals(4.0, c.cell().lengthC(), 1e-12);
        assertEquals("Mg", c.sites().get(0).element());
    }

    @Test
    void repeatedElementBlocksGetDistinctLabels() throws IOException {
        Crystal c = CrystalFiles.read(write("x.poscar", """
                two Li blocks
                1
                4 0 0
                0 4 0
                0 0 4
                Li O Li
                1 1 1
                Direct
                0 0 0
                0.5 0.5 0.5
                0.5 0 0
                """));
        assertEquals(List.of("Li", "O", "Li_2"), c.sites().stream().map(CrystalSite::label).toList());
    }

    @Test
    void vasp4WithoutElementLineAsksForIt() throws IOException {
        InputException e = readFails("old\n1.0\n4 0 0\n0 4 0\n0 0 4\n1 1\nDirect\n0 0 0\n0.5 0.5 0.5\n");
        assertEquals("this is a VASP 4 POSCAR without the element-symbols line", e.problem());
        assertEquals(6, e.line());
    }

    @Test
    void countsNotMatchingTheCoordinatesAreReported() throws IOException {
        InputException few = readFails("x\n1.0\n4 0 0\n0 4 0\n0 0 4\nLi Cl\n2 1\nDirect\n0 0 0\n0.5 0.5 0.5\n");
        assertEquals("the counts add up to 3 atoms but only 2 coordinate lines follow (line 11)", few.problem());
        assertEquals(7, few.line());
        InputException many = readFails("x\n1.0\n4 0 0\n0 4 0\n0 0 4\nLi Cl\n1 1\nDirect\n0 0 0\n0.5 0.5 0.5\n0.5 0 0\n");
        assertEquals("another coordinate line after the 2 atoms the counts list", many.problem());
        assertEquals(11, many.line());
        InputException counts = readFails("x\n1.0\n4 0 0\n0 4 0\n0 0 4\nLi Cl\n2\nDirect\n0 0 0\n0.5 0.5 0.5\n");
        assertEquals("1 counts for 2 element symbols", counts.problem());
        assertEquals(7, counts.line());
    }

    @Test
    void malformedLinesAreReportedWithTheirNumber() throws IOException {
        InputException element = readFails("x\n1.0\n4 0 0\n0 4 0\n0 0 4\nLi Qq\n1 1\nDirect\n0 0 0\n0.5 0.5 0.5\n");
        assertEquals("unknown element 'Qq'", element.problem());
        assertEquals(6, element.line());
        InputException vector = readFails("x\n1.0\n4 0 0\n0 4\n0 0 4\nLi\n1\nDirect\n0 0 0\n");
        assertEquals("lattice vector 2 needs three numbers", vector.problem());
        assertEquals(4, vector.line());
        InputException mode = readFails("x\n1.0\n4 0 0\n0 4 0\n0 0 4\nLi\n1\nFractional\n0 0 0\n");
        assertEquals("expected 'Direct' or 'Cartesian' but found 'Fractional'", mode.problem());
        assertEquals(8, mode.line());
        InputException coordinate = readFails("x\n1.0\n4 0 0\n0 4 0\n0 0 4\nLi\n1\nDirect\n0 zero 0\n");
        assertEquals("'zero' is not a number (coordinate)", coordinate.problem());
        assertEquals(9, coordinate.line());
        InputException overlap = readFails("x\n1.0\n4 0 0\n0 4 0\n0 0 4\nLi\n2\nDirect\n0 0 0\n1.0 0 0\n");
        assertEquals("site Li lands on site Li (closer than 0.01 Å) but they are not symmetry images", overlap.problem());
        assertEquals(10, overlap.line());
        InputException truncated = readFails("x\n1.0\n4 0 0\n");
        assertEquals("the file ends before lattice vector 2", truncated.problem());
    }

    @Test
    void unknownFileNamesAreRejected() throws IOException {
        Path p = write("structure.xyz", "1\n\nLi 0 0 0\n");
        InputException e = assertThrows(InputException.class, () -> CrystalFiles.read(p));
        assertEquals("unknown structure file format", e.problem());
    }
}
