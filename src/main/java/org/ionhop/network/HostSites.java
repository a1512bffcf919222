package org.ionhop.network;

import java.util.List;

import org.ionhop.crystal.Cell;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.CrystalSite;
import org.joml.Matrix3dc;
import org.joml.Vector3d;

/**
 * The immobile host sites of one crystallographic label, expanded over a supercell: where they are
 * and which of them lie within a distance of a point (periodic, minimum image). Sites are ordered
 * cell by cell (n1 slowest, n3 fastest, as the mobile sites), and within a cell in the crystal's
 * site order — the order of the HDF5 {@code /host_disorder} datasets and of a placement file.
 */
public final class HostSites {
    private final String label;
    private final Cell supercellCell;
    private final double[] fractional; // in conventional-cell units, 0 <= x_k < n_k
    private final double[] cartesian;
    private final double[] supercellFractional;

    private HostSites(String label, Cell supercellCell, double[] fractional, double[] cartesian, int[] repeats) {
        this.label = label;
        this.supercellCell = supercellCell;
        this.fractional = fractional;
        this.cartesian = cartesian;
        this.supercellFractional = new double[fractional.length];
        for (int i = 0; i < fractional.length; i++) supercellFractional[i] = fractional[i] / repeats[i % 3];
    }

    /** All sites labelled {@code label} in a supercell of n1 × n2 × n3 conventional cells (none if absent). */
    public static HostSites of(Crystal crystal, String label, int[] repeats) {
        List<CrystalSite> inCell = crystal.sitesWithLabel(label);
        int m = inCell.size();
        int count = repeats[0] * repeats[1] * repeats[2] * m;
        double[] frac = new double[3 * count];
        double[] cart = new double[3 * count];
        Matrix3dc mat = crystal.cell().matrix();
        Vector3d v = new Vector3d();
        int i = 0;
        for (int c0 = 0; c0 < repeats[0]; c0++) {
            for (int c1 = 0; c1 < repeats[1]; c1++) {
                for (int c2 = 0; c2 < repeats[2]; c2++) {
                    for (CrystalSite s : inCell) {
                        double[] f = s.fractional();
                        frac[3 * i] = wrap(f[0]) + c0;
                        frac[3 * i + 1] = wrap(f[1]) + c1;
                        frac[3 * i + 2] = wrap(f[2]) + c2;
                        mat.transform(frac[3 * i], frac[3 * i + 1], frac[3 * i + 2], v);
                        cart[3 * i] = v.x;
                        cart[3 * i + 1] = v.y;
                        cart[3 * i + 2] = v.z;
                        i++;
                    }
                }
            }
        }
        Cell supercell = crystal.cell().supercell(repeats[0], repeats[1], repeats[2]);
        return new HostSites(label, supercell, frac, cart, repeats.clone());
    }

    private static double wrap(double x) {
        double w = x - Math.floor(x);
        return w >= 1.0 ? 0.0 : w;
    }

    public String label() { return label; }

    public int count() { return cartesian.length / 3; }

    /** Cartesian position of site i, Å (component k = 0, 1, 2). */
    public double cartesian(int i, int k) { return cartesian[3 * i + k]; }

    /** Fractional position of site i in conventional-cell units (0 ≤ x_k < n_k). */
    public double fractional(int i, int k) { return fractional[3 * i + k]; }

    /**
     * The largest distance up to which the minimum image is the only periodic image of a site
     * within reach: half the smallest plane spacing of the supercell, Å. A shell larger than this
     * would see a site and its own image.
     */
    public double largestUnambiguousShellAngstrom() {
        double[] d = supercellCell.planeSpacings();
        return 0.5 * Math.min(d[0], Math.min(d[1], d[2]));
    }

    /** Minimum-image distance from the Cartesian point (x, y, z) to site i, Å. */
    public double distanceAngstrom(int i, double x, double y, double z) {
        Vector3d d = supercellCell.toFractional(new Vector3d(x, y, z), new Vector3d());
        d.x -= supercellFractional[3 * i];
        d.y -= supercellFractional[3 * i + 1];
        d.z -= supercellFractional[3 * i + 2];
        d.x -= Math.rint(d.x);
        d.y -= Math.rint(d.y);
        d.z -= Math.rint(d.z);
        return supercellCell.toCartesian(d, new Vector3d()).length();
    }
}
