package org.ionhop.network;

import java.util.List;

import org.ionhop.crystal.Cell;

/**
 * The sites ions move on and the hops between them, in a periodic supercell, as primitive arrays
 * the kMC loop reads without allocation. Hops are directed and stored per starting site in
 * compressed-row form: the hops from site i are indices {@code hopStart[i] .. hopStart[i+1]-1}.
 * Every hop i→j has its reverse j→i in the table, with the opposite vector.
 *
 * <p>A network built from a crystal repeats one cell ({@link #template()}); it then keeps only that
 * cell and builds the per-site and per-hop arrays the first time one of them is asked for (about
 * 230 bytes per simple-cubic site), so code that works from the template — the kMC loop on large
 * lattices — never pays for them. Sites are numbered {@code cell * m + s} and hops
 * {@code cell * P + p} with {@code cell = (c0 * n1 + c1) * n2 + c2}.
 */
public final class HopNetwork {
    private final Cell supercellCell;
    private final int[] supercell;
    private final List<String> siteLabels;  // crystallographic labels of the network sites
    private final List<HopClass> classes;
    private final CellTemplate template;    // null for a network given as explicit arrays
    private final Cell conventionalCell;    // the cell the template repeats; null without a template
    private final int siteCount;
    private final int hopCount;
    private volatile CellTemplate.Tables tables; // built on first use when there is a template

    public HopNetwork(Cell supercellCell, int[] supercell, double[] siteCartesian, int[] siteType,
                      List<String> siteLabels, int[] hopStart, int[] hopTarget, int[] hopClass,
                      double[] hopVector, List<HopClass> classes) {
        int n = siteType.length;
        if (siteCartesian.length != 3 * n || hopStart.length != n + 1
                || hopTarget.length != hopClass.length || hopVector.length != 3 * hopTarget.length
                || hopStart[n] != hopTarget.length) {
            throw new IllegalArgumentException("inconsistent hop network arrays");
        }
        this.supercellCell = supercellCell;
        this.supercell = supercell.clone();
        this.siteLabels = List.copyOf(siteLabels);
        this.classes = List.copyOf(classes);
        this.template = null;
        this.conventionalCell = null;
        this.siteCount = n;
        this.hopCount = hopTarget.length;
        this.tables = new CellTemplate.Tables(siteCartesian, siteType, hopStart, hopTarget, hopClass, hopVector);
    }

    /** A network that repeats {@code template} over {@code supercell} cells (arrays built on first use). */
    HopNetwork(Cell conventionalCell, Cell supercellCell, int[] supercell, CellTemplate template, List<String> siteLabels,
               List<HopClass> classes) {
        long cells = (long) supercell[0] * supercell[1] * supercell[2];
        if (cells * template.pairsPerCell() > Integer.MAX_VALUE - 8 || cells * template.sitesPerCell() * 3 > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("supercell " + supercell[0] + "x" + supercell[1] + "x" + supercell[2]
                    + " has too many sites or hops for one array");
        }
        this.supercellCell = supercellCell;
        this.supercell = supercell.clone();
        this.siteLabels = List.copyOf(siteLabels);
        this.classes = List.copyOf(classes);
        this.template = template;
        this.conventionalCell = conventionalCell;
        this.siteCount = (int) (cells * template.sitesPerCell());
        this.hopCount = (int) (cells * template.pairsPerCell());
    }

    public Cell supercellCell() { return supercellCell; }
    /** Repeats n1, n2, n3 of the conventional cell. */
    public int[] supercell() { return supercell.clone(); }
    public int siteCount() { return siteCount; }
    public int hopCount() { return hopCount; }
    public List<String> siteLabels() { return siteLabels; }
    public List<HopClass> classes() { return classes; }

    /** The one cell this network repeats, or null when it was given as explicit arrays. */
    public CellTemplate template() { return template; }

    /** Whether the per-site and per-hop arrays exist (always, without a template). */
    public boolean hasTables() { return tables != null; }

    /** Site type of one site, without building the per-site arrays. */
    public int siteTypeOf(int site) {
        return template != null ? template.siteType(site % template.sitesPerCell()) : tables().siteType()[site];
    }

    /** First hop out of a site (one past its last for {@code site + 1}), without building the per-hop arrays. */
    public int hopStartOf(int site) {
        if (template == null) return tables().hopStart()[site];
        int m = template.sitesPerCell();
        return site / m * template.pairsPerCell() + template.pairStart(site % m);
    }

    /** Hop class of one hop, without building the per-hop arrays. */
    public int hopClassOf(int hop) {
        return template != null ? template.pairClass(hop % template.pairsPerCell()) : tables().hopClass()[hop];
    }

    /** Component k (0..2) of one hop's vector, Å, without building the per-hop arrays. */
    public double hopVectorOf(int hop, int k) {
        return template != null ? template.pairVector(hop % template.pairsPerCell(), k) : tables().hopVector()[3 * hop + k];
    }

    /** Component k (0..2) of one site's Cartesian position, Å, without building the per-site arrays. */
    public double siteCartesianOf(int site, int k) {
        return template != null ? template.siteCartesian(site, supercell, conventionalCell.matrix(), k)
                : tables().siteCartesian()[3 * site + k];
    }

    /** Target site of one hop, without building the per-hop arrays. */
    public int hopTargetOf(int hop) {
        return template != null ? template.hopTarget(hop, supercell) : tables().hopTarget()[hop];
    }

    // Accessors below return the backing arrays (built on first call when there is a template):
    // the kMC loop reads them directly. Do not modify.
    public double[] siteCartesian() { return tables().siteCartesian(); }
    public int[] siteType() { return tables().siteType(); }
    public int[] hopStart() { return tables().hopStart(); }
    public int[] hopTarget() { return tables().hopTarget(); }
    public int[] hopClass() { return tables().hopClass(); }
    public double[] hopVector() { return tables().hopVector(); }

    private CellTemplate.Tables tables() {
        CellTemplate.Tables t = tables;
        if (t != null) return t;
        synchronized (this) {
            if (tables == null) tables = template.expand(conventionalCell.matrix(), supercell);
            return tables;
        }
    }

    /** Largest number of hops out of any one site. */
    public int maxHopsPerSite() {
        if (template != null) return template.maxPairsPerSite();
        int[] hopStart = hopStart();
        int m = 0;
        for (int i = 0; i < siteCount(); i++) m = Math.max(m, hopStart[i + 1] - hopStart[i]);
        return m;
    }
}
