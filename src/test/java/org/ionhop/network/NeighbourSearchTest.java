package org.ionhop.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.ionhop.crystal.Cell;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/** The cell-list search must agree pair for pair with a brute-force loop over many images. */
class NeighbourSearchTest {
    @Test
    void agreesWithBruteForceOnATriclinicCellSmallerThanTheCutoff() {
        Random rng = new Random(20261124);
        for (int trial = 0; trial < 5; trial++) {
            Cell cell = randomTriclinic(rng, 2.5, 4.0);
            double cutoff = 6.5;
            assertTrue(cutoff > min(cell.planeSpacings()), "the cell must be smaller than the cutoff");
            compareWithBruteForce(cell, randomSites(rng, 4), cutoff);
        }
    }

    @Test
    void agreesWithBruteForceOnALargeTriclinicCellWithManyBins() {
        Random rng = new Random(7);
        Cell cell = randomTriclinic(rng, 18, 24);
        compareWithBruteForce(cell, randomSites(rng, 400), 3.7);
    }

    @Test
    void positionsOutsideTheCellGiveImagesRelativeToTheGivenPositions() {
        Cell cell = Cell.fromParameters(3, 4, 5, 80, 95, 110);
        double[] sites = {0.1, 0.2, 0.3, 1.6, -0.7, 2.2};
        NeighbourPairs pairs = NeighbourSearch.find(cell, sites, 6);
        for (int p = 0; p < pairs.count(); p++) {
            int i = pairs.source(p), j = pairs.target(p);
            Vector3d d = new Vector3d(sites[3 * j] + pairs.image(p, 0) - sites[3 * i],
                    sites[3 * j + 1] + pairs.image(p, 1) - sites[3 * i + 1],
                    sites[3 * j + 2] + pairs.image(p, 2) - sites[3 * i + 2]);
            cell.toCartesian(d, d);
            assertEquals(d.x, pairs.vector(p, 0), 1e-9);
            assertEquals(d.y, pairs.vector(p, 1), 1e-9);
            assertEquals(d.z, pairs.vector(p, 2), 1e-9);
        }
    }

    @Test
    void shortestDistanceOfSimpleCubicIsTheLatticeConstant() {
        Cell cell = Cell.fromParameters(3.2, 3.2, 3.2, 90, 90, 90);
        assertEquals(3.2, NeighbourSearch.shortestDistance(cell, new double[] {0.5, 0.5, 0.5}), 1e-12);
    }

    private static void compareWithBruteForce(Cell cell, double[] sites, double cutoff) {
        Map<String, Double> expected = bruteForce(cell, sites, cutoff);
        NeighbourPairs pairs = NeighbourSearch.find(cell, sites, cutoff);
        Map<String, Double> found = new TreeMap<>();
        for (int p = 0; p < pairs.count(); p++) {
            String key = pairs.source(p) + ">" + pairs.target(p) + "@" + pairs.image(p, 0) + ","
                    + pairs.image(p, 1) + "," + pairs.image(p, 2);
            assertEquals(null, found.put(key, pairs.length(p)), "pair listed twice: " + key);
        }
        assertTrue(expected.size() > sites.length, "the test must exercise many pairs");
        assertEquals(expected.keySet(), found.keySet());
        for (String k : expected.keySet()) assertEquals(expected.get(k), found.get(k), 1e-9, k);
    }

    /** Every image n with |n_k| <= cutoff/d_min + 2: more than the bound cutoff/d_k + 1 for positions in [0,1). */
    private static Map<String, Double> bruteForce(Cell cell, double[] f, double cutoff) {
        int range = (int) Math.ceil(cutoff / min(cell.planeSpacings())) + 2;
        int n = f.length / 3;
        Map<String, Double> out = new TreeMap<>();
        Vector3d v = new Vector3d();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int a = -range; a <= range; a++) {
                    for (int b = -range; b <= range; b++) {
                        for (int c = -range; c <= range; c++) {
                            if (i == j && a == 0 && b == 0 && c == 0) continue;
                            v.set(f[3 * j] + a - f[3 * i], f[3 * j + 1] + b - f[3 * i + 1], f[3 * j + 2] + c - f[3 * i + 2]);
                            double d = cell.toCartesian(v, v).length();
                            if (d <= cutoff) out.put(i + ">" + j + "@" + a + "," + b + "," + c, d);
                        }
                    }
                }
            }
        }
        return out;
    }

    static Cell randomTriclinic(Random rng, double minLength, double maxLength) {
        while (true) {
            try {
                return Cell.fromParameters(uniform(rng, minLength, maxLength), uniform(rng, minLength, maxLength),
                        uniform(rng, minLength, maxLength), uniform(rng, 60, 120), uniform(rng, 60, 120),
                        uniform(rng, 60, 120));
            } catch (IllegalArgumentException impossibleAngles) {
                // draw again
            }
        }
    }

    private static double[] randomSites(Random rng, int n) {
        double[] f = new double[3 * n];
        for (int i = 0; i < f.length; i++) f[i] = rng.nextDouble();
        return f;
    }

    private static double uniform(Random rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }

    private static double min(double[] v) {
        return Math.min(v[0], Math.min(v[1], v[2]));
    }
}
