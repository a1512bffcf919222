package org.ionhop.crystal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ionhop.common.InputException;
import org.joml.Vector3d;

/**
 * A position holds at most one atom. Several atom sites may share a position (a mixed Li/Na site
 * refined as two labels, or one label repeated at a symmetry-equivalent position), and disordered
 * (split) sites closer together than any two atoms can be must not be occupied together: in both
 * cases their occupancies must add up to at most 1. Refinements round occupancies, so a sum up to
 * 1 + {@link #ROUNDING} passes. Split sites farther apart than {@link #EXCLUSION_ANGSTROM} (e.g. the
 * 1.3 Å Na split pairs of Na2B12H12) are separate positions and are not added.
 */
final class OccupancyCheck {
    /** Occupancies are refined and printed to about two decimals. */
    static final double ROUNDING = 0.01;
    /** No two atoms are closer than this, Å (see {@link SymmetryExpander#MIN_SEPARATION_ANGSTROM}). */
    static final double EXCLUSION_ANGSTROM = SymmetryExpander.MIN_SEPARATION_ANGSTROM;

    private OccupancyCheck() {}

    /**
     * @throws InputException naming the later of two offending sites
     */
    static void check(Crystal crystal, Path file) {
        List<CrystalSite> sites = crystal.sites();
        List<AtomSite> asu = crystal.asymmetricUnit();
        Cell cell = crystal.cell();
        Vector3d d = new Vector3d();
        for (int i = 0; i < sites.size(); i++) {
            CrystalSite s = sites.get(i);
            double sum = s.occupancy();
            StringBuilder with = new StringBuilder(s.label() + " " + fmt(s.occupancy()));
            int lastOrbit = s.orbit();
            for (int j = 0; j < sites.size(); j++) {
                if (j == i) continue;
                CrystalSite t = sites.get(j);
                double[] a = s.fractional(), b = t.fractional();
                d.set(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
                d.set(d.x - Math.rint(d.x), d.y - Math.rint(d.y), d.z - Math.rint(d.z));
                if (cell.toCartesian(d, d).length() >= EXCLUSION_ANGSTROM) continue;
                sum += t.occupancy();
                with.append(" + ").append(t.label()).append(' ').append(fmt(t.occupancy()));
                lastOrbit = Math.max(lastOrbit, t.orbit());
            }
            if (sum > 1 + ROUNDING) {
                AtomSite later = asu.get(lastOrbit);
                throw new InputException(file, later.sourceLine(), "_atom_site_occupancy", String.format(Locale.ROOT,
                        "atom sites within %.1f Å of the position (%.4f, %.4f, %.4f) have occupancies adding up to "
                                + "%.3f (%s): one position holds at most one atom", EXCLUSION_ANGSTROM,
                        s.fractional()[0], s.fractional()[1], s.fractional()[2], sum, with),
                        "scale the occupancies of a mixed or split site so that they add up to at most 1, or remove "
                                + "a duplicated atom site");
            }
        }
    }

    private static String fmt(double occupancy) {
        return String.format(Locale.ROOT, "%.3g", occupancy);
    }
}
