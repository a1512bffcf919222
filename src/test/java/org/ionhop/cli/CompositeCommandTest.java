package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ionhop.common.ExitCodes;
import org.ionhop.rates.CompositeDecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;

/** A composite deck end to end: the lattice report, the run's per-zone outputs and plot, bad region input. */
class CompositeCommandTest {
    @TempDir Path dir;

    private static final String REGIONS = """
            regions:
              layers: {normal: c, stack: [{phase: A, thickness_cells: 3}, {phase: B, thickness_cells: 3}]}
              phases:
                - {name: A, ion_fraction: 0.1}
                - {name: B, barrier_shift_eV: -0.05, site_energy_shift_eV: 0.02}
              interfaces:
                - {between: [A, B], width_angstrom: 3.0, barrier_scale: 0.8}
            """;

    /** Writes the deck (a deck with a mistake is written too: the command under test must report it). */
    private Path deck(String regions) {
        try {
            CompositeDecks.deck(dir, 3, 3, 6, "{ions: 10}", regions);
        } catch (org.ionhop.common.InputException expectedForBadDecks) {
            // the file is on disk; the command reads it again
        }
        return dir.resolve("composite.yaml");
    }

    @Test
    void latticeShowsSitesHopsAndBarriersPerZoneAndAcrossTheInterface() {
        CliRun o = CliRun.of("lattice", deck(REGIONS).toString());
        assertEquals(ExitCodes.OK, o.exit(), o.err());
        // 54 sites: planes z = 0..5, A = 0,1,2, B = 3,4,5; band = planes facing a boundary: 2,3 and 5,0
        assertTrue(o.out().matches("(?s).*\\n  A +9 +0\\.1667 .*"), o.out());
        assertTrue(o.out().matches("(?s).*\\n  B +9 +0\\.1667 .*"), o.out());
        assertTrue(o.out().matches("(?s).*\\n  interface A\\|B +36 +0\\.6667 .* 36 .*0\\.2400.*"), o.out());
    }

    @Test
    void aRunWritesZoneStatisticsWithUnitsTheLayoutAndTheSlicePicture() throws Exception {
        Path h5 = dir.resolve("out/c.h5");
        CliRun o = CliRun.of("run", deck(REGIONS).toString(), "--quick", "--quiet", "-o", h5.toString());
        assertEquals(ExitCodes.OK, o.exit(), o.err());
        assertTrue(Files.size(dir.resolve("out/c_plots/regions_slice.png")) > 1000);
        assertTrue(o.out().isEmpty() || o.out().contains("Zones at 600K"), o.out());
        assertTrue(Files.readString(dir.resolve("out/c_summary.txt")).contains("interface A|B"));
        try (HdfFile f = new HdfFile(h5)) {
            Dataset names = f.getDatasetByPath("/temperatures/600K/regions/zone_names");
            assertEquals(3, ((String[]) names.getData()).length);
            double[] volume = (double[]) f.getDatasetByPath("/temperatures/600K/regions/volume_fraction").getData();
            assertEquals(1.0, volume[0] + volume[1] + volume[2], 1e-12);
            double[] carriers = (double[]) f.getDatasetByPath("/temperatures/600K/regions/carrier_fraction").getData();
            assertEquals(1.0, carriers[0] + carriers[1] + carriers[2], 1e-9);
            Dataset d = f.getDatasetByPath("/temperatures/600K/regions/D_tracer");
            assertEquals("cm^2/s", d.getAttribute("units").getData());
            assertEquals(3, ((double[][][]) d.getData()).length);
            int[] zone = (int[]) f.getDatasetByPath("/regions/site_zone").getData();
            assertEquals(54, zone.length);
        }
    }

    @Test
    void jsonSummaryCarriesTheZonesWithTheResultFilesNumbers() throws Exception {
        Path h5 = dir.resolve("j/c.h5");
        CliRun o = CliRun.of("run", deck(REGIONS).toString(), "--quick", "--quiet", "--json", "-o", h5.toString());
        assertEquals(ExitCodes.OK, o.exit(), o.err());
        JsonNode zones = new ObjectMapper().readTree(o.out()).get("temperatures").get(0).get("zones");
        try (HdfFile f = new HdfFile(h5)) {
            String[] names = (String[]) f.getDatasetByPath("/temperatures/600K/regions/zone_names").getData();
            double[] volume = (double[]) f.getDatasetByPath("/temperatures/600K/regions/volume_fraction").getData();
            double[] d = (double[]) f.getDatasetByPath("/temperatures/600K/regions/D_tracer_iso").getData();
            double[] dErr = (double[]) f.getDatasetByPath("/temperatures/600K/regions/D_tracer_iso_stderr").getData();
            assertEquals(names.length, zones.size(), o.out());
            for (int z = 0; z < names.length; z++) {
                JsonNode zone = zones.get(z);
                assertEquals(names[z], zone.get("name").asText());
                assertEquals(volume[z], zone.get("volume_fraction").asDouble());
                assertEquals(d[z], zone.get("D_tracer_iso_cm2_per_s").get("value").asDouble());
                assertEquals(dErr[z], zone.get("D_tracer_iso_cm2_per_s").get("stderr").asDouble());
                assertTrue(zone.get("carrier_fraction").has("stderr") && zone.get("hop_fraction").has("value"));
            }
        }
    }

