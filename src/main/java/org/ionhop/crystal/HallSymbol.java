package org.ionhop.crystal;

import java.util.ArrayList;
import java.util.List;

/**
 * Interprets a Hall symbol (S. R. Hall, Acta Cryst. A37, 517 (1981); rules as restated by
 * R. W. Grosse-Kunstleve, Acta Cryst. A55, 383 (1999)) into the generators of its space group.
 *
 * <p>Grammar: {@code [-]L  [-]N[s][A][T...]  ...  [(vx vy vz)]} where L is the lattice symbol
 * (P A B C I R S T F), N the rotation order 1 2 3 4 6 (a leading '-' makes it improper), s a screw
 * subscript, A the axis (x y z, ' and " for face diagonals, * for the body diagonal), T translation
 * letters (a b c n u v w d) and the optional vector the change of origin in twelfths of the axes.
 * Omitted axes follow Hall's defaults: first matrix along c; a 2-fold second matrix along a after
 * a 2 or 4 and along a-b after a 3 or 6; a 3-fold third matrix along a+b+c.
 */
public final class HallSymbol {
    private HallSymbol() {}

    /**
     * The space group the Hall symbol describes, all centring translations included.
     *
     * @throws IllegalArgumentException when the symbol cannot be read
     */
    public static SpaceGroup toSpaceGroup(String hall, String hmSymbol, int number) {
        try {
            return SpaceGroup.generatedBy(hmSymbol, number, generators(hall));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Hall symbol '" + hall + "': " + e.getMessage(), e);
        }
    }

    /** Generators: centring translations, inversion (if any) and one operation per matrix symbol. */
    public static List<SymmetryOperation> generators(String hall) {
        String text = hall.trim();
        double[] originShift = new double[3];
        int paren = text.indexOf('(');
        if (paren >= 0) {
            originShift = parseOriginShift(hall, text.substring(paren));
            text = text.substring(0, paren).trim();
        }
        String[] tokens = text.split("\\s+");
        if (tokens.length == 0 || tokens[0].isEmpty()) throw new IllegalArgumentException("empty Hall symbol");

        List<SymmetryOperation> gens = new ArrayList<>();
        String lattice = tokens[0];
        boolean centrosymmetric = lattice.startsWith("-");
        if (centrosymmetric) lattice = lattice.substring(1);
        if (lattice.length() != 1) throw new IllegalArgumentException("lattice symbol '" + tokens[0] + "' is not one letter");
        for (double[] t : centringVectors(Character.toUpperCase(lattice.charAt(0)))) {
            gens.add(new SymmetryOperation(IDENTITY_MATRIX, t));
        }
        if (centrosymmetric) gens.add(new SymmetryOperation(negate(IDENTITY_MATRIX), new double[3]));

        int previousOrder = 0;
        char previousAxis = 'z';
        for (int i = 1; i < tokens.length; i++) {
            MatrixSymbol m = MatrixSymbol.parse(hall, tokens[i], i - 1, previousOrder, previousAxis);
            gens.add(m.operation());
            previousOrder = m.order;
            previousAxis = m.axis;
        }
        if (tokens.length == 1) throw new IllegalArgumentException("no rotation matrix symbol after the lattice symbol");
        double[] shift = originShift;
        return gens.stream().map(g -> shiftOrigin(g, shift)).toList();
    }

    private static final int[] IDENTITY_MATRIX = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    private static List<double[]> centringVectors(char lattice) {
        double h = 0.5, t1 = 1.0 / 3, t2 = 2.0 / 3;
        return switch (lattice) {
            case 'P' -> List.of();
            case 'A' -> List.of(new double[] {0, h, h});
            case 'B' -> List.of(new double[] {h, 0, h});
            case 'C' -> List.of(new double[] {h, h, 0});
            case 'I' -> List.of(new double[] {h, h, h});
            case 'R' -> List.of(new double[] {t2, t1, t1}, new double[] {t1, t2, t2});
            case 'S' -> List.of(new double[] {t1, t1, t2}, new double[] {t2, t2, t1});
            case 'T' -> List.of(new double[] {t1, t2, t1}, new double[] {t2, t1, t2});
            case 'F' -> List.of(new double[] {0, h, h}, new double[] {h, 0, h}, new double[] {h, h, 0});
            default -> throw new IllegalArgumentException("unknown lattice symbol '" + lattice + "'");
        };
    }

