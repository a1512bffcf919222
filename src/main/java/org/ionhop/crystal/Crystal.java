package org.ionhop.crystal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A crystal structure: cell, space group, asymmetric unit and the symmetry-expanded conventional
 * cell. Immutable.
 */
public final class Crystal {
    private final String title;
    private final Path source;
    private final Cell cell;
    private final SpaceGroup spaceGroup;
    private final List<AtomSite> asymmetricUnit;
    private final List<CrystalSite> sites;

    public Crystal(String title, Path source, Cell cell, SpaceGroup spaceGroup,
                   List<AtomSite> asymmetricUnit, List<CrystalSite> sites) {
        this.title = title == null ? "" : title;
        this.source = source;
        this.cell = cell;
        this.spaceGroup = spaceGroup;
        this.asymmetricUnit = List.copyOf(asymmetricUnit);
        this.sites = List.copyOf(sites);
    }

    /** Expands the asymmetric unit with the space group (see {@link SymmetryExpander}). */
    public static Crystal expand(String title, Path source, Cell cell, SpaceGroup group, List<AtomSite> asu) {
        return new Crystal(title, source, cell, group, asu, new SymmetryExpander(cell, group).expand(source, asu));
    }

    /** The same crystal with extra asymmetric-unit sites (e.g. interstitials) expanded and added. */
    public Crystal withExtraSites(List<AtomSite> extra) {
        List<AtomSite> asu = new ArrayList<>(asymmetricUnit);
        asu.addAll(extra);
        return expand(title, source, cell, spaceGroup, asu);
    }

    public String title() { return title; }
    /** The file it was read from, or null for structures built in code. */
    public Path source() { return source; }
    public Cell cell() { return cell; }
    public SpaceGroup spaceGroup() { return spaceGroup; }
    public List<AtomSite> asymmetricUnit() { return asymmetricUnit; }
    public List<CrystalSite> sites() { return sites; }

    public List<CrystalSite> sitesWithLabel(String label) {
        return sites.stream().filter(s -> s.label().equals(label)).toList();
    }
}
