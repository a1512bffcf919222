package org.ionhop.kmc;

import java.util.List;
import java.util.function.IntUnaryOperator;

import org.ionhop.crystal.Cell;
import org.ionhop.network.HopClass;
import org.ionhop.network.HopNetwork;

/** TEMPORARY simple-cubic network until HopNetworkBuilder lands on main; delete then. */
final class TemporaryCubicNetwork {
    private TemporaryCubicNetwork() {}

    static HopNetwork simpleCubic(int n, double a) {
        return simpleCubic(n, a, s -> 0, List.of("A"));
    }

    /** Checkerboard two-type variant: type = parity of x+y+z (n even). */
    static HopNetwork checkerboard(int n, double a) {
        return simpleCubic(n, a, s -> (s % n + (s / n) % n + s / (n * n)) % 2, List.of("A", "B"));
    }

    static HopNetwork simpleCubic(int n, double a, IntUnaryOperator type, List<String> labels) {
        int sites = n * n * n;
        double[] xyz = new double[3 * sites];
        int[] siteType = new int[sites];
        int[] start = new int[sites + 1];
        int[] target = new int[6 * sites];
        int[] cls = new int[6 * sites];
        double[] vec = new double[18 * sites];
        int[][] dirs = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
        int h = 0;
        for (int s = 0; s < sites; s++) {
            int x = s % n, y = (s / n) % n, z = s / (n * n);
            xyz[3 * s] = x * a; xyz[3 * s + 1] = y * a; xyz[3 * s + 2] = z * a;
            siteType[s] = type.applyAsInt(s);
            start[s] = h;
            for (int[] d : dirs) {
                int t = Math.floorMod(x + d[0], n) + n * (Math.floorMod(y + d[1], n) + n * Math.floorMod(z + d[2], n));
                target[h] = t;
                vec[3 * h] = d[0] * a; vec[3 * h + 1] = d[1] * a; vec[3 * h + 2] = d[2] * a;
                h++;
            }
        }
        start[sites] = h;
        return new HopNetwork(Cell.fromParameters(n * a, n * a, n * a, 90, 90, 90), new int[] {n, n, n}, xyz,
                siteType, labels, start, target, cls, vec, List.of(new HopClass(0, labels.get(0),
                labels.get(labels.size() - 1), a, 6, 6, 3)));
    }
}
