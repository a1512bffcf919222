package org.ionhop.crystal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.common.FiniteNumbers;
import org.ionhop.common.InputException;
import org.joml.Vector3d;

/**
 * Reads a VASP 5 POSCAR or CONTCAR: comment, scale factor (a negative one is the cell volume in
 * Å^3; three numbers scale x, y, z), three lattice vectors, element symbols, counts, optional
 * "Selective dynamics", Direct or Cartesian coordinates (optional T/F flags and anything after a
 * CONTCAR's blank line are ignored).
 *
 * <p>The result is in P 1 (a POSCAR carries no symmetry). All atoms of one species block share one
 * label, the element symbol ("Li"), since nothing tells them apart; an element that appears in
 * two blocks gets "Li", "Li_2".
 */
public final class PoscarReader {
    private final Path file;
    private final String[] lines;
    private int next; // 0-based index of the next line to read
    /** Factors applied to the x, y, z components of lattice vectors and Cartesian positions. */
    private double[] scaleCartesian;

    private PoscarReader(Path file, String text) {
        this.file = file;
        // split() drops trailing empty strings: the final newline does not make an extra line.
        this.lines = text.split("\r\n|\r|\n");
    }

    /**
     * Reads the structure in a POSCAR/CONTCAR file.
     *
     * @throws InputException when the file is missing or not a valid VASP 5 POSCAR
     */
    public static Crystal read(Path file) {
        return new PoscarReader(file, StructureFileText.readText(file)).read();
    }

    private Crystal read() {
        String title = line("the comment line").trim();
        Cell cell = readCell();
        int symbolsLine = next + 1;
        String[] symbols = tokens(line("the element symbols"));
        if (symbols.length > 0 && isInteger(symbols[0])) {
            throw error(symbolsLine, null, "this is a VASP 4 POSCAR without the element-symbols line",
                    "add a line with the element symbols (e.g. 'Li B H') between the lattice vectors and the counts");
        }
        String[] elements = new String[symbols.length];
        for (int i = 0; i < symbols.length; i++) {
            // VASP 6 writes POTCAR names such as "Li_sv/7a1b2c3d".
            String s = symbols[i].split("[_/]")[0];
            int k = i;
            elements[i] = Elements.normalise(s).orElseThrow(() -> error(symbolsLine, null,
                    "unknown element '" + symbols[k] + "'", "use chemical element symbols such as 'Li'"));
        }
        int countsLine = next + 1;
        String[] countTokens = tokens(line("the atom counts"));
        if (countTokens.length != elements.length) {
            throw error(countsLine, null, countTokens.length + " counts for " + elements.length + " element symbols",
                    "give one count per element symbol on line " + symbolsLine);
        }
        int[] counts = new int[elements.length];
        int total = 0;
        for (int i = 0; i < counts.length; i++) {
            if (!isInteger(countTokens[i]) || Integer.parseInt(countTokens[i]) < 1) {
                throw error(countsLine, null, "'" + countTokens[i] + "' is not a positive atom count",
                        "the line after the element symbols lists how many atoms of each element follow");
            }
            counts[i] = Integer.parseInt(countTokens[i]);
            total += counts[i];
            if (total > lines.length) { // also keeps the sum far from int overflow
                throw error(countsLine, null, "the counts add up to at least " + total + " atoms but the file has "
                        + "only " + lines.length + " lines", "make the counts on line " + countsLine
                        + " match the coordinate lines");
            }
        }
        String mode = line("'Direct' or 'Cartesian'").trim();
        boolean selective = mode.toLowerCase().startsWith("s");
        if (selective) mode = line("'Direct' or 'Cartesian'").trim();
        char m = mode.isEmpty() ? ' ' : Character.toLowerCase(mode.charAt(0));
        if (m != 'd' && m != 'c' && m != 'k') {
            throw error(next, null, "expected 'Direct' or 'Cartesian' but found '" + mode + "'",
                    "the line before the coordinates says how they are given");
        }
        boolean cartesian = m != 'd';

        List<AtomSite> sites = new ArrayList<>();
        String[] labels = labels(elements);
        int block = 0, inBlock = 0;
        for (int atom = 0; atom < total; atom++) {
            while (inBlock == counts[block]) {
                block++;
                inBlock = 0;
            }
            int lineNo = next + 1;
            if (next >= lines.length || lines[next].isBlank()) {
                throw error(countsLine, null, "the counts add up to " + total + " atoms but only " + atom
                        + " coordinate lines follow (line " + lineNo + ")",
                        "make the counts on line " + countsLine + " match the coordinate lines");
            }
            double[] p = coordinates(lines[next++], lineNo);
            if (cartesian) p = toFractional(cell, p);
            sites.add(new AtomSite(labels[block], elements[block], p, 1.0, lineNo));
            inBlock++;
        }
        if (next < lines.length && !lines[next].isBlank() && looksLikeCoordinates(lines[next])) {
            throw error(next + 1, null, "another coordinate line after the " + total + " atoms the counts list",
                    "make the counts on line " + countsLine + " match the coordinate lines");
        }
        return Crystal.expand(title, file, cell, SpaceGroup.p1(), sites);
    }

