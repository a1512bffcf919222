package org.ionhop.crystal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ionhop.common.InputException;
import org.joml.Vector3d;

/**
 * Applies every space-group operation to every asymmetric-unit site, wraps into [0,1) and merges
 * images closer than {@link #MERGE_TOLERANCE_ANGSTROM} (special positions), also across the cell
 * boundary. Two sites of different orbits that land on top of each other are an error unless both
 * are partially occupied (a disordered site shared by two species is legitimate).
 */
public final class SymmetryExpander {
    /** Images closer than this (Å) are one site. */
    public static final double MERGE_TOLERANCE_ANGSTROM = 0.01;
    /**
     * Two fully occupied atoms closer than this (Å) are unphysical (the shortest bond, H-H in H2,
     * is 0.74 Å): a sign of rounded coordinates or a wrong setting.
     */
    public static final double MIN_SEPARATION_ANGSTROM = 0.5;

    private final Cell cell;
    private final SpaceGroup group;

    public SymmetryExpander(Cell cell, SpaceGroup group) {
        this.cell = cell;
        this.group = group;
    }

    /**
     * The full cell: every image of every asymmetric-unit site, wrapped into [0,1).
     *
     * @throws InputException (at the site's source line) when two different sites coincide, or a
     *         fully occupied site lies closer than {@link #MIN_SEPARATION_ANGSTROM} to another
     *         fully occupied atom or to its own symmetry image (typically coordinates rounded to
     *         too few digits, e.g. 0.333 for 1/3)
     */
    public List<CrystalSite> expand(Path source, List<AtomSite> asu) {
        List<CrystalSite> out = new ArrayList<>();
        for (int orbit = 0; orbit < asu.size(); orbit++) {
            AtomSite site = asu.get(orbit);
            for (double[] p : images(source, site)) {
                for (CrystalSite other : out) checkClear(source, site, p, other);
                out.add(new CrystalSite(site.label(), site.element(), p, site.occupancy(), orbit));
            }
        }
        return out;
    }

    /** The distinct images of one site; images closer than the merge tolerance are one site. */
    private List<double[]> images(Path source, AtomSite site) {
        List<double[]> images = new ArrayList<>();
        for (SymmetryOperation op : group.operations()) {
            double[] p = op.apply(site.fractional());
            for (int i = 0; i < 3; i++) p[i] = SymmetryOperation.wrap(p[i]);
            double nearest = Double.POSITIVE_INFINITY;
            // Periodic distance: images that differ by a lattice vector (0.99999 vs 0) merge too.
            for (double[] q : images) nearest = Math.min(nearest, distance(p, q));
            if (nearest < MERGE_TOLERANCE_ANGSTROM) continue;
            if (nearest < MIN_SEPARATION_ANGSTROM && site.occupancy() >= 1) {
                throw new InputException(source, site.sourceLine(), null, String.format(
                        "site %s is %.3f Å from its own symmetry image under '%s'", site.label(), nearest, op.toXyz()),
                        "the coordinates are probably rounded (e.g. 0.333 for 1/3): give more digits, "
                                + "or a partial occupancy if the site is split");
            }
            images.add(p);
        }
        return images;
    }

    private void checkClear(Path source, AtomSite site, double[] p, CrystalSite other) {
        double d = distance(p, other.fractional());
        boolean bothPartial = site.occupancy() < 1 && other.occupancy() < 1;
        if (d < MERGE_TOLERANCE_ANGSTROM && !bothPartial) {
            throw new InputException(source, site.sourceLine(), null,
                    "site " + site.label() + " lands on site " + other.label()
                            + " (closer than " + MERGE_TOLERANCE_ANGSTROM + " Å) but they are not symmetry images",
                    "check the coordinates of both sites and the symmetry operations");
        }
        if (d < MIN_SEPARATION_ANGSTROM && site.occupancy() >= 1 && other.occupancy() >= 1) {
            throw new InputException(source, site.sourceLine(), null, String.format(
                    "fully occupied sites %s and %s are only %.3f Å apart", site.label(), other.label(), d),
                    "check the coordinates of both sites and the symmetry operations");
        }
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
