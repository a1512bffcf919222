package org.ionhop.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The integer lattice spanned by the lattice translations (in units of the conventional cell
 * vectors a, b, c) that a connected component of the hop network connects a site to. Kept as an
 * integer row-echelon basis: adding a vector combines it with the row of the same pivot column by
 * the extended Euclid algorithm, so the rows always generate exactly the lattice of all vectors added
 * (not only the same real span). The rank is the dimensionality of long-range transport.
 */
final class TranslationLattice {
    /** rows[k] is the basis row whose first non-zero column is k, or null. */
    private final long[][] rows = new long[3][];

    /** Adds a translation n (n ≠ 0 or 0; zero adds nothing). */
    void add(long n0, long n1, long n2) {
        long[] v = {n0, n1, n2};
        for (int k = 0; k < 3; k++) {
            if (v[k] == 0) continue;
            if (rows[k] == null) {
                rows[k] = v[k] < 0 ? new long[] {-v[0], -v[1], -v[2]} : v;
                reduce();
                return;
            }
            long[] r = rows[k];
            long a = r[k], b = v[k];
            long[] e = extendedGcd(a, b);   // e[1]*a + e[2]*b = e[0] = gcd > 0
            long g = e[0];
            long[] combined = new long[3];
            long[] rest = new long[3];
            for (int j = 0; j < 3; j++) {
                combined[j] = e[1] * r[j] + e[2] * v[j];
                rest[j] = (a / g) * v[j] - (b / g) * r[j];   // column k cancels
            }
            rows[k] = combined;
            v = rest;
        }
        reduce();
    }

    /** Hermite normal form: entries right of a pivot in [0, pivot of that column), so numbers stay small. */
    private void reduce() {
        for (int j = 1; j < 3; j++) {
            if (rows[j] == null) continue;
            for (int k = 0; k < j; k++) {
                if (rows[k] == null) continue;
                long q = Math.floorDiv(rows[k][j], rows[j][j]);
                for (int c = 0; c < 3; c++) rows[k][c] -= q * rows[j][c];
            }
        }
    }

    /** Number of independent translations: 0 (closed cluster) to 3. */
    int rank() {
        int r = 0;
        for (long[] row : rows) if (row != null) r++;
        return r;
    }

    /** The basis rows (rank of them), as given by the echelon form. */
    List<int[]> basis() {
        List<int[]> out = new ArrayList<>();
        for (long[] row : rows) {
            if (row != null) out.add(new int[] {Math.toIntExact(row[0]), Math.toIntExact(row[1]), Math.toIntExact(row[2])});
        }
        return out;
    }

    /**
     * Where a component's transport goes, in the conventional axes: "3D"; "2D in the ab plane" (a
     * plane named by its Miller indices (hkl) when it is not spanned by two cell axes); "1D along c"
     * (or along a lattice direction [uvw]); "0D (closed cluster)".
     */
    String describe() {
        List<int[]> b = basis();
        return switch (b.size()) {
            case 0 -> "0D (closed cluster)";
            case 1 -> "1D along " + directionName(primitive(toLong(b.get(0))));
            case 2 -> "2D in the " + planeName(primitive(cross(toLong(b.get(0)), toLong(b.get(1))))) + " plane";
            default -> "3D";
        };
    }

    private static String directionName(long[] d) {
        String axis = d[1] == 0 && d[2] == 0 ? "a" : d[0] == 0 && d[2] == 0 ? "b" : d[0] == 0 && d[1] == 0 ? "c" : null;
        String uvw = String.format(Locale.ROOT, "[%d %d %d]", d[0], d[1], d[2]);
        return axis == null ? uvw : axis + " " + uvw;
    }

    /** A plane with normal (hkl) in reciprocal-lattice indices; (001) contains a and b, etc. */
    private static String planeName(long[] hkl) {
        String name = hkl[0] == 0 && hkl[1] == 0 ? "ab" : hkl[0] == 0 && hkl[2] == 0 ? "ac"
                : hkl[1] == 0 && hkl[2] == 0 ? "bc" : null;
        String miller = String.format(Locale.ROOT, "(%d %d %d)", hkl[0], hkl[1], hkl[2]);
        return name == null ? miller : name + " " + miller;
    }

    /** The shortest integer vector along v, with its first non-zero component positive. */
    private static long[] primitive(long[] v) {
        long g = gcd(gcd(Math.abs(v[0]), Math.abs(v[1])), Math.abs(v[2]));
        long[] p = {v[0] / g, v[1] / g, v[2] / g};
        long first = p[0] != 0 ? p[0] : p[1] != 0 ? p[1] : p[2];
        if (first < 0) for (int k = 0; k < 3; k++) p[k] = -p[k];
        return p;
    }

    /** For integer row vectors u, v of direct-lattice coordinates, u × v gives the (hkl) of their plane. */
    private static long[] cross(long[] u, long[] v) {
        return new long[] {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    }

    private static long[] toLong(int[] v) {
        return new long[] {v[0], v[1], v[2]};
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** {g, x, y} with x·a + y·b = g = gcd(a, b) > 0, for a, b not both zero. */
    private static long[] extendedGcd(long a, long b) {
        long oldR = a, r = b, oldS = 1, s = 0, oldT = 0, t = 1;
        while (r != 0) {
            long q = oldR / r;
            long tmp = oldR - q * r; oldR = r; r = tmp;
            tmp = oldS - q * s; oldS = s; s = tmp;
            tmp = oldT - q * t; oldT = t; t = tmp;
        }
        return oldR < 0 ? new long[] {-oldR, -oldS, -oldT} : new long[] {oldR, oldS, oldT};
    }
}
