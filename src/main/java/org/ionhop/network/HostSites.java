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

    /**
     * An index of the selected sites for counting them within {@code radiusAngstrom} of many points:
     * sites are binned in supercell-fractional coordinates with bins at least the radius wide
     * (perpendicular to each face), so only a point's bin and its neighbours need a look. Keeps the
     * set-up of large supercells linear in their size.
     */
    public Counter counter(boolean[] selected, double radiusAngstrom) {
        return new Counter(selected, radiusAngstrom);
    }

    /** Counts selected sites within a radius of a point (minimum image; radius ≤ {@link #largestUnambiguousShellAngstrom()}). */
    public final class Counter {
        private final double radius;
        private final int[] bins = new int[3];
        private final int[] binStart;
        private final int[] binSites;

        private Counter(boolean[] selected, double radiusAngstrom) {
            this.radius = radiusAngstrom;
            double[] spacing = supercellCell.planeSpacings();
            for (int k = 0; k < 3; k++) bins[k] = Math.max(1, (int) Math.floor(spacing[k] / radiusAngstrom));
            int total = bins[0] * bins[1] * bins[2];
            int[] binOf = new int[count()];
            binStart = new int[total + 1];
            int n = 0;
            for (int i = 0; i < count(); i++) {
                if (!selected[i]) {
                    binOf[i] = -1;
                    continue;
                }
                binOf[i] = bin(supercellFractional[3 * i], supercellFractional[3 * i + 1], supercellFractional[3 * i + 2]);
                binStart[binOf[i] + 1]++;
                n++;
            }
            for (int b = 0; b < total; b++) binStart[b + 1] += binStart[b];
            binSites = new int[n];
            int[] fill = java.util.Arrays.copyOf(binStart, total);
            for (int i = 0; i < count(); i++) if (binOf[i] >= 0) binSites[fill[binOf[i]]++] = i;
        }

        private int bin(double f0, double f1, double f2) {
            return (index(f0, 0) * bins[1] + index(f1, 1)) * bins[2] + index(f2, 2);
        }

        private int index(double f, int k) {
            int i = (int) Math.floor((f - Math.floor(f)) * bins[k]);
            return Math.min(i, bins[k] - 1);
        }

        /** Selected sites within the radius (inclusive, plus {@code toleranceAngstrom}) of (x, y, z). */
        public int countWithin(double x, double y, double z, double toleranceAngstrom) {
            Vector3d f = supercellCell.toFractional(new Vector3d(x, y, z), new Vector3d());
            int[] centre = {index(f.x, 0), index(f.y, 1), index(f.z, 2)};
            double r = radius + toleranceAngstrom;
            int n = 0;
            for (int d0 = -1; d0 <= 1; d0++) {
                int b0 = Math.floorMod(centre[0] + d0, bins[0]);
                if (d0 == 1 && bins[0] <= 2 || d0 == -1 && bins[0] == 1) continue; // each bin once
                for (int d1 = -1; d1 <= 1; d1++) {
                    int b1 = Math.floorMod(centre[1] + d1, bins[1]);
                    if (d1 == 1 && bins[1] <= 2 || d1 == -1 && bins[1] == 1) continue;
                    for (int d2 = -1; d2 <= 1; d2++) {
                        int b2 = Math.floorMod(centre[2] + d2, bins[2]);
                        if (d2 == 1 && bins[2] <= 2 || d2 == -1 && bins[2] == 1) continue;
                        int b = (b0 * bins[1] + b1) * bins[2] + b2;
                        for (int j = binStart[b]; j < binStart[b + 1]; j++) {
                            if (distanceAngstrom(binSites[j], x, y, z) <= r) n++;
                        }
                    }
                }
            }
            return n;
        }
    }
}
