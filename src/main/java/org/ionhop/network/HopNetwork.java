package org.ionhop.network;

import java.util.List;

import org.ionhop.crystal.Cell;

/**
 * The sites ions move on and the hops between them, in a periodic supercell, as primitive arrays
 * the kMC loop reads without allocation. Hops are directed and stored per starting site in
 * compressed-row form: the hops from site i are indices {@code hopStart[i] .. hopStart[i+1]-1}.
 * Every hop i→j has its reverse j→i in the table, with the opposite vector.
 */
public final class HopNetwork {
    private final Cell supercellCell;
    private final int[] supercell;
    private final double[] siteCartesian;   // 3 per site, Å, inside the supercell
    private final int[] siteType;           // index into siteLabels
    private final List<String> siteLabels;  // crystallographic labels of the network sites
    private final int[] hopStart;           // length sites+1
    private final int[] hopTarget;          // per hop
    private final int[] hopClass;           // per hop, index into classes
    private final double[] hopVector;       // 3 per hop, Å, target image minus source
    private final List<HopClass> classes;

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
        this.siteCartesian = siteCartesian;
        this.siteType = siteType;
        this.siteLabels = List.copyOf(siteLabels);
        this.hopStart = hopStart;
        this.hopTarget = hopTarget;
        this.hopClass = hopClass;
        this.hopVector = hopVector;
        this.classes = List.copyOf(classes);
    }

    public Cell supercellCell() { return supercellCell; }
    /** Repeats n1, n2, n3 of the conventional cell. */
    public int[] supercell() { return supercell.clone(); }
    public int siteCount() { return siteType.length; }
    public int hopCount() { return hopTarget.length; }
    public List<String> siteLabels() { return siteLabels; }
    public List<HopClass> classes() { return classes; }

    // Accessors below return the backing arrays: the kMC loop reads them directly. Do not modify.
    public double[] siteCartesian() { return siteCartesian; }
    public int[] siteType() { return siteType; }
    public int[] hopStart() { return hopStart; }
    public int[] hopTarget() { return hopTarget; }
    public int[] hopClass() { return hopClass; }
    public double[] hopVector() { return hopVector; }

    /** Largest number of hops out of any one site. */
    public int maxHopsPerSite() {
        int m = 0;
        for (int i = 0; i < siteCount(); i++) m = Math.max(m, hopStart[i + 1] - hopStart[i]);
        return m;
    }
}
