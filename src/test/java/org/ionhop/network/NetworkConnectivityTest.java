package org.ionhop.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ionhop.crystal.AtomSite;
import org.ionhop.crystal.Cell;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.CrystalFiles;
import org.ionhop.crystal.SpaceGroup;
import org.ionhop.crystal.StandardLattices;
import org.ionhop.crystal.SymmetryOperation;
import org.junit.jupiter.api.Test;

/**
 * Periodic percolation: the dimensionality of long-range transport of networks whose answer is
 * known from their geometry, checked a second way by an independent brute-force analysis of the
 * kMC supercell (Cartesian unwrapping, rank of the cycle vectors by Gram–Schmidt).
 */
class NetworkConnectivityTest {
    private static final String A = StandardLattices.LABEL;

    private static NetworkConnectivity of(Crystal c, List<String> labels, double cutoff) {
        return new HopNetworkBuilder(c).mobileLabels(labels).cutoffAngstrom(cutoff).connectivity();
    }

    @Test
    void simpleCubicFirstShellIsThreeDimensional() {
        NetworkConnectivity c = of(StandardLattices.simpleCubic(3.0), List.of(A), 3.1);
        assertEquals(3, c.dimensionality());
        assertEquals(1, c.components().size());
        assertEquals("3D", c.summary());
        assertTrue(c.sitesWithoutHops().isEmpty());
        assertNull(c.trappedCarrierWarning());
    }

    @Test
    void squareNetWithCutoffBelowTheLayerSpacingIsTwoDimensionalInTheAbPlane() {
        // a = 3 Å, c = 9 Å: hops of 3 Å join the layer; the next layer is 9 Å away.
        NetworkConnectivity c = of(StandardLattices.squareNet(3.0), List.of(A), 3.5);
        assertEquals(2, c.dimensionality());
        assertEquals("2D in the ab (0 0 1) plane", c.summary());
        // Beyond the layer spacing the layers join: 3D.
        assertEquals(3, of(StandardLattices.squareNet(3.0), List.of(A), 9.1).dimensionality());
        // The honeycomb net is 2D too, although no hop is a lattice translation (two sites per cell).
        NetworkConnectivity honeycomb = of(StandardLattices.honeycombNet(3.0), List.of(A), 1.8);
        assertEquals(2, honeycomb.dimensionality());
        assertEquals(1, honeycomb.components().size());
        assertEquals(2, honeycomb.components().get(0).sitesPerCell());
    }

    @Test
    void chainAlongCIsOneDimensional() {
        Crystal chain = StandardLattices.build("chain", Cell.fromParameters(6, 6, 2.5, 90, 90, 90),
                StandardLattices.p4mmm(), 0, 0, 0);
        NetworkConnectivity c = of(chain, List.of(A), 3.0);
        assertEquals(1, c.dimensionality());
        assertEquals("1D along c [0 0 1]", c.summary());
        assertArrayEquals(new int[] {0, 0, 1}, c.components().get(0).translations().get(0));
    }

    /** A diagonal chain: the direction is named by its lattice vector [1 1 0]. */
    @Test
    void diagonalChainIsNamedByItsLatticeDirection() {
        Cell cell = Cell.fromParameters(3, 3, 10, 90, 90, 90);   // (1,1,0) translation is 4.24 Å, a and b are 3 Å
        Crystal x = Crystal.expand("diag", null, cell, SpaceGroup.p1(),
                List.of(new AtomSite("A1", "Li", new double[] {0, 0, 0}, 1, 0),
                        new AtomSite("A2", "Li", new double[] {0.5, 0.5, 0}, 1, 0)));
        // A1 only: its nearest own image is 3 Å along a and b -> 2D; with cutoff 2.5 only A1-A2 (2.12 Å) hops.
        NetworkConnectivity c = of(x, List.of("A1", "A2"), 2.5);
        assertEquals(2, c.dimensionality());   // A1-A2-A1 zigzag in both diagonals spans the ab plane
        Crystal y = Crystal.expand("diag", null, Cell.fromParameters(3, 5, 10, 90, 90, 90), SpaceGroup.p1(),
                List.of(new AtomSite("A1", "Li", new double[] {0, 0, 0}, 1, 0)));
        // (1,1,0) = 5.83 Å, a = 3 Å: cutoff 3.5 gives only the a chain.
        assertEquals("1D along a [1 0 0]", of(y, List.of("A1"), 3.5).summary());
        Crystal z = Crystal.expand("diag", null, Cell.fromParameters(5, 5, 10, 90, 90, 60), SpaceGroup.p1(),
                List.of(new AtomSite("A1", "Li", new double[] {0, 0, 0}, 1, 0)));
        // gamma = 60 deg: a - b is 5 Å like a and b, a + b is 8.66 Å; the three 5 Å hops span the ab plane.
        assertEquals("2D in the ab (0 0 1) plane", of(z, List.of("A1"), 5.5).summary());
    }