    private Cell readCell() {
        int scaleLine = next + 1;
        String[] scale = tokens(line("the scale factor"));
        if (scale.length != 1 && scale.length != 3) {
            throw error(scaleLine, null, "the scale factor line must hold one number or three",
                    "line 2 of a POSCAR is the universal scale factor, usually 1.0");
        }
        double[] s = new double[scale.length];
        for (int i = 0; i < s.length; i++) s[i] = parse(scale[i], scaleLine, "scale factor");
        int vectorLine = next + 1;
        Vector3d[] v = new Vector3d[3];
        for (int i = 0; i < 3; i++) {
            int lineNo = next + 1;
            String[] t = tokens(line("lattice vector " + (i + 1)));
            if (t.length < 3) {
                throw error(lineNo, null, "lattice vector " + (i + 1) + " needs three numbers",
                        "lines 3-5 of a POSCAR are the lattice vectors a, b, c in Å");
            }
            v[i] = new Vector3d(parse(t[0], lineNo, "lattice vector"), parse(t[1], lineNo, "lattice vector"),
                    parse(t[2], lineNo, "lattice vector"));
        }
        Cell raw;
        try {
            raw = Cell.fromVectors(v[0], v[1], v[2]);
        } catch (IllegalArgumentException e) {
            throw error(vectorLine, null, "the lattice vectors are degenerate (" + e.getMessage() + ")",
                    "check lines 3-5");
        }
        for (double x : s) {
            if (x == 0 || (s.length == 3 && x < 0)) {
                throw error(scaleLine, null, "invalid scale factor '" + String.join(" ", scale) + "'",
                        "use 1.0 for vectors already in Å, or a negative number for the cell volume in Å^3");
            }
        }
        // A single negative scale factor is the wanted cell volume (VASP convention).
        if (s.length == 3) {
            scaleCartesian = s;
        } else {
            double factor = s[0] > 0 ? s[0] : Math.cbrt(-s[0] / raw.volume());
            scaleCartesian = new double[] {factor, factor, factor};
        }
        for (Vector3d x : v) {
            x.mul(scaleCartesian[0], scaleCartesian[1], scaleCartesian[2]);
            if (!(x.length() <= Cell.MAX_FILE_EDGE_ANGSTROM)) {
                throw error(vectorLine, null, String.format(java.util.Locale.ROOT, "a lattice vector is %.4g Å long "
                        + "(after the scale factor), longer than %.0f Å", x.length(), Cell.MAX_FILE_EDGE_ANGSTROM),
                        "lattice vectors are in Å, times the scale factor on line " + scaleLine);
            }
        }
        try {
            return Cell.fromVectors(v[0], v[1], v[2]);
        } catch (IllegalArgumentException e) {
            throw error(vectorLine, null, "the scaled lattice vectors are degenerate (" + e.getMessage() + ")",
                    "check the scale factor on line " + scaleLine + " and lines 3-5");
        }
    }

    private double[] toFractional(Cell cell, double[] cart) {
        double[] f = scaleCartesian;
        Vector3d r = cell.toFractional(new Vector3d(cart[0] * f[0], cart[1] * f[1], cart[2] * f[2]), new Vector3d());
        return new double[] {r.x, r.y, r.z};
    }

    private double[] coordinates(String text, int lineNo) {
        String[] t = tokens(text);
        if (t.length < 3) {
            throw error(lineNo, null, "a coordinate line needs three numbers, found '" + text.trim() + "'",
                    "each atom needs one line 'x y z' (optionally followed by T/F flags)");
        }
        return new double[] {parse(t[0], lineNo, "coordinate"), parse(t[1], lineNo, "coordinate"),
            parse(t[2], lineNo, "coordinate")};
    }

    private static boolean looksLikeCoordinates(String text) {
        String[] t = tokens(text);
        if (t.length < 3) return false;
        for (int i = 0; i < 3; i++) {
            try {
                FiniteNumbers.parse(t[i]);
            } catch (FiniteNumbers.NotFinite e) {
                return false;
            }
        }
        return true;
    }

    /** "Li" per species block; an element repeated in a later block gets "Li_2", "Li_3". */
    private static String[] labels(String[] elements) {
        Map<String, Integer> seen = new HashMap<>();
        String[] labels = new String[elements.length];
        for (int i = 0; i < elements.length; i++) {
            int k = seen.merge(elements[i], 1, Integer::sum);
            labels[i] = k == 1 ? elements[i] : elements[i] + "_" + k;
        }
        return labels;
    }

    private String line(String what) {
        if (next >= lines.length) {
            throw error(next, null, "the file ends before " + what, "a VASP 5 POSCAR has a comment, scale, three "
                    + "lattice vectors, element symbols, counts, 'Direct'/'Cartesian' and one line per atom");
        }
        return lines[next++];
    }

    private double parse(String token, int lineNo, String what) {
        try {
            return FiniteNumbers.parse(token);
        } catch (FiniteNumbers.NotFinite e) {
            throw error(lineNo, null, e.getMessage() + " (" + what + ")", e.hint());
        }
    }

    private static String[] tokens(String line) {
        String t = line.trim();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    private static boolean isInteger(String s) {
        return s.matches("[+-]?\\d{1,9}"); // at most 999999999: Integer.parseInt cannot overflow
    }

    private InputException error(int lineNo, String key, String problem, String hint) {
        return new InputException(file, lineNo, key, problem, hint);
    }
}
