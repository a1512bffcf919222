package org.ionhop.rates.neb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ionhop.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NaN and infinity in an NEB profile (two columns, neb.dat, VASP OSZICAR) are refused at their line. */
class NonFiniteNebNumbersTest {
    @TempDir
    Path dir;

    @Test
    void tableFormats() throws IOException {
        for (String bad : new String[] {"NaN", "Infinity", "-Infinity", "nan", "inf", "-inf", ".nan", "1e999"}) {
            Path p = dir.resolve("p.dat");
            Files.writeString(p, "0.0 0.0\n1.0 " + bad + "\n2.0 0.0\n");
            InputException e = assertThrows(InputException.class, () -> NebProfileReader.read(p, NebFormat.AUTO), bad);
            assertEquals(2, e.line(), e.userMessage());
            assertTrue(e.userMessage().contains("'" + bad + "'"), e.userMessage());
            Files.writeString(p, "0 0.0 0.0 0.0 0\n1 1.0 " + bad + " 0.0 1\n2 2.0 0.0 0.0 2\n");
            e = assertThrows(InputException.class, () -> NebProfileReader.read(p, NebFormat.NEBDAT), bad);
            assertEquals(2, e.line(), e.userMessage());
        }
    }

    @Test
    void vaspOszicarEnergy() throws IOException {
        for (int i = 0; i < 3; i++) {
            Path img = Files.createDirectories(dir.resolve(String.format("%02d", i)));
            String e = i == 1 ? "NaN" : "-0.50000000E+02";
            Files.writeString(img.resolve("OSZICAR"), "   1 F= " + e + " E0= " + e + "  d E =0.0\n");
        }
        InputException e = assertThrows(InputException.class, () -> NebProfileReader.read(dir, NebFormat.VASP));
        assertEquals(dir.resolve("01").resolve("OSZICAR"), e.file(), e.userMessage());
        assertTrue(e.userMessage().contains("'NaN'"), e.userMessage());
    }
}
