package org.ionhop.rates.kmcpy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.CrystalSite;
import org.ionhop.network.HopNetwork;
import org.joml.Vector3d;

/**
 * Every atom of a supercell named by (site k of the crystal's conventional cell, cell n0 n1 n2), as
 * one long key, and the way back from a position (fractional coordinates of the conventional cell,
 * any image) to that key; plus the network index of every network site. Lets models written in
 * crystal coordinates (a kMCpy environment, a host disorder) find their sites in any supercell.
 */
final class LatticePositions {
    static final double TOLERANCE_ANGSTROM = 0.02;

    private final Crystal crystal;
    private final int[] n;
    private final List<CrystalSite> sites;
    private final Map<Long, Integer> networkIndex = new HashMap<>();
    private final long[] networkKey;

    LatticePositions(Crystal crystal, int[] supercell, HopNetwork network) {
        this.crystal = crystal;
        this.n = supercell.clone();
        this.sites = crystal.sites();
        double[] xyz = network.siteCartesian();
        networkKey = new long[network.siteCount()];
        Vector3d f = new Vector3d();
        for (int s = 0; s < network.siteCount(); s++) {
            crystal.cell().toFractional(new Vector3d(xyz[3 * s], xyz[3 * s + 1], xyz[3 * s + 2]), f);
            long key = find(new double[] {f.x, f.y, f.z}, network.siteLabels().get(network.siteType()[s]));
            if (key < 0) throw new IllegalStateException("network site " + s + " is not an atom of the crystal");
            networkKey[s] = key;
            networkIndex.put(key, s);
        }
    }

    Crystal crystal() { return crystal; }

    int[] supercell() { return n.clone(); }

    List<CrystalSite> sites() { return sites; }

    /** Key of the atom at conventional-cell fractional position {@code x} (any image) with this label, or -1. */
    long find(double[] x, String label) {
        for (int k = 0; k < sites.size(); k++) {
            CrystalSite c = sites.get(k);
            if (label != null && !c.label().equals(label)) continue;
            double[] f = c.fractional();
            double[] d = {x[0] - f[0], x[1] - f[1], x[2] - f[2]};
            long[] cell = new long[3];
            for (int i = 0; i < 3; i++) {
                cell[i] = Math.round(d[i]);
                d[i] -= cell[i];
            }
            Vector3d cart = crystal.cell().toCartesian(new Vector3d(d[0], d[1], d[2]), new Vector3d());
            if (cart.length() < TOLERANCE_ANGSTROM) {
                return key(k, Math.floorMod(cell[0], n[0]), Math.floorMod(cell[1], n[1]), Math.floorMod(cell[2], n[2]));
            }
        }
        return -1;
    }

    long key(int site, long c0, long c1, long c2) {
        return (((c0 * n[1] + c1) * n[2] + c2) * sites.size()) + site;
    }

    int siteOf(long key) { return (int) (key % sites.size()); }

    /** Cell n0, n1, n2 of a key. */
    int[] cellOf(long key) {
        long cell = key / sites.size();
        return new int[] {(int) (cell / ((long) n[1] * n[2])), (int) (cell / n[2] % n[1]), (int) (cell % n[2])};
    }

    /** Unwrapped conventional-cell fractional position of a key's atom (its cell plus its in-cell position). */
    double[] position(long key) {
        double[] f = sites.get(siteOf(key)).fractional();
        int[] c = cellOf(key);
        return new double[] {f[0] + c[0], f[1] + c[1], f[2] + c[2]};
    }

    String label(long key) { return sites.get(siteOf(key)).label(); }

    String element(long key) { return sites.get(siteOf(key)).element(); }

    /** Network index of an atom, or -1 when it is not a network site. */
    int networkSite(long key) { return networkIndex.getOrDefault(key, -1); }

    long networkKey(int site) { return networkKey[site]; }

    double lengthAngstrom(double[] fractionalOffset) {
        return crystal.cell().toCartesian(new Vector3d(fractionalOffset[0], fractionalOffset[1], fractionalOffset[2]),
                new Vector3d()).length();
    }

    /** Atoms within {@code radius} Å of the atom {@code key} (itself excluded): their keys and exact offsets. */
    List<Neighbour> neighbours(long key, double radiusAngstrom) {
        double[] x = position(key);
        List<Neighbour> out = new ArrayList<>();
        int reach = 2;
        for (int k = 0; k < sites.size(); k++) {
            double[] f = sites.get(k).fractional();
            for (int a = -reach; a <= reach; a++) {
                for (int b = -reach; b <= reach; b++) {
                    for (int c = -reach; c <= reach; c++) {
                        double[] d = {f[0] + a - x[0] + Math.floor(x[0]), f[1] + b - x[1] + Math.floor(x[1]),
                                f[2] + c - x[2] + Math.floor(x[2])};
                        double len = lengthAngstrom(d);
                        if (len < TOLERANCE_ANGSTROM || len > radiusAngstrom) continue;
                        double[] at = {x[0] + d[0], x[1] + d[1], x[2] + d[2]};
                        out.add(new Neighbour(find(at, sites.get(k).label()), d));
                    }
                }
            }
        }
        return out;
    }

    /** An atom near another: its key and its offset from it in conventional-cell fractional coordinates. */
    record Neighbour(long key, double[] offset) {}
}
