package org.ionhop.network;

import org.joml.Matrix3dc;

/**
 * The hops of one conventional cell, from which every cell of a periodic supercell follows by
 * translation: per network site of the cell its type and fractional position, per directed pair
 * its source and target site in the cell, the target's cell offset (a lattice translation, may be
 * negative), its class and its Cartesian vector. A few kB, whatever the supercell size, so large
 * networks keep only this and compute per-site and per-hop values when asked (see
 * {@link HopNetwork#template()}). Immutable; the arrays are never handed out.
 */
public final class CellTemplate {
    private final int[] siteType;      // per site of the cell, index into the network's labels
    private final double[] fractional; // 3 per site of the cell
    private final int[] pairStart;     // per site of the cell + 1
    private final int[] pairTarget;    // per pair, site of the target cell
    private final int[] pairImage;     // 3 per pair, lattice translation of the target cell
    private final int[] pairClass;     // per pair
    private final double[] pairVector; // 3 per pair, Å

    CellTemplate(int[] siteType, double[] fractional, int[] pairStart, int[] pairTarget, int[] pairImage,
                 int[] pairClass, double[] pairVector) {
        int m = siteType.length, pairs = pairTarget.length;
        if (fractional.length != 3 * m || pairStart.length != m + 1 || pairStart[m] != pairs
                || pairImage.length != 3 * pairs || pairClass.length != pairs || pairVector.length != 3 * pairs) {
            throw new IllegalArgumentException("inconsistent cell template arrays");
        }
        this.siteType = siteType.clone();
        this.fractional = fractional.clone();
        this.pairStart = pairStart.clone();
        this.pairTarget = pairTarget.clone();
        this.pairImage = pairImage.clone();
        this.pairClass = pairClass.clone();
        this.pairVector = pairVector.clone();
    }

    static CellTemplate of(HopClassifier.Result conv) {
        NetworkSites net = conv.sites();
        NeighbourPairs pairs = conv.pairs();
        int m = net.count(), perCell = pairs.count();
        int[] start = new int[m + 1];
        for (int s = 0; s <= m; s++) start[s] = pairs.start(s);
        int[] target = new int[perCell];
        int[] image = new int[3 * perCell];
        double[] vector = new double[3 * perCell];
        for (int p = 0; p < perCell; p++) {
            target[p] = pairs.target(p);
            for (int k = 0; k < 3; k++) {
                image[3 * p + k] = pairs.image(p, k);
                vector[3 * p + k] = pairs.vector(p, k);
            }
        }
        return new CellTemplate(net.labelIndex(), net.fractional(), start, target, image, conv.classOfPair(), vector);
    }

    /** Network sites per cell. */
    public int sitesPerCell() { return siteType.length; }
    /** Directed hops per cell. */
    public int pairsPerCell() { return pairTarget.length; }
    public int siteType(int site) { return siteType[site]; }
    /** First pair of a site of the cell; {@code pairStart(sitesPerCell())} = {@link #pairsPerCell()}. */
    public int pairStart(int site) { return pairStart[site]; }
    public int pairTarget(int pair) { return pairTarget[pair]; }
    /** Component k (0..2) of the lattice translation from the source's cell to the target's. */
    public int pairImage(int pair, int k) { return pairImage[3 * pair + k]; }
    public int pairClass(int pair) { return pairClass[pair]; }
    /** Component k of the pair's hop vector, Å. */
    public double pairVector(int pair, int k) { return pairVector[3 * pair + k]; }

    /** Component k of the Cartesian position of supercell site {@code site} (as {@link #expand} places it), Å. */
    double siteCartesian(int site, int[] n, Matrix3dc mat, int k) {
        int m = sitesPerCell(), s = site % m, c = site / m;
        int c2 = c % n[2], c1 = c / n[2] % n[1], c0 = c / (n[1] * n[2]);
        double x = fractional[3 * s] + c0, y = fractional[3 * s + 1] + c1, z = fractional[3 * s + 2] + c2;
        return switch (k) {
            case 0 -> mat.m00() * x + mat.m10() * y + mat.m20() * z;
            case 1 -> mat.m01() * x + mat.m11() * y + mat.m21() * z;
            default -> mat.m02() * x + mat.m12() * y + mat.m22() * z;
        };
    }

    /** Target site of supercell hop {@code hop} (as {@link #expand} numbers it). */
    int hopTarget(int hop, int[] n) {
        int perCell = pairsPerCell(), p = hop % perCell, c = hop / perCell;
        int c2 = c % n[2], c1 = c / n[2] % n[1], c0 = c / (n[1] * n[2]);
        int t0 = Math.floorMod(c0 + pairImage[3 * p], n[0]);
        int t1 = Math.floorMod(c1 + pairImage[3 * p + 1], n[1]);
        int t2 = Math.floorMod(c2 + pairImage[3 * p + 2], n[2]);
        return ((t0 * n[1] + t1) * n[2] + t2) * sitesPerCell() + pairTarget[p];
    }

    /** Largest number of hops out of one site. */
    int maxPairsPerSite() {
        int most = 0;
        for (int s = 0; s < sitesPerCell(); s++) most = Math.max(most, pairStart[s + 1] - pairStart[s]);
        return most;
    }

    /** The per-site and per-hop arrays of the whole supercell (cells ordered (c0 * n1 + c1) * n2 + c2). */
    Tables expand(Matrix3dc mat, int[] n) {
        int m = sitesPerCell(), perCell = pairsPerCell();
        int cells = n[0] * n[1] * n[2];
        int sites = cells * m, hops = cells * perCell;
        Tables t = new Tables(new double[3 * sites], new int[sites], new int[sites + 1], new int[hops],
                new int[hops], new double[3 * hops]);
        int c = 0;
        for (int c0 = 0; c0 < n[0]; c0++) {
            for (int c1 = 0; c1 < n[1]; c1++) {
                for (int c2 = 0; c2 < n[2]; c2++, c++) {
                    int hopBase = c * perCell;
                    for (int s = 0; s < m; s++) {
                        int site = c * m + s;
                        t.siteType[site] = siteType[s];
                        double x = fractional[3 * s] + c0, y = fractional[3 * s + 1] + c1, z = fractional[3 * s + 2] + c2;
                        t.siteCartesian[3 * site] = mat.m00() * x + mat.m10() * y + mat.m20() * z;
                        t.siteCartesian[3 * site + 1] = mat.m01() * x + mat.m11() * y + mat.m21() * z;
                        t.siteCartesian[3 * site + 2] = mat.m02() * x + mat.m12() * y + mat.m22() * z;
                        t.hopStart[site] = hopBase + pairStart[s];
                    }
                    for (int p = 0; p < perCell; p++) {
                        int t0 = Math.floorMod(c0 + pairImage[3 * p], n[0]);
                        int t1 = Math.floorMod(c1 + pairImage[3 * p + 1], n[1]);
                        int t2 = Math.floorMod(c2 + pairImage[3 * p + 2], n[2]);
                        t.hopTarget[hopBase + p] = ((t0 * n[1] + t1) * n[2] + t2) * m + pairTarget[p];
                        t.hopClass[hopBase + p] = pairClass[p];
                    }
                    System.arraycopy(pairVector, 0, t.hopVector, 3 * hopBase, 3 * perCell);
                }
            }
        }
        t.hopStart[sites] = hops;
        return t;
    }

    /** The explicit per-site and per-hop arrays of a network. */
    record Tables(double[] siteCartesian, int[] siteType, int[] hopStart, int[] hopTarget, int[] hopClass,
                  double[] hopVector) {}
}