    /**
     * Triplets in P-1: B at the inversion centre (0,0,0), A at ±(x,x,x). With a = 10 Å, x = 0.1 the
     * A–B hops are 1.732 Å and A–A 3.464 Å; everything else is ≥ 8.49 Å away. A 2 Å cutoff leaves
     * closed A–B–A clusters: 0D, nothing percolates. The clusters join at the A–A' hop through the
     * cell face, |(0.8, −0.2, −0.2)| a = √0.72 · 10 Å = 8.485 Å, and then along a, b and c at once.
     */
    @Test
    void isolatedTripletsInPMinus1AreZeroDimensionalUntilTheirSeparationIsBridged() {
        Crystal triplets = pMinus1Triplets();
        NetworkConnectivity c = of(triplets, List.of("A", "B"), 2.0);
        assertEquals(0, c.dimensionality());
        assertFalse(c.percolates());
        assertEquals(1, c.components().size());
        assertEquals(3, c.components().get(0).sitesPerCell());
        assertTrue(c.summary().startsWith("0D"));
        assertTrue(c.components().get(0).describe().contains("closed cluster of 3 sites"), c.components().get(0).describe());

        HopNetworkBuilder.Percolation p = new HopNetworkBuilder(triplets).mobileLabels(List.of("A", "B"))
                .cutoffAngstrom(2.0).percolationThreshold();
        assertEquals(Math.sqrt(0.72) * 10, p.cutoffAngstrom(), 1e-6);
        assertEquals(3, p.connectivity().dimensionality());
        assertEquals(0, of(triplets, List.of("A", "B"), p.cutoffAngstrom() - 1e-3).dimensionality());
    }

    static Crystal pMinus1Triplets() {
        SpaceGroup pMinus1 = SpaceGroup.generatedBy("P -1", 2, List.of(SymmetryOperation.parse("-x,-y,-z")));
        return Crystal.expand("triplets", null, Cell.fromParameters(10, 10, 10, 90, 90, 90), pMinus1,
                List.of(new AtomSite("B", "Li", new double[] {0, 0, 0}, 1, 0),
                        new AtomSite("A", "Li", new double[] {0.1, 0.1, 0.1}, 1, 0)));
    }

    /**
     * Cubic a = 6 Å: A at 1a (0,0,0), B at 3d (½,0,0) join into a 3D A–B network at 3 Å; C at 1b
     * (½,½,½) is 4.24 Å from B and 5.20 Å from A, so with a 3.1 Å cutoff it has no hop.
     */
    @Test
    void siteWithoutAnyHopIsItsOwnNonPercolatingComponent() {
        Crystal x = Crystal.expand("abc", null, Cell.fromParameters(6, 6, 6, 90, 90, 90), StandardLattices.pm3m(),
                List.of(new AtomSite("A", "Li", new double[] {0, 0, 0}, 1, 0),
                        new AtomSite("B", "Li", new double[] {0.5, 0, 0}, 1, 0),
                        new AtomSite("C", "Li", new double[] {0.5, 0.5, 0.5}, 1, 0)));
        NetworkConnectivity c = of(x, List.of("A", "B", "C"), 3.1);
        assertEquals(3, c.dimensionality());
        assertEquals(2, c.components().size());
        assertEquals(List.of("A", "B"), c.components().get(0).labels());
        assertEquals(4, c.components().get(0).sitesPerCell());
        assertFalse(c.components().get(1).percolates());
        assertEquals(Map.of("C", 1), c.sitesWithoutHops());
        assertEquals(1, c.nonPercolatingSitesPerCell());
        String warning = c.trappedCarrierWarning();
        assertNotNull(warning);
        assertTrue(warning.contains("1 of 5 network sites per cell (C)"), warning);
        // Supercell site cell*5 + s maps to cell site s; the C site (index 4 in the cell) does not percolate.
        HopNetwork net = new HopNetworkBuilder(x).mobileLabels(List.of("A", "B", "C")).cutoffAngstrom(3.1)
                .supercell(2, 2, 2).build();
        for (int i = 0; i < net.siteCount(); i++) {
            boolean isC = net.siteLabels().get(net.siteType()[i]).equals("C");
            assertEquals(!isC, c.percolatesAt(i));
        }
    }

