package org.ionhop.rates;

import java.util.List;

import org.ionhop.crystal.Cell;
import org.ionhop.network.HopClass;
import org.ionhop.network.HopNetwork;

/** Test fixture: a tiny hand-built network small enough to enumerate every configuration. */
public final class RingNetwork {
    private RingNetwork() {}

    /**
     * A hand-built ring of n sites (n even), alternating types A/B, with nearest-neighbour hops
     * (class 0) and second-neighbour A–A / B–B hops (class 1).
     */
    public static HopNetwork create(int n) {
        double a = 2.0;
        double[] xyz = new double[3 * n];
        int[] type = new int[n];
        int[] start = new int[n + 1];
        int[] target = new int[4 * n];
        int[] cls = new int[4 * n];
        double[] vec = new double[12 * n];
        int h = 0;
        for (int s = 0; s < n; s++) {
            xyz[3 * s] = s * a;
            type[s] = s % 2;
            start[s] = h;
            for (int d : new int[] {1, -1, 2, -2}) {
                target[h] = Math.floorMod(s + d, n);
                cls[h] = Math.abs(d) - 1;
                vec[3 * h] = d * a;
                h++;
            }
        }
        start[n] = h;
        Cell cell = Cell.fromParameters(n * a, 10, 10, 90, 90, 90);
        return new HopNetwork(cell, new int[] {1, 1, 1}, xyz, type, List.of("A", "B"), start, target, cls, vec,
                List.of(new HopClass(0, "A", "B", a, 2, 2, 1), new HopClass(1, "A", "A", 2 * a, 2, 2, 1)));
    }

    /**
     * Energy from the definition, independent of RateModel: Σ occupied site energies + Σ over occupied pairs joined by a hop (each pair once) of J. */
    public static double referenceEnergyEv(HopNetwork net, RateParameters p, boolean[] occ) {
        double e = 0;
        for (int s = 0; s < occ.length; s++) if (occ[s]) e += p.siteEnergyEv()[net.siteType()[s]];
        for (int h = 0; h < net.hopCount(); h++) {
            int s = sourceOf(net, h);
            int t = net.hopTarget()[h];
            if (s < t && occ[s] && occ[t]) e += p.pairEnergyEv()[net.hopClass()[h]];
        }
        return e;
    }

    private static int sourceOf(HopNetwork net, int hop) {
        int s = 0;
        while (net.hopStart()[s + 1] <= hop) s++;
        return s;
    }
}