    @Test
    void shardsOfACompositeMergeToTheSingleProcessZoneStatisticsBitForBit() throws Exception {
        Path deck = deck(REGIONS);
        Path single = dir.resolve("single.h5");
        assertEquals(ExitCodes.OK, CliRun.of("run", deck.toString(), "--quick", "--quiet", "-o", single.toString()).exit());
        Path s0 = dir.resolve("s0.h5"), s1 = dir.resolve("s1.h5"), merged = dir.resolve("merged.h5");
        for (String[] shard : new String[][] {{"0/2", s0.toString()}, {"1/2", s1.toString()}}) {
            CliRun r = CliRun.of("run", deck.toString(), "--quick", "--quiet", "--shard", shard[0], "-o", shard[1]);
            assertEquals(ExitCodes.OK, r.exit(), r.err());
        }
        CliRun m = CliRun.of("merge", s0.toString(), s1.toString(), "-o", merged.toString());
        assertEquals(ExitCodes.OK, m.exit(), m.err());
        try (HdfFile a = new HdfFile(single); HdfFile b = new HdfFile(merged)) {
            for (String name : new String[] {"volume_fraction", "carrier_fraction", "carrier_fraction_stderr",
                    "hop_fraction", "hop_fraction_stderr", "D_tracer_iso", "D_tracer_iso_stderr"}) {
                String path = "/temperatures/600K/regions/" + name;
                assertArrayEquals((double[]) a.getDatasetByPath(path).getData(),
                        (double[]) b.getDatasetByPath(path).getData(), path);
            }
            assertArrayEquals((int[]) a.getDatasetByPath("/regions/site_zone").getData(),
                    (int[]) b.getDatasetByPath("/regions/site_zone").getData());
        }
    }

    @Test
    void extxyzExportCarriesEachSitesOwnEnergyNotItsLabels() throws Exception {
        Path deck = deck(REGIONS);
        Path xyz = dir.resolve("net.extxyz");
        CliRun o = CliRun.of("lattice", deck.toString(), "--export", xyz.toString());
        assertEquals(ExitCodes.OK, o.exit(), o.err());
        org.ionhop.rates.EnergyLandscape landscape = org.ionhop.rates.DeckModel.build(
                org.ionhop.deck.Deck.load(deck)).landscape();
        List<String> lines = Files.readAllLines(xyz);
        java.util.Set<Double> distinct = new java.util.TreeSet<>();
        for (int i = 0; i < landscape.siteCount(); i++) {
            String[] f = lines.get(2 + i).trim().split("\\s+");
            assertEquals("1", f[5], "network sites come first");
            double e = Double.parseDouble(f[6]);
            assertEquals(landscape.siteEnergyEv(i), e, 1e-6, "site " + i);
            distinct.add(e);
        }
        assertTrue(distinct.size() >= 2, "phase B's sites sit 0.02 eV higher: " + distinct);
    }

    @Test
    void aMissingInterfaceIsOneLineAtTheRegionsKeyWithExitCode2() {
        CliRun o = CliRun.of("run", deck(REGIONS.replaceAll("(?s)  interfaces:.*", "")).toString(), "--quiet");
        assertEquals(ExitCodes.BAD_INPUT, o.exit());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().contains("composite.yaml:14: regions"), o.err());
        assertTrue(o.err().contains("between: [A, B]"), o.err());
    }

    @Test
    void anUnknownPhaseInTheGeometryPointsAtItsLineWithTheNearestName() {
        CliRun o = CliRun.of("lattice", deck(REGIONS.replace("{phase: B, thickness", "{phase: Bb, thickness")).toString());
        assertEquals(ExitCodes.BAD_INPUT, o.exit());
        assertTrue(o.err().contains("composite.yaml:15: regions.layers.stack[1].phase"), o.err());
        assertTrue(o.err().contains("did you mean 'B'"), o.err());
    }

    @Test
    void phasesAskingForMoreIonsThanTheDeckHasAreRefusedAtTheCarriersLine() {
        CliRun o = CliRun.of("lattice", deck(REGIONS.replace("ion_fraction: 0.1", "ion_fraction: 0.9")).toString());
        assertEquals(ExitCodes.BAD_INPUT, o.exit());
        assertTrue(o.err().contains("composite.yaml:6: carriers"), o.err());
    }
}
