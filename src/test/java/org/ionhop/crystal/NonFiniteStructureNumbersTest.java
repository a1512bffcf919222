package org.ionhop.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ionhop.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NaN, infinity and overflowing numbers in a CIF or POSCAR are refused at their line: Java's own
 * number parser accepts "NaN" and "Infinity" and would put them into the cell or the coordinates.
 */
class NonFiniteStructureNumbersTest {
    private static final String[] BAD = {"NaN", "Infinity", "-Infinity", "nan", "inf", ".inf", "1e999", "0x1p3"};

    private static final String CIF = "data_x\n" + CifReaderTest.CUBIC_CELL + "_symmetry_space_group_name_H-M 'P 1'\n"
            + CifReaderTest.SITE_LOOP_HEADER + "Li1 Li 0.0 0.0 0.0 1.0\nCl1 Cl 0.5 0.5 0.5 1.0\n";

    private static final String POSCAR = """
            LiCl
            1.0
              5.0 0.0 0.0
              0.0 5.0 0.0
              0.0 0.0 5.0
            Li Cl
            1 1
            Direct
              0.0 0.0 0.0
              0.5 0.5 0.5
            """;

    @TempDir
    Path dir;

    @Test
    void cifCellAndCoordinatesAndOccupancy() throws IOException {
        assertRefused("x.cif", CIF, "_cell_length_a 5.6402(3)", "_cell_length_a ", 2);
        assertRefused("x.cif", CIF, "_cell_angle_beta 90", "_cell_angle_beta ", 6);
        assertRefused("x.cif", CIF, "Li1 Li 0.0 0.0 0.0 1.0", "Li1 Li 0.0 0.0 ", 16);
        assertRefused("x.cif", CIF, "Cl1 Cl 0.5 0.5 0.5 1.0", "Cl1 Cl 0.5 0.5 0.5 ", 17);
    }

    @Test
    void poscarScaleVectorsAndCoordinates() throws IOException {
        assertRefused("POSCAR", POSCAR, "1.0\n", "", 2);
        assertRefused("POSCAR", POSCAR, "  0.0 5.0 0.0", "  0.0 ", 4);
        assertRefused("POSCAR", POSCAR, "  0.5 0.5 0.5", "  0.5 ", 10);
    }

    @Test
    void poscarAtomCountBeyondIntegerRangeIsAnInputError() throws IOException {
        Path p = dir.resolve("POSCAR");
        Files.writeString(p, POSCAR.replace("1 1\n", "99999999999 1\n"));
        InputException e = assertThrows(InputException.class, () -> CrystalFiles.read(p));
        assertEquals(7, e.line(), e.userMessage());
        Files.writeString(p, POSCAR.replace("1 1\n", "900000000 900000000\n"));
        e = assertThrows(InputException.class, () -> CrystalFiles.read(p));
        assertTrue(e.userMessage().contains("counts add up"), e.userMessage());
    }

    @Test
    void cellsLongerThanAnyCrystalAreRefusedNotSearchedForever() throws IOException {
        Path cif = dir.resolve("x.cif");
        Files.writeString(cif, CIF.replace("_cell_length_a 5.6402(3)", "_cell_length_a 1e300"));
        InputException e = assertThrows(InputException.class, () -> CrystalFiles.read(cif));
        assertEquals(2, e.line(), e.userMessage());
        assertTrue(e.userMessage().contains("longer than 1000"), e.userMessage());
        Path poscar = dir.resolve("POSCAR");
        Files.writeString(poscar, POSCAR.replace("1.0\n", "1e200\n"));
        e = assertThrows(InputException.class, () -> CrystalFiles.read(poscar));
        assertTrue(e.userMessage().contains("longer than 1000"), e.userMessage());
    }

    /** Replaces the token after {@code prefix} on the line {@code original} with each bad spelling. */
    private void assertRefused(String name, String text, String original, String prefix, int line) throws IOException {
        assertTrue(text.contains(original), original);
        String rest = original.substring(prefix.length());
        int space = rest.indexOf(' ');
        String tail = space < 0 ? (rest.endsWith("\n") ? "\n" : "") : rest.substring(space);
        for (String bad : BAD) {
            Path p = dir.resolve(name);
            Files.writeString(p, text.replace(original, prefix + bad + tail));
            InputException e = assertThrows(InputException.class, () -> CrystalFiles.read(p), bad + " in " + original);
            assertEquals(p, e.file());
            assertEquals(line, e.line(), e.userMessage());
            assertTrue(e.userMessage().contains("'" + bad + "'"), e.userMessage());
            assertFalse(e.userMessage().contains("\n"));
        }
    }
}
