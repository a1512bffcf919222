package org.ionhop.rates.neb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ionhop.common.InputException;

/**
 * Reads an NEB image set written by ASE as extended XYZ ({@code ase.io.write('neb.extxyz', images)}):
 * one frame per image in path order, each a line with the atom count, a comment line of
 * {@code key=value} pairs that must hold the image's {@code energy} (eV; ASE writes it from the
 * attached calculator), then one line per atom with the columns that {@code Properties=} names
 * (default {@code species:S:1:pos:R:3}).
 *
 * <p>Reaction coordinate: the cumulative configuration-space distance between consecutive images,
 * sqrt(Σ_atoms |Δr|²), each atom's displacement by the minimum image when the frame has a
 * {@code Lattice} and periodic boundaries — as for a VASP NEB directory. No tangential forces are
 * read (ASE stores the total forces, not their projection on the NEB tangent), so the spline uses
 * finite-difference slopes.
 */
final class ExtxyzNebReader {
    private static final Pattern PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_\\-]*)\\s*=\\s*(\"[^\"]*\"|'[^']*'|\\{[^}]*\\}|\\S+)");
    private static final String HINT = "write the images with ase.io.write('neb.extxyz', images) after each image's "
            + "energy is attached (atoms.calc = SinglePointCalculator(atoms, energy=E)), or add energy=E (eV) to each "
            + "comment line";

    private ExtxyzNebReader() {}

    /** Whether a file looks like extended XYZ: an atom count, then a comment line with key=value pairs. */
    static boolean looksLikeExtxyz(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".extxyz") || name.endsWith(".xyz")) return true;
        try (var lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            List<String> head = lines.limit(2).toList();
            return head.size() == 2 && head.get(0).trim().matches("\\d+") && PAIR.matcher(head.get(1)).find();
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    static NebProfile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file, 0, null, "cannot read: " + e.getMessage(), null);
        }
        List<Frame> frames = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            Frame f = frame(file, lines, i, frames.size());
            if (!frames.isEmpty() && f.positions.length != frames.get(0).positions.length) {
                throw new InputException(file, i + 1, null, "image " + frames.size() + " has " + f.positions.length / 3
                        + " atoms but image 0 has " + frames.get(0).positions.length / 3,
                        "all NEB images must contain the same atoms in the same order");
            }
            frames.add(f);
            i += 2 + f.positions.length / 3;
        }
        int n = frames.size();
        double[] energy = new double[n];
        double[] x = new double[n];
        int[] frameLines = new int[n];
        for (int k = 0; k < n; k++) {
            energy[k] = frames.get(k).energyEv;
            frameLines[k] = frames.get(k).commentLine;
            if (k > 0) x[k] = x[k - 1] + distance(frames.get(k - 1), frames.get(k));
        }
        return NebProfile.checked(file, NebFormat.EXTXYZ, x, energy, Optional.empty(), false,
                "energy= of each frame (ASE extended XYZ)", frameLines);
    }

    /** One image: its energy, Cartesian positions and (if periodic) its cell. */
    private record Frame(double energyEv, double[] positions, double[] lattice, int commentLine) {}

    private static Frame frame(Path file, List<String> lines, int at, int image) {
        String countLine = lines.get(at).trim();
        int atoms;
        try {
            atoms = Integer.parseInt(countLine);
        } catch (NumberFormatException e) {
            throw new InputException(file, at + 1, null, "expected the atom count of image " + image + ", found '"
                    + abbreviate(countLine) + "'", "an extended XYZ frame starts with a line holding the number of atoms");
        }
        if (atoms < 1) throw new InputException(file, at + 1, null, "image " + image + " has no atoms", null);
        if (at + 1 + atoms >= lines.size()) {
            throw new InputException(file, lines.size(), null, "image " + image + " is truncated: " + atoms
                    + " atoms announced on line " + (at + 1) + ", fewer lines follow", "check that the file is complete");
        }
        int commentLine = at + 2;
        Map<String, String> info = info(lines.get(at + 1));
        String energyText = null;
        for (Map.Entry<String, String> e : info.entrySet()) if (e.getKey().equalsIgnoreCase("energy")) energyText = e.getValue();
        if (energyText == null) {
            throw new InputException(file, commentLine, "energy", "image " + image + " has no energy= in its comment line", HINT);
        }
        double energy = NumericTable.number(energyText, file, commentLine, 0);
        double[] lattice = null;
        if (info.containsKey("Lattice") && periodic(info.get("pbc"))) {
            String[] t = info.get("Lattice").trim().split("\\s+");
            if (t.length != 9) {
                throw new InputException(file, commentLine, "Lattice", "Lattice needs 9 numbers (a, b, c vectors), found "
                        + t.length, null);
            }
            lattice = new double[9];
            for (int k = 0; k < 9; k++) lattice[k] = NumericTable.number(t[k], file, commentLine, k + 1);
        }
        int posColumn = positionColumn(file, commentLine, info.get("Properties"));
        double[] positions = new double[3 * atoms];
        for (int a = 0; a < atoms; a++) {
            int lineNo = at + 3 + a;
            String[] t = lines.get(lineNo - 1).trim().split("\\s+");
            if (t.length < posColumn + 3) {
                throw new InputException(file, lineNo, null, "atom line has " + t.length + " columns, the positions need "
                        + (posColumn + 3), "each atom line holds the columns Properties= names (species x y z ...)");
            }
            for (int k = 0; k < 3; k++) positions[3 * a + k] = NumericTable.number(t[posColumn + k], file, lineNo, posColumn + k + 1);
        }
        return new Frame(energy, positions, lattice, commentLine);
    }

    private static Map<String, String> info(String comment) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = PAIR.matcher(comment);
        while (m.find()) {
            String v = m.group(2);
            if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'' || v.charAt(0) == '{')) v = v.substring(1, v.length() - 1);
            out.put(m.group(1), v);
        }
        return out;
    }

    /** Periodic unless pbc says "F F F" (ASE writes pbc only with a Lattice; a Lattice alone means periodic). */
    private static boolean periodic(String pbc) {
        if (pbc == null) return true;
        return pbc.toUpperCase(Locale.ROOT).matches(".*\\b(T|TRUE)\\b.*");
    }

    /** Column (0-based) where the x coordinate of pos starts, from Properties=name:type:count:... */
    private static int positionColumn(Path file, int line, String properties) {
        if (properties == null) return 1; // plain XYZ: species x y z
        String[] p = properties.split(":");
        if (p.length % 3 != 0) {
            throw new InputException(file, line, "Properties", "Properties must be name:type:count triples, got '"
                    + abbreviate(properties) + "'", null);
        }
        int column = 0;
        for (int k = 0; k < p.length; k += 3) {
            if (p[k].equals("pos") || p[k].equals("positions")) return column;
            try {
                column += Integer.parseInt(p[k + 2]);
            } catch (NumberFormatException e) {
                throw new InputException(file, line, "Properties", "column count '" + p[k + 2] + "' of " + p[k]
                        + " is not a whole number", null);
            }
        }
        throw new InputException(file, line, "Properties", "Properties has no pos column", "name the positions pos:R:3");
    }

    /** sqrt(Σ|Δr|²) over atoms, each Δr by the minimum image of the earlier frame's cell when periodic. */
    private static double distance(Frame a, Frame b) {
        double sum = 0;
        double[] d = new double[3];
        for (int i = 0; i < a.positions.length; i += 3) {
            for (int k = 0; k < 3; k++) d[k] = b.positions[i + k] - a.positions[i + k];
            if (a.lattice != null) minimumImage(a.lattice, d);
            sum += d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
        }
        return Math.sqrt(sum);
    }

    /** Reduces d to its minimum image in the cell whose rows are the lattice vectors. */
    private static void minimumImage(double[] lattice, double[] d) {
        org.joml.Matrix3d m = new org.joml.Matrix3d(lattice[0], lattice[1], lattice[2], lattice[3], lattice[4], lattice[5],
                lattice[6], lattice[7], lattice[8]); // columns = a, b, c (JOML is column-major)
        org.joml.Vector3d f = new org.joml.Matrix3d(m).invert().transform(new org.joml.Vector3d(d[0], d[1], d[2]));
        f.set(f.x - Math.rint(f.x), f.y - Math.rint(f.y), f.z - Math.rint(f.z));
        m.transform(f);
        d[0] = f.x;
        d[1] = f.y;
        d[2] = f.z;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