    /** Two interpenetrating, disconnected square-net layers stacked along c: two 2D components. */
    @Test
    void disconnectedLayersAreSeparateComponentsOfTheSameDimension() {
        Crystal x = Crystal.expand("layers", null, Cell.fromParameters(3, 3, 10, 90, 90, 90), StandardLattices.p4mmm(),
                List.of(new AtomSite("L1", "Li", new double[] {0, 0, 0}, 1, 0),
                        new AtomSite("L2", "Li", new double[] {0.5, 0.5, 0.5}, 1, 0)));
        NetworkConnectivity c = of(x, List.of("L1", "L2"), 3.2);
        assertEquals(2, c.components().size());
        for (NetworkConnectivity.Component k : c.components()) assertEquals(2, k.dimensionality());
        assertEquals("2D in the ab (0 0 1) plane", c.summary());
    }

    /**
     * Spinel MgSc2Se4 (Mg 8a + empty 16c, cutoff 2.6 Å): each 16c lies midway between two 8a sites
     * that are diamond-lattice neighbours, so 8a–16c hops decorate the bonds of the diamond network:
     * one connected 3D component holding all 8 + 16 sites per cell.
     */
    @Test
    void shippedSpinelNetworkIsOneThreeDimensionalComponent() {
        Crystal spinel = CrystalFiles.read(Path.of("lattices", "MgSc2Se4_Fd-3m.cif"))
                .withExtraSites(List.of(new AtomSite("oct16c", "Mg", new double[] {0, 0, 0}, 1, 0)));
        NetworkConnectivity c = of(spinel, List.of("Mg1", "oct16c"), 2.6);
        assertEquals(3, c.dimensionality());
        assertEquals(1, c.components().size());
        assertEquals(24, c.components().get(0).sitesPerCell());
        assertCrossChecked(spinel, List.of("Mg1", "oct16c"), 2.6, new int[] {2, 2, 2});
    }

    /**
     * Hexagonal LiBH4: Li at 2b (⅓,⅔,0) and (⅔,⅓,½). Same-layer Li are a lattice translation a apart
     * (in-plane 2D); Li of adjacent layers are √(a²/3 + c²/4) apart. Both below the deck's 4.5 Å:
     * 3D. Between the two lengths only the interlayer hops remain; three up and three down per Li,
     * whose cycles give a, b and c: still 3D.
     */
    @Test
    void shippedHexagonalLiBH4IsThreeDimensionalEvenWithOnlyInterlayerHops() {
        Crystal hex = CrystalFiles.read(Path.of("lattices", "LiBH4_P63mc.cif"));
        double a = hex.cell().lengthA(), cLen = hex.cell().lengthC();
        double interlayer = Math.sqrt(a * a / 3 + cLen * cLen / 4);
        assertTrue(interlayer < 4.5 && a < 4.5);
        assertEquals(3, of(hex, List.of("Li1"), 4.5).dimensionality());
        double between = (interlayer + a) / 2;
        assertTrue(interlayer < between && between < a, "needs the interlayer hop shorter than a");
        assertEquals(3, of(hex, List.of("Li1"), between).dimensionality());
        assertCrossChecked(hex, List.of("Li1"), 4.5, new int[] {5, 5, 3});
        assertCrossChecked(hex, List.of("Li1"), between, new int[] {5, 5, 3});
    }

