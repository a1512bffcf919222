package org.ionhop.network;

import java.util.List;

import org.ionhop.common.InputException;
import org.ionhop.crystal.SymmetryOperation;
import org.joml.Vector3d;

/**
 * How each space-group operation permutes the network sites of the conventional cell: operation g
 * sends site s to site {@code image(g, s)} translated by the lattice vector {@code shift(g, s, k)},
 * i.e. R f_s + t = f_image + shift exactly (up to the position tolerance).
 */
final class SiteSymmetry {
    /** Images of a site under an operation must land this close (Å) to a site of the same label. */
    static final double POSITION_TOLERANCE_ANGSTROM = 0.05;

    private final int sites;
    private final int[] image;   // [op * sites + s]
    private final int[] shift;   // 3 per (op, s)

    SiteSymmetry(NetworkSites net, List<SymmetryOperation> ops, java.nio.file.Path source) {
        sites = net.count();
        image = new int[ops.size() * sites];
        shift = new int[3 * ops.size() * sites];
        double[] f = net.fractional();
        Vector3d diff = new Vector3d();
        for (int g = 0; g < ops.size(); g++) {
            SymmetryOperation op = ops.get(g);
            for (int s = 0; s < sites; s++) {
                double[] p = op.apply(new double[] {f[3 * s], f[3 * s + 1], f[3 * s + 2]});
                int found = -1;
                for (int u = 0; u < sites && found < 0; u++) {
                    if (net.labelIndex()[u] != net.labelIndex()[s]) continue;
                    diff.set(p[0] - f[3 * u], p[1] - f[3 * u + 1], p[2] - f[3 * u + 2]);
                    diff.set(diff.x - Math.rint(diff.x), diff.y - Math.rint(diff.y), diff.z - Math.rint(diff.z));
                    if (net.cell().toCartesian(diff, diff).length() < POSITION_TOLERANCE_ANGSTROM) found = u;
                }
                if (found < 0) {
                    throw new InputException(source, 0, null, "symmetry operation " + op + " maps site "
                            + net.label(s) + " onto no site of the same label",
                            "the coordinates do not fit the space group; check the site and the symmetry operations");
                }
                int at = g * sites + s;
                image[at] = found;
                for (int k = 0; k < 3; k++) shift[3 * at + k] = (int) Math.rint(p[k] - f[3 * found + k]);
            }
        }
    }

    int image(int op, int site) { return image[op * sites + site]; }

    int shift(int op, int site, int k) { return shift[3 * (op * sites + site) + k]; }
}
