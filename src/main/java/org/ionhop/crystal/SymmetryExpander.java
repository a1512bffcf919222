package org.ionhop.crystal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ionhop.common.InputException;
import org.joml.Vector3d;

/**
 * Applies every space-group operation to every asymmetric-unit site, wraps into [0,1) and merges
 * images closer than {@link #MERGE_TOLERANCE_ANGSTROM} (special positions). Two sites of different
 * orbits that land on top of each other are an error unless both are partially occupied (a
 * disordered site shared by two species is legitimate).
 */
public final class SymmetryExpander {
    /** Images closer than this (Å) are one site. */
    public static final double MERGE_TOLERANCE_ANGSTROM = 0.01;

    private final Cell cell;
    private final SpaceGroup group;

    public SymmetryExpander(Cell cell, SpaceGroup group) {
        this.cell = cell;
        this.group = group;
    }

    public List<CrystalSite> expand(Path source, List<AtomSite> asu) {
        List<CrystalSite> out = new ArrayList<>();
        for (int orbit = 0; orbit < asu.size(); orbit++) {
            AtomSite site = asu.get(orbit);
            List<double[]> images = new ArrayList<>();
            for (SymmetryOperation op : group.operations()) {
                double[] p = op.apply(site.fractional());
                for (int i = 0; i < 3; i++) p[i] = SymmetryOperation.wrap(p[i]);
                if (images.stream().noneMatch(q -> distance(p, q) < MERGE_TOLERANCE_ANGSTROM)) images.add(p);
            }
            for (double[] p : images) {
                for (CrystalSite other : out) {
                    if (distance(p, other.fractional()) < MERGE_TOLERANCE_ANGSTROM
                            && !(site.occupancy() < 1 && other.occupancy() < 1)) {
                        throw new InputException(source, site.sourceLine(), null,
                                "site " + site.label() + " lands on site " + other.label()
                                        + " (closer than " + MERGE_TOLERANCE_ANGSTROM + " Å) but they are not symmetry images",
                                "check the coordinates of both sites and the symmetry operations");
                    }
                }
                out.add(new CrystalSite(site.label(), site.element(), p, site.occupancy(), orbit));
            }
        }
        return out;
    }

    /** Shortest periodic distance between two fractional positions, Å. */
    public double distance(double[] f1, double[] f2) {
        Vector3d d = new Vector3d();
        double[] df = new double[3];
        for (int i = 0; i < 3; i++) {
            df[i] = f1[i] - f2[i];
            df[i] -= Math.rint(df[i]);
        }
        // The minimum image in fractional space is exact for the near-zero distances merged here.
        return cell.toCartesian(new Vector3d(df[0], df[1], df[2]), d).length();
    }
}
