package org.ionhop.crystal;

import java.util.Arrays;

/**
 * A space-group operation x' = R x + t in fractional coordinates, with integer R and t kept
 * modulo 1 (in [0,1)) so that operations that differ by a lattice translation compare equal.
 */
public final class SymmetryOperation {
    /** Tolerance for comparing translations (fractions like 1/3 come as decimals in some CIFs). */
    private static final double TRANSLATION_EPS = 1e-6;

    private final int[] rotation;       // row-major 3x3
    private final double[] translation; // in [0,1)

    public SymmetryOperation(int[] rotation, double[] translation) {
        if (rotation.length != 9 || translation.length != 3) {
            throw new IllegalArgumentException("rotation must be 3x3 and translation 3-vector");
        }
        this.rotation = rotation.clone();
        this.translation = new double[3];
        for (int i = 0; i < 3; i++) this.translation[i] = wrap(translation[i]);
    }

    public static final SymmetryOperation IDENTITY =
            new SymmetryOperation(new int[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, new double[3]);

    /**
     * Parses a Jones-faithful triplet as written in CIFs: "x,y,z", "-y+1/2, x-y, z+1/4",
     * "1/2+x,-y,z", "x-y,x,z+0.5" (upper or lower case, optional spaces and quotes).
     *
     * @throws IllegalArgumentException with a message saying which part could not be read
     */
    public static SymmetryOperation parse(String text) {
        String s = text.trim();
        if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"')
                && s.charAt(s.length() - 1) == s.charAt(0)) {
            s = s.substring(1, s.length() - 1);
        }
        String[] parts = s.toLowerCase().replace(" ", "").split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("symmetry operation '" + text
                    + "' must have three comma-separated parts like 'x,y,z' or '-y+1/2,x,z'");
        }
        int[] rot = new int[9];
        double[] tr = new double[3];
        for (int row = 0; row < 3; row++) {
            parseComponent(text, parts[row], rot, row, tr);
        }
        return new SymmetryOperation(rot, tr);
    }

    private static void parseComponent(String whole, String part, int[] rot, int row, double[] tr) {
        if (part.isEmpty()) {
            throw new IllegalArgumentException("symmetry operation '" + whole + "' has an empty part");
        }
        int i = 0;
        boolean sawTerm = false;
        while (i < part.length()) {
            int sign = 1;
            char ch = part.charAt(i);
            if (ch == '+' || ch == '-') {
                sign = ch == '-' ? -1 : 1;
                i++;
                if (i >= part.length()) {
                    throw new IllegalArgumentException("symmetry operation '" + whole
                            + "' ends with a dangling sign in '" + part + "'");
                }
                ch = part.charAt(i);
            } else if (sawTerm) {
                throw new IllegalArgumentException("symmetry operation '" + whole
                        + "' has terms without a sign between them in '" + part + "'");
            }
            if (ch == 'x' || ch == 'y' || ch == 'z') {
                rot[row * 3 + (ch - 'x')] += sign;
                i++;
            } else if (Character.isDigit(ch) || ch == '.') {
                int start = i;
                while (i < part.length() && (Character.isDigit(part.charAt(i)) || part.charAt(i) == '.'
                        || part.charAt(i) == '/')) i++;
                String num = part.substring(start, i);
                double value;
                try {
                    int slash = num.indexOf('/');
                    value = slash < 0 ? Double.parseDouble(num)
                            : Double.parseDouble(num.substring(0, slash)) / Double.parseDouble(num.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("symmetry operation '" + whole
                            + "' has an unreadable number '" + num + "'");
                }
                if (!Double.isFinite(value)) { // "1/0"
                    throw new IllegalArgumentException("symmetry operation '" + whole
                            + "' has a translation that is not a finite number: '" + num + "'");
                }
                // "2x" style coefficients are not used in CIF triplets; a number is a translation.
                if (i < part.length() && "xyz".indexOf(part.charAt(i)) >= 0) {
                    throw new IllegalArgumentException("symmetry operation '" + whole
                            + "' has a coefficient before a coordinate in '" + part + "'");
                }
                tr[row] += sign * value;
            } else {
                throw new IllegalArgumentException("symmetry operation '" + whole
                        + "' has an unexpected character '" + ch + "' in '" + part + "'");
            }
            sawTerm = true;
        }
    }

    static double wrap(double t) {
        double w = t - Math.floor(t);
        if (w > 1 - TRANSLATION_EPS || w < TRANSLATION_EPS) w = 0.0;
        return w;
    }

    /** Rotation element R[row][col]. */
    public int rotation(int row, int col) { return rotation[row * 3 + col]; }

    public int[] rotation() { return rotation.clone(); }

    public double[] translation() { return translation.clone(); }

    /** Applies the operation to fractional coordinates; the result is not wrapped into the cell. */
    public double[] apply(double[] frac) {
        double[] out = new double[3];
        applyRotation(frac, out);
        for (int i = 0; i < 3; i++) out[i] += translation[i];
        return out;
    }

    /** R * v only (for difference vectors such as hops). */
    public void applyRotation(double[] v, double[] out) {
        double x = v[0], y = v[1], z = v[2];
        for (int r = 0; r < 3; r++) {
            out[r] = rotation[r * 3] * x + rotation[r * 3 + 1] * y + rotation[r * 3 + 2] * z;
        }
    }

    /** this ∘ other: first other, then this. */
    public SymmetryOperation compose(SymmetryOperation other) {
        int[] r = new int[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int s = 0;
                for (int k = 0; k < 3; k++) s += rotation[i * 3 + k] * other.rotation[k * 3 + j];
                r[i * 3 + j] = s;
            }
        }
        double[] t = new double[3];
        applyRotation(other.translation, t);
        for (int i = 0; i < 3; i++) t[i] += translation[i];
        return new SymmetryOperation(r, t);
    }

    /** Determinant of R: +1 proper, -1 improper. */
    public int determinant() {
        int[] m = rotation;
        return m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6])
                + m[2] * (m[3] * m[7] - m[4] * m[6]);
    }

    /** Same R and same t modulo lattice translations. */
    public boolean sameAs(SymmetryOperation o) {
        if (!Arrays.equals(rotation, o.rotation)) return false;
        for (int i = 0; i < 3; i++) {
            double d = Math.abs(translation[i] - o.translation[i]);
            d = Math.min(d, 1 - d);
            if (d > TRANSLATION_EPS) return false;
        }
        return true;
    }

    /** A key equal for operations that are {@link #sameAs} each other (translations rounded to 1e-4). */
    public String key() {
        StringBuilder sb = new StringBuilder(Arrays.toString(rotation));
        for (double t : translation) {
            long q = Math.round(t * 1e4) % 10000;
            sb.append(',').append(q);
        }
        return sb.toString();
    }

    /** The operation as an xyz triplet, e.g. "-y+1/2,x,z". */
    public String toXyz() {
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < 3; row++) {
            if (row > 0) sb.append(',');
            StringBuilder part = new StringBuilder();
            for (int col = 0; col < 3; col++) {
                int c = rotation[row * 3 + col];
                if (c == 0) continue;
                if (c < 0) part.append('-');
                else if (part.length() > 0) part.append('+');
                if (Math.abs(c) != 1) part.append(Math.abs(c));
                part.append((char) ('x' + col));
            }
            double t = translation[row];
            if (t != 0) part.append('+').append(fraction(t));
            sb.append(part);
        }
        return sb.toString();
    }

    private static String fraction(double t) {
        for (int den : new int[] {2, 3, 4, 6, 8, 12}) {
            double num = t * den;
            if (Math.abs(num - Math.rint(num)) < 1e-6) return (long) Math.rint(num) + "/" + den;
        }
        return Double.toString(t);
    }

    @Override
    public String toString() { return toXyz(); }
}
