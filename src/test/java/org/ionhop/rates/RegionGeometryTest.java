package org.ionhop.rates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ionhop.common.InputException;
import org.ionhop.network.HopNetwork;
import org.ionhop.network.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Site → phase/domain/band assignment of each region geometry, checked against hand geometry. */
class RegionGeometryTest {
    @TempDir Path dir;

    private static final String PHASES = """
              phases:
                - {name: A}
                - {name: B, barrier_scale: 0.5}
            """;

    private DeckModel model(int n1, int n2, int n3, String geometry, String interfaces) {
        return DeckModel.build(CompositeDecks.deck(dir, n1, n2, n3, "{ion_fraction: 0.25}",
                "regions:\n" + geometry + PHASES + interfaces));
    }

    private static int layerIndex(HopNetwork net, int site, int axis) {
        return (int) Math.round(net.siteCartesian()[3 * site + axis] / CompositeDecks.A);
    }

    private static int sitesOfPhase(RegionMap map, int phase) {
        int n = 0;
        for (int s = 0; s < map.siteCount(); s++) if (map.phaseOf(s) == phase) n++;
        return n;
    }

    private static java.util.Set<Integer> domainsOfPhase(RegionMap map, int phase) {
        java.util.Set<Integer> d = new java.util.HashSet<>();
        for (int s = 0; s < map.siteCount(); s++) if (map.phaseOf(s) == phase) d.add(map.domainOf(s));
        return d;
    }

    @Test
    void layersSplitTheStackAtTheCellBoundariesAlongTheNormal() {
        DeckModel m = model(4, 4, 8, """
                  layers:
                    normal: c
                    stack: [{phase: A, thickness_cells: 3}, {phase: B, thickness_angstrom: 15.0}]
                """, "  interfaces: [{between: [A, B], width_angstrom: 3.0}]\n");
        RegionMap map = m.regionMap();
        HopNetwork net = m.network();
        for (int s = 0; s < net.siteCount(); s++) {
            int z = Math.floorMod(layerIndex(net, s, 2), 8);
            assertEquals(z < 3 ? 0 : 1, map.phaseOf(s), "site at z index " + z);
            // nearest other-phase site within 3 Å: the planes on each side of the two boundaries (z = 0|7... 2|3)
            boolean facing = z == 2 || z == 3 || z == 7 || z == 0;
            assertEquals(facing ? 0 : -1, map.bandOf(s), "band of site at z index " + z);
        }
        assertEquals(3, map.zoneCount());
    }

    @Test
    void aStackThatDoesNotTileTheSupercellIsRefused() {
        InputException e = assertThrows(InputException.class, () -> model(4, 4, 8, """
                  layers:
                    normal: c
                    stack: [{phase: A, thickness_cells: 3}, {phase: B, thickness_cells: 2}]
                """, "  interfaces: [{between: [A, B]}]\n"));
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
    }

    @Test
    void aBoundaryWithoutAnInterfaceEntryIsRefusedWithTheLineToAdd() {
        InputException e = assertThrows(InputException.class, () -> model(4, 4, 4, """
                  layers: {normal: a, stack: [{phase: A, thickness_cells: 2}, {phase: B, thickness_cells: 2}]}
                """, ""));
        assertTrue(e.hint().contains("between: [A, B]"), e.hint());
    }

    @Test
    void sphericalInclusionsReachTheirVolumeFractionWithoutOverlapping() {
        DeckModel m = model(20, 20, 20, """
                  inclusions: {phase: B, matrix: A, radius_angstrom: 6.5, volume_fraction: 0.1, seed: 11}
                """, "  interfaces: [{between: [A, B]}]\n");
        RegionMap map = m.regionMap();
        int inside = sitesOfPhase(map, 1);
        java.util.Set<Integer> domains = domainsOfPhase(map, 1);
        // 0.1 x 60^3 / (4/3 pi 6.5^3) = 18.8 -> 19 spheres, 19 x 1150 / 216000 = 0.101 of the volume; a sphere
        // at a random centre holds on average its volume / a^3 = 42.6 lattice points (+- ~4): 0.101 +- 0.006
        assertEquals(19, domains.size());
        assertEquals(0.101, inside / 8000.0, 0.02);
    }