    /** "(0 0 1)" or "(0 0 -1)": origin shift in twelfths. */
    private static double[] parseOriginShift(String hall, String part) {
        String inner = part.trim();
        if (!inner.endsWith(")")) throw new IllegalArgumentException("unclosed '(' in Hall symbol '" + hall + "'");
        String[] v = inner.substring(1, inner.length() - 1).trim().split("\\s+");
        if (v.length != 3) throw new IllegalArgumentException("change-of-origin vector in '" + hall + "' needs three numbers");
        double[] shift = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                shift[i] = Integer.parseInt(v[i]) / 12.0;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("change-of-origin vector in '" + hall + "' has a non-integer '" + v[i] + "'");
            }
        }
        return shift;
    }

    /** V S V^-1 with V a translation by v: t' = t + (I - R) v. */
    private static SymmetryOperation shiftOrigin(SymmetryOperation op, double[] v) {
        double[] rv = new double[3];
        op.applyRotation(v, rv);
        double[] t = op.translation();
        for (int i = 0; i < 3; i++) t[i] += v[i] - rv[i];
        return new SymmetryOperation(op.rotation(), t);
    }

    private static int[] negate(int[] m) {
        int[] n = new int[9];
        for (int i = 0; i < 9; i++) n[i] = -m[i];
        return n;
    }

    /** One matrix symbol such as "-4bd", "2\"c", "3*", "61". */
    private record MatrixSymbol(int order, boolean improper, char axis, char diagonal, int screw, double[] translation) {

        static MatrixSymbol parse(String hall, String token, int position, int previousOrder, char previousAxis) {
            String s = token;
            int i = 0;
            boolean improper = false;
            if (s.charAt(0) == '-') {
                improper = true;
                i++;
            }
            if (i >= s.length() || "12346".indexOf(s.charAt(i)) < 0) {
                throw new IllegalArgumentException("matrix symbol '" + token + "' in '" + hall
                        + "' must start with a rotation order 1, 2, 3, 4 or 6");
            }
            int order = s.charAt(i++) - '0';
            int screw = 0;
            if (i < s.length() && Character.isDigit(s.charAt(i))) {
                screw = s.charAt(i++) - '0';
                if (screw >= order) {
                    throw new IllegalArgumentException("screw subscript in '" + token + "' must be smaller than " + order);
                }
            }
            char axis = 0, diagonal = 0;
            double[] t = new double[3];
            for (; i < s.length(); i++) {
                char c = Character.toLowerCase(s.charAt(i));
                switch (c) {
                    case 'x', 'y', 'z' -> axis = c;
                    case '\'', '"', '*' -> diagonal = c;
                    case 'a' -> t[0] += 0.5;
                    case 'b' -> t[1] += 0.5;
                    case 'c' -> t[2] += 0.5;
                    case 'n' -> { t[0] += 0.5; t[1] += 0.5; t[2] += 0.5; }
                    case 'u' -> t[0] += 0.25;
                    case 'v' -> t[1] += 0.25;
                    case 'w' -> t[2] += 0.25;
                    case 'd' -> { t[0] += 0.25; t[1] += 0.25; t[2] += 0.25; }
                    default -> throw new IllegalArgumentException("unexpected '" + s.charAt(i) + "' in matrix symbol '"
                            + token + "' of Hall symbol '" + hall + "'");
                }
            }
            if (order == 1) return new MatrixSymbol(1, improper, 'z', (char) 0, 0, t);
            if (axis == 0 && diagonal == 0) {
                // Hall's default axes.
                if (position == 0) axis = 'z';
                else if (position == 1 && order == 2 && (previousOrder == 2 || previousOrder == 4)) axis = 'x';
                else if (position == 1 && order == 2 && (previousOrder == 3 || previousOrder == 6)) {
                    axis = previousAxis;
                    diagonal = '\'';
                } else if (position == 2 && order == 3) diagonal = '*';
                else throw new IllegalArgumentException("matrix symbol '" + token + "' in '" + hall + "' needs an axis");
            } else if (diagonal == '\'' || diagonal == '"') {
                // Face diagonals are perpendicular to the previous matrix's axis (c when that was a+b+c).
                if (axis == 0) axis = position == 0 ? 'z' : previousAxis;
            } else if (diagonal == '*') {
                axis = 0;
            } else if (axis == 0) {
                axis = 'z';
            }
            if (diagonal == '*' && order != 3) {
                throw new IllegalArgumentException("body-diagonal axis '*' needs a 3-fold in '" + token + "' of '" + hall + "'");
            }
            if ((diagonal == '\'' || diagonal == '"') && order != 2) {
                throw new IllegalArgumentException("face-diagonal axis needs a 2-fold in '" + token + "' of '" + hall + "'");
            }
            if (screw > 0) {
                int k = axis == 'x' ? 0 : axis == 'y' ? 1 : 2;
                t[k] += (double) screw / order;
            }
            return new MatrixSymbol(order, improper, diagonal == '*' ? 'z' : axis, diagonal, screw, t);
        }

        SymmetryOperation operation() {
            int[] r = rotationMatrix();
            return new SymmetryOperation(improper ? negate(r) : r, translation);
        }

        private int[] rotationMatrix() {
            if (order == 1) return IDENTITY_MATRIX.clone();
            if (diagonal == '*') return new int[] {0, 0, 1, 1, 0, 0, 0, 1, 0};
            if (diagonal == '\'' || diagonal == '"') return faceDiagonal();
            int[] aboutZ = switch (order) {
                case 2 -> new int[] {-1, 0, 0, 0, -1, 0, 0, 0, 1};
                case 3 -> new int[] {0, -1, 0, 1, -1, 0, 0, 0, 1};
                case 4 -> new int[] {0, -1, 0, 1, 0, 0, 0, 0, 1};
                case 6 -> new int[] {1, -1, 0, 1, 0, 0, 0, 0, 1};
                default -> throw new IllegalStateException("order " + order);
            };
            return permuteFromZ(aboutZ, axis);
        }

        /** 2-folds along a-b (') or a+b (") for a c axis, and their cyclic permutations for a and b. */
        private int[] faceDiagonal() {
            int sign = diagonal == '"' ? 1 : -1;
            int[] aboutZ = {0, sign, 0, sign, 0, 0, 0, 0, -1};
            return permuteFromZ(aboutZ, axis);
        }

        /**
         * The matrix of the same operation about a (x) or b (y): cyclic relabelling of the axes
         * (c -> a, a -> b, b -> c for x).
         */
        private static int[] permuteFromZ(int[] m, char axis) {
            int shift = switch (axis) {
                case 'x' -> 1;
                case 'y' -> 2;
                default -> 0;
            };
            if (shift == 0) return m;
            int[] out = new int[9];
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    out[((r + shift) % 3) * 3 + (c + shift) % 3] = m[r * 3 + c];
                }
            }
            return out;
        }
    }
}
