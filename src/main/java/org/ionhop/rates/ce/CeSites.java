package org.ionhop.rates.ce;

import java.util.ArrayList;
import java.util.List;

import org.ionhop.common.InputException;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.CrystalSite;
import org.ionhop.crystal.SymmetryOperation;
import org.joml.Matrix3dc;
import org.joml.Vector3d;

/**
 * The sites a cluster expansion runs over: the mobile (network) sites and the mixed host sites, in
 * the conventional cell ("cell sites" u) and in the supercell ("CE sites"). A point of a cluster is
 * a cell site u with a lattice offset n = (n0, n1, n2); the CE site of point (u, n) seen from cell c
 * is u in cell (c + n) mod supercell. CE sites number the mobile sites first, exactly as the network
 * does ({@code cell * m + s}), then each mixed host label's sites in the order of
 * {@link org.ionhop.network.HostSites} (cell by cell, crystal order within a cell).
 *
 * <p>Also how each space-group operation g permutes the cell sites: g maps site u to
 * {@link #image(int, int)} shifted by the lattice vector {@link #shift(int, int, int)}, so a point
 * (u, n) goes to (image(g,u), shift(g,u) + R_g n).
 */
final class CeSites {
    /** Images of a site under an operation must land this close (Å) to a site of the same label. */
    private static final double POSITION_TOLERANCE_ANGSTROM = 0.05;

    private final Crystal crystal;
    private final List<String> label = new ArrayList<>();
    private final List<double[]> fractional = new ArrayList<>();
    private final int[] mobileIndex;     // per cell site: index among the cell's network sites, or -1
    private final int[] hostGroup;       // per cell site: index into hostLabels, or -1
    private final int[] hostIndex;       // per cell site: index among its host label's sites in the cell
    private final List<String> hostLabels;
    private final int[] hostPerCell;
    private final long[] hostBase;       // first CE index of each host label
    private final int mobilePerCell;
    private final int[] n;
    private final int cells;
    private final List<SymmetryOperation> ops;
    private final int[] image;
    private final int[] shift;

    /**
     * @param mobileLabels the network's site labels (cell sites of these labels, in crystal order, are
     *                     the network's sites of a cell)
     * @param hostLabels   mixed host labels taking part
     */
    CeSites(Crystal crystal, List<String> mobileLabels, List<String> hostLabels, int[] supercell) {
        this.crystal = crystal;
        this.hostLabels = List.copyOf(hostLabels);
        this.n = supercell.clone();
        this.cells = n[0] * n[1] * n[2];
        List<Integer> mob = new ArrayList<>(), grp = new ArrayList<>(), idx = new ArrayList<>();
        int m = 0;
        hostPerCell = new int[hostLabels.size()];
        for (CrystalSite s : crystal.sites()) {
            int g = hostLabels.indexOf(s.label());
            boolean mobile = mobileLabels.contains(s.label());
            if (!mobile && g < 0) continue;
            label.add(s.label());
            fractional.add(s.fractional());
            mob.add(mobile ? m++ : -1);
            grp.add(g);
            idx.add(g >= 0 ? hostPerCell[g]++ : -1);
        }
        mobilePerCell = m;
        mobileIndex = mob.stream().mapToInt(Integer::intValue).toArray();
        hostGroup = grp.stream().mapToInt(Integer::intValue).toArray();
        hostIndex = idx.stream().mapToInt(Integer::intValue).toArray();
        hostBase = new long[hostLabels.size()];
        long next = (long) cells * mobilePerCell;
        for (int g = 0; g < hostLabels.size(); g++) {
            hostBase[g] = next;
            next += (long) cells * hostPerCell[g];
        }
        if (next > Integer.MAX_VALUE / 2) throw new IllegalArgumentException("too many sites for a cluster expansion");
        ops = crystal.spaceGroup().operations();
        int u = label.size();
        image = new int[ops.size() * u];
        shift = new int[3 * ops.size() * u];
        for (int g = 0; g < ops.size(); g++) {
            for (int s = 0; s < u; s++) {
                double[] p = ops.get(g).apply(fractional.get(s));
                int found = find(label.get(s), p);
                if (found < 0) {
                    throw new InputException(crystal.source(), 0, null, "symmetry operation " + ops.get(g)
                            + " maps site " + label.get(s) + " onto no site of the same label",
                            "the coordinates do not fit the space group; check the site and the symmetry operations");
                }
                image[g * u + s] = found;
                for (int k = 0; k < 3; k++) shift[3 * (g * u + s) + k] = (int) Math.rint(p[k] - fractional.get(found)[k]);
            }
        }
    }

    private int find(String l, double[] p) {
        Vector3d d = new Vector3d();
        for (int v = 0; v < label.size(); v++) {
            if (!label.get(v).equals(l)) continue;
            double[] f = fractional.get(v);
            d.set(p[0] - f[0], p[1] - f[1], p[2] - f[2]);
            d.set(d.x - Math.rint(d.x), d.y - Math.rint(d.y), d.z - Math.rint(d.z));
            if (crystal.cell().toCartesian(d, d).length() < POSITION_TOLERANCE_ANGSTROM) return v;
        }
        return -1;
    }

    Crystal crystal() { return crystal; }
    int cellSites() { return label.size(); }
    String label(int u) { return label.get(u); }
    boolean isMobile(int u) { return mobileIndex[u] >= 0; }
    /** Index of cell site u's label among the host labels, or -1 for a mobile site. */
    int hostGroup(int u) { return hostGroup[u]; }
    int cells() { return cells; }
    int mobileCount() { return cells * mobilePerCell; }
    int operationCount() { return ops.size(); }
    SymmetryOperation operation(int g) { return ops.get(g); }
    int image(int g, int u) { return image[g * label.size() + u]; }
    int shift(int g, int u, int k) { return shift[3 * (g * label.size() + u) + k]; }

    /** Cartesian position of point (u, n0, n1, n2), Å, into {@code out}. */
    Vector3d cartesian(int u, int n0, int n1, int n2, Vector3d out) {
        double[] f = fractional.get(u);
        Matrix3dc m = crystal.cell().matrix();
        return m.transform(f[0] + n0, f[1] + n1, f[2] + n2, out);
    }

    /** CE site of point (u, n) seen from cell (c0, c1, c2) of the supercell. */
    int ceSite(int u, int c0, int c1, int c2) {
        int cell = (Math.floorMod(c0, n[0]) * n[1] + Math.floorMod(c1, n[1])) * n[2] + Math.floorMod(c2, n[2]);
        if (mobileIndex[u] >= 0) return cell * mobilePerCell + mobileIndex[u];
        int g = hostGroup[u];
        return (int) (hostBase[g] + (long) cell * hostPerCell[g] + hostIndex[u]);
    }

    /** For a host CE site: its index among its label's sites in the supercell (the HostSites order). */
    int hostSiteIndex(int ceSite, int group) { return (int) (ceSite - hostBase[group]); }

    /** Cell (c0, c1, c2) and cell site u of a mobile CE site. */
    int[] locateMobile(int ceSite) {
        int cell = ceSite / mobilePerCell, s = ceSite % mobilePerCell;
        int u = 0;
        while (mobileIndex[u] != s) u++;
        return new int[] {cell / (n[1] * n[2]), cell / n[2] % n[1], cell % n[2], u};
    }

    /** Half the smallest plane spacing of the supercell: farther apart, two points may see each other's images. */
    double largestUnambiguousDistanceAngstrom() {
        double[] d = crystal.cell().supercell(n[0], n[1], n[2]).planeSpacings();
        return 0.5 * Math.min(d[0], Math.min(d[1], d[2]));
    }
}