    @Test
    void cylindersRunThroughTheSupercellAlongTheirAxis() {
        DeckModel m = model(12, 12, 3, """
                  inclusions: {phase: B, matrix: A, shape: cylinder, axis: c, radius_angstrom: 4.0,
                               volume_fraction: 0.1, seed: 2}
                """, "  interfaces: [{between: [A, B]}]\n");
        RegionMap map = m.regionMap();
        HopNetwork net = m.network();
        // A cylinder is uniform along c: a site and the one 3 Å above it are in the same phase.
        for (int s = 0; s < net.siteCount(); s++) {
            for (int h = net.hopStart()[s]; h < net.hopStart()[s + 1]; h++) {
                if (Math.abs(net.hopVector()[3 * h + 2]) > 1) {
                    assertEquals(map.phaseOf(s), map.phaseOf(net.hopTarget()[h]));
                }
            }
        }
        // round(0.1 x 36^2 / (pi 16)) = 3 cylinders, 3 pi 16 / 1296 = 0.116 of the volume; a disc at a random
        // centre holds pi 16 / 9 = 5.6 lattice points per plane on average (+- ~1.5)
        int inside = sitesOfPhase(map, 1);
        assertEquals(3, domainsOfPhase(map, 1).size());
        assertEquals(0.116, inside / (double) map.siteCount(), 0.05);
    }

    @Test
    void grainsAreVoronoiCellsWithPhasesInTurnAndTheSeedFixesThem() {
        String grains = "  grains: {count: 6, seed: 5}\n";
        String iface = "  interfaces: [{between: [A, B]}]\n";
        RegionMap a = model(8, 8, 8, grains, iface).regionMap();
        RegionMap b = model(8, 8, 8, grains, iface).regionMap();
        RegionMap c = model(8, 8, 8, "  grains: {count: 6, seed: 6}\n", iface).regionMap();
        int[] da = new int[a.siteCount()], db = new int[a.siteCount()], dc = new int[a.siteCount()];
        for (int s = 0; s < da.length; s++) {
            da[s] = a.domainOf(s);
            db[s] = b.domainOf(s);
            dc[s] = c.domainOf(s);
            assertEquals(a.domainOf(s) % 2, a.phaseOf(s));
        }
        assertArrayEquals(da, db);
        assertNotEquals(java.util.Arrays.toString(da), java.util.Arrays.toString(dc));
    }

    @Test
    void aMapFileGivesEachVoxelItsPhase() throws Exception {
        Files.writeString(dir.resolve("map.txt"), "# two halves along c\ngrid 1 1 2\nA\nB\n");
        RegionMap map = model(4, 4, 4, "  map: {file: map.txt}\n", "  interfaces: [{between: [A, B]}]\n").regionMap();
        HopNetwork net = DeckModel.build(CompositeDecks.deck(dir, 4, 4, 4, "{ion_fraction: 0.25}",
                "regions:\n  map: {file: map.txt}\n" + PHASES + "  interfaces: [{between: [A, B]}]\n")).network();
        for (int s = 0; s < net.siteCount(); s++) {
            assertEquals(Math.floorMod(layerIndex(net, s, 2), 4) < 2 ? 0 : 1, map.phaseOf(s));
        }
        Files.writeString(dir.resolve("map.txt"), "grid 1 1 2\nA\nC\n");
        InputException e = assertThrows(InputException.class,
                () -> model(4, 4, 4, "  map: {file: map.txt}\n", "  interfaces: [{between: [A, B]}]\n"));
        assertEquals(dir.resolve("map.txt"), e.file());
        assertEquals(3, e.line());
    }
}