    /**
     * Cubic networks can only be 0D or 3D: any translation's orbit under the cubic point group spans
     * space. The Na2B12H12 split sites percolate within the deck's 2 Å cutoff.
     */
    @Test
    void shippedCubicNetworksAreThreeDimensional() {
        Crystal na = CrystalFiles.read(Path.of("lattices", "Na2B12H12_Im-3m.cif"));
        assertEquals(3, of(na, List.of("Na1"), 2.0).dimensionality());
        HopNetworkBuilder.Percolation p = new HopNetworkBuilder(na).mobileLabels(List.of("Na1"))
                .cutoffAngstrom(2.0).percolationThreshold();
        assertTrue(p.cutoffAngstrom() <= 2.0);
        assertEquals(3, p.connectivity().dimensionality());
        assertCrossChecked(na, List.of("Na1"), 2.0, new int[] {3, 3, 3});
        // Just the 1.296 Å flip between the two halves of a split pair: closed pairs, 0D.
        assertEquals(0, of(na, List.of("Na1"), 1.5).dimensionality());
        assertCrossChecked(na, List.of("Na1"), 1.5, new int[] {3, 3, 3});
    }

    @Test
    void shippedOrthorhombicLiBH4AgreesWithTheSupercellAnalysis() {
        Crystal pnma = CrystalFiles.read(Path.of("lattices", "LiBH4_Pnma.cif"));
        for (double cutoff : new double[] {3.5, 4.2, 4.5}) assertCrossChecked(pnma, List.of("Li1"), cutoff, new int[] {4, 4, 2});
        // b = 4.44 Å < 4.5 Å: Li reaches its own image along b, so at least 1D.
        assertTrue(of(pnma, List.of("Li1"), 4.5).dimensionality() >= 1);
    }

    /** The quotient-graph analysis agrees with a brute-force one on the supercell (component count and ranks). */
    private static void assertCrossChecked(Crystal crystal, List<String> labels, double cutoff, int[] cells) {
        NetworkConnectivity c = of(crystal, labels, cutoff);
        HopNetwork net = new HopNetworkBuilder(crystal).mobileLabels(labels).cutoffAngstrom(cutoff)
                .supercell(cells[0], cells[1], cells[2]).build();
        int[] rankOfSite = supercellRanks(net);
        for (int i = 0; i < net.siteCount(); i++) {
            int cellSite = i % c.sitesPerCell();
            assertEquals(c.components().get(c.componentOfCellSite(cellSite)).dimensionality(), rankOfSite[i],
                    "site " + i + " at cutoff " + cutoff);
        }
    }

    /** Rank of the Cartesian cycle vectors of each supercell site's component (independent method). */
    private static int[] supercellRanks(HopNetwork net) {
        int n = net.siteCount();
        int[] start = net.hopStart(), target = net.hopTarget();
        double[] v = net.hopVector();
        double[] pos = new double[3 * n];
        int[] comp = new int[n];
        java.util.Arrays.fill(comp, -1);
        List<Integer> ranks = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (comp[root] >= 0) continue;
            int id = ranks.size();
            List<double[]> basis = new ArrayList<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(root));
            comp[root] = id;
            while (!queue.isEmpty()) {
                int s = queue.poll();
                for (int h = start[s]; h < start[s + 1]; h++) {
                    int t = target[h];
                    double[] r = {pos[3 * s] + v[3 * h], pos[3 * s + 1] + v[3 * h + 1], pos[3 * s + 2] + v[3 * h + 2]};
                    if (comp[t] < 0) {
                        comp[t] = id;
                        System.arraycopy(r, 0, pos, 3 * t, 3);
                        queue.add(t);
                    } else {
                        addIfIndependent(basis, new double[] {r[0] - pos[3 * t], r[1] - pos[3 * t + 1], r[2] - pos[3 * t + 2]});
                    }
                }
            }
            ranks.add(basis.size());
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = ranks.get(comp[i]);
        return out;
    }

    private static void addIfIndependent(List<double[]> basis, double[] w) {
        for (double[] b : basis) {
            double dot = w[0] * b[0] + w[1] * b[1] + w[2] * b[2];
            for (int k = 0; k < 3; k++) w[k] -= dot * b[k];
        }
        double norm = Math.sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2]);
        if (norm > 1e-6) basis.add(new double[] {w[0] / norm, w[1] / norm, w[2] / norm});
    }
}
