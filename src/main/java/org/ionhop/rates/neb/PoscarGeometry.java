package org.ionhop.rates.neb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ionhop.common.InputException;

/**
 * The lattice and fractional positions of a VASP POSCAR/CONTCAR, just enough to measure how far
 * an NEB image is from the previous one.
 *
 * @param lattice    rows are the lattice vectors a, b, c in Å (after the scale factor)
 * @param fractional 3 per atom
 */
record PoscarGeometry(double[][] lattice, double[] fractional) {

    int atomCount() {
        return fractional.length / 3;
    }

    /**
     * Distance in configuration space to another image: sqrt(Σ_atoms |Δr|²) with each atom's
     * displacement taken by the minimum image (atoms do not cross half a cell between images).
     */
    double distanceAngstrom(PoscarGeometry other, Path otherFile) {
        if (other.atomCount() != atomCount()) {
            throw new InputException(otherFile, 0, null, "has " + other.atomCount() + " atoms but the previous image has "
                    + atomCount(), "all NEB images must contain the same atoms in the same order");
        }
        double sum = 0;
        for (int a = 0; a < atomCount(); a++) {
            double[] d = new double[3];
            for (int k = 0; k < 3; k++) {
                double f = other.fractional[3 * a + k] - fractional[3 * a + k];
                d[k] = f - Math.rint(f);
            }
            for (int k = 0; k < 3; k++) {
                double c = d[0] * lattice[0][k] + d[1] * lattice[1][k] + d[2] * lattice[2][k];
                sum += c * c;
            }
        }
        return Math.sqrt(sum);
    }

    static PoscarGeometry read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new InputException(file, 0, null, "cannot read: " + e.getMessage(), null);
        }
        Cursor c = new Cursor(file, lines);
        c.next(); // comment
        double scale = c.numbers(1)[0];
        double[][] lattice = {c.numbers(3), c.numbers(3), c.numbers(3)};
        String[] tokens = c.peek().trim().split("\\s+");
        if (!tokens[0].matches("\\d+")) c.next(); // VASP 5 species names
        int atoms = 0;
        for (String t : c.next().trim().split("\\s+")) {
            atoms += (int) NumericTable.number(t, file, c.line, 1);
        }
        String mode = c.next().trim();
        if (mode.toLowerCase().startsWith("s")) mode = c.next().trim(); // Selective dynamics
        boolean cartesian = mode.toLowerCase().startsWith("c") || mode.toLowerCase().startsWith("k");
        double factor = scale > 0 ? scale : Math.cbrt(-scale / Math.abs(det(lattice)));
        for (double[] row : lattice) for (int k = 0; k < 3; k++) row[k] *= factor;
        double[][] inverse = cartesian ? inverse(lattice) : null;
        double[] frac = new double[3 * atoms];
        for (int a = 0; a < atoms; a++) {
            double[] r = c.numbers(3);
            if (cartesian) {
                for (int k = 0; k < 3; k++) r[k] *= factor;
                double[] f = new double[3];
                for (int k = 0; k < 3; k++) f[k] = r[0] * inverse[0][k] + r[1] * inverse[1][k] + r[2] * inverse[2][k];
                r = f;
            }
            System.arraycopy(r, 0, frac, 3 * a, 3);
        }
        return new PoscarGeometry(lattice, frac);
    }

    private static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    /** Inverse of the row-vector lattice, so fractional = cartesian · inverse. */
    private static double[][] inverse(double[][] m) {
        double d = det(m);
        double[][] inv = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int i1 = (j + 1) % 3, i2 = (j + 2) % 3, j1 = (i + 1) % 3, j2 = (i + 2) % 3;
                inv[i][j] = (m[i1][j1] * m[i2][j2] - m[i1][j2] * m[i2][j1]) / d;
            }
        }
        return inv;
    }

    /** Walks the file's lines, reporting a short file at the line where data ran out. */
    private static final class Cursor {
        private final Path file;
        private final List<String> lines;
        private int line; // 1-based line of the last returned

        Cursor(Path file, List<String> lines) {
            this.file = file;
            this.lines = lines;
        }

        String peek() {
            if (line >= lines.size()) throw truncated();
            return lines.get(line);
        }

        String next() {
            String s = peek();
            line++;
            return s;
        }

        double[] numbers(int count) {
            String[] t = next().trim().split("\\s+");
            if (t.length < count) {
                throw new InputException(file, line, null, "expected " + count + " numbers, got '" + lines.get(line - 1)
                        + "'", "is this a VASP POSCAR/CONTCAR?");
            }
            double[] v = new double[count];
            for (int i = 0; i < count; i++) v[i] = NumericTable.number(t[i], file, line, i + 1);
            return v;
        }

        private InputException truncated() {
            return new InputException(file, lines.size(), null, "the file ends early", "is this a complete POSCAR/CONTCAR?");
        }
    }
}
