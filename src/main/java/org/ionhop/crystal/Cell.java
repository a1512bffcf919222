package org.ionhop.crystal;

import org.joml.Matrix3d;
import org.joml.Matrix3dc;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * A periodic cell. Lattice vectors a, b, c are the columns of {@link #matrix()} (Cartesian Å), so
 * r_cart = M * r_frac. Built from parameters, a lies along x and b in the xy-plane (the usual
 * crystallographic convention); built from vectors (POSCAR), the given orientation is kept.
 */
public final class Cell {
    private final Matrix3d matrix;
    private final Matrix3d inverse;

    private Cell(Matrix3d matrix) {
        double det = matrix.determinant();
        if (!(Math.abs(det) > 1e-9)) {
            throw new IllegalArgumentException("cell is degenerate (volume " + det + " Å^3)");
        }
        this.matrix = new Matrix3d(matrix);
        this.inverse = new Matrix3d(matrix).invert();
    }

    /**
     * The longest cell edge a structure file may give: beyond it a number is a unit mistake (pm), and
     * neighbour searches over such a cell never finish.
     */
    public static final double MAX_FILE_EDGE_ANGSTROM = 1000.0;

    /** Cell from lengths (Å) and angles (degrees). */
    public static Cell fromParameters(double a, double b, double c,
                                      double alphaDeg, double betaDeg, double gammaDeg) {
        if (!(a > 0 && b > 0 && c > 0)) {
            throw new IllegalArgumentException("cell lengths must be positive: a=" + a + " b=" + b + " c=" + c);
        }
        double al = Math.toRadians(alphaDeg), be = Math.toRadians(betaDeg), ga = Math.toRadians(gammaDeg);
        double cosA = Math.cos(al), cosB = Math.cos(be), cosG = Math.cos(ga), sinG = Math.sin(ga);
        // Snap cos(90°) etc. to exact zero so orthogonal cells stay exactly orthogonal.
        cosA = snap(cosA); cosB = snap(cosB); cosG = snap(cosG);
        double cx = c * cosB;
        double cy = c * (cosA - cosB * cosG) / sinG;
        double cz2 = c * c - cx * cx - cy * cy;
        if (!(cz2 > 0)) {
            throw new IllegalArgumentException("cell angles alpha=" + alphaDeg + " beta=" + betaDeg
                    + " gamma=" + gammaDeg + " do not form a 3D cell");
        }
        Vector3d va = new Vector3d(a, 0, 0);
        Vector3d vb = new Vector3d(b * cosG, b * sinG, 0);
        Vector3d vc = new Vector3d(cx, cy, Math.sqrt(cz2));
        return fromVectors(va, vb, vc);
    }

    /** Cell from Cartesian lattice vectors (Å). */
    public static Cell fromVectors(Vector3dc a, Vector3dc b, Vector3dc c) {
        Matrix3d m = new Matrix3d();
        m.setColumn(0, a).setColumn(1, b).setColumn(2, c);
        return new Cell(m);
    }

    private static double snap(double x) {
        return Math.abs(x) < 1e-12 ? 0.0 : x;
    }

    /** Lattice vectors as columns, Å. */
    public Matrix3dc matrix() { return matrix; }

    public Vector3d vectorA() { return matrix.getColumn(0, new Vector3d()); }
    public Vector3d vectorB() { return matrix.getColumn(1, new Vector3d()); }
    public Vector3d vectorC() { return matrix.getColumn(2, new Vector3d()); }

    public double lengthA() { return vectorA().length(); }
    public double lengthB() { return vectorB().length(); }
    public double lengthC() { return vectorC().length(); }
    public double alphaDeg() { return Math.toDegrees(vectorB().angle(vectorC())); }
    public double betaDeg() { return Math.toDegrees(vectorA().angle(vectorC())); }
    public double gammaDeg() { return Math.toDegrees(vectorA().angle(vectorB())); }

    /** Volume in Å^3 (positive). */
    public double volume() { return Math.abs(matrix.determinant()); }

    public Vector3d toCartesian(Vector3dc frac, Vector3d dest) { return matrix.transform(frac, dest); }

    public Vector3d toFractional(Vector3dc cart, Vector3d dest) { return inverse.transform(cart, dest); }

    /** A cell whose vectors are n1 a, n2 b, n3 c. */
    public Cell supercell(int n1, int n2, int n3) {
        return fromVectors(vectorA().mul(n1), vectorB().mul(n2), vectorC().mul(n3));
    }

    /** Distance between planes (hkl)=(100),(010),(001) in Å: how far a sphere fits inside the cell. */
    public double[] planeSpacings() {
        Vector3d a = vectorA(), b = vectorB(), c = vectorC();
        double v = volume();
        return new double[] {
            v / new Vector3d(b).cross(c).length(),
            v / new Vector3d(c).cross(a).length(),
            v / new Vector3d(a).cross(b).length()
        };
    }

    @Override
    public String toString() {
        return String.format("Cell[a=%.5f b=%.5f c=%.5f Å, alpha=%.3f beta=%.3f gamma=%.3f deg]",
                lengthA(), lengthB(), lengthC(), alphaDeg(), betaDeg(), gammaDeg());
    }
}
