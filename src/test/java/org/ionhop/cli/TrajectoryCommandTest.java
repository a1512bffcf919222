package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import io.jhdf.HdfFile;

import org.ionhop.PythonReference;
import org.ionhop.common.ExitCodes;
import org.ionhop.run.LatticeGasDeckFixture;
import org.ionhop.deck.Deck;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.DeckModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ionhop run --trajectory} and the deck's {@code trajectory} section: the frames read by ASE
 * are the sample grid of the chosen replica and temperature, every wrapped position is the network
 * site the frame names, the wrapped position is the unwrapped one folded into the box, frame 0 is the
 * measurement start configuration the result file records (read by h5py), and the run's numbers are
 * bit-identical with and without a trajectory. Over the size limit the run is refused before it starts.
 */
class TrajectoryCommandTest {
    @TempDir
    static Path dir;
    private static Path deck;
    private static CliRun withTrajectory;
    private static Path trajectory;

    static String deckText(String trajectorySection) {
        return """
                structure: sc.cif
                species: {element: Li, charge: 1}
                network: {sites: [Li1], cutoff_angstrom: 3.2}
                supercell: [4, 4, 4]
                carriers: {ions: 20}
                hop_classes:
                  - {from: Li1, to: Li1, length_angstrom: 3.0, barrier_eV: 0.25}
                temperatures_K: [500, 600]
                run:
                  hops_per_ion: 60
                  samples: 30
                  replicas: 3
                  seed: 11
                """ + trajectorySection;
    }

    @BeforeAll
    static void run() throws IOException {
        LatticeGasDeckFixture.writeCubicCif(dir, "");
        deck = dir.resolve("walk.yaml");
        Files.writeString(deck, deckText("trajectory: {file: walk.extxyz, temperature_K: 600, replica: 1}\n"));
        withTrajectory = CliRun.of("run", deck.toString(), "-o", dir.resolve("with.h5").toString());
        assertEquals(0, withTrajectory.exit(), withTrajectory.err());
        trajectory = dir.resolve("walk.extxyz");
    }

    @Test
    void sizeEstimateIsPrintedBeforeTheRunAndIsNotBelowTheFile() throws IOException {
        String err = withTrajectory.err();
        assertTrue(err.contains("trajectory: " + trajectory.toAbsolutePath() + ", 30 frames x 20 ions of replica 1 at 600 K"), err);
        assertTrue(err.indexOf("trajectory:") < err.indexOf("600 K:") || !err.contains("600 K:"), "printed before the run: " + err);
        double estimate = 30 * (20 * 80 + 360) / 1e6;
        double actual = Files.size(trajectory) / 1e6;
        assertTrue(estimate >= actual && estimate < 1.5 * actual, "estimate " + estimate + " MB, file " + actual + " MB");
    }

    @Test
    void aseReadsTheFramesOfTheReplicaOnTheNetworkSites() throws Exception {
        PythonReference.require("ase.io", "python3-ase");
        PythonReference.require("h5py", "python3-h5py");
        String script = String.join("\n",
                "import json, sys, numpy as np, h5py, ase.io",
                "frames = ase.io.read(sys.argv[1], index=':', format='extxyz')",
                "with h5py.File(sys.argv[2], 'r') as f:",
                "    start = f['temperatures/600K/measurement_start_sites'][()][1].tolist()",
                "out = {'frames': len(frames), 'start': start, 'ids': [], 'times': [], 'fold': 0.0, 'sites': [], 'pos': [],",
                "       'jump': 0.0}",
                "for k, a in enumerate(frames):",
                "    out['ids'].append(a.arrays['id'].tolist())",
                "    out['times'].append(a.info['time_s'])",
                "    u = a.arrays['unwrapped_pos']",
                "    frac = np.linalg.solve(a.cell.array.T, u.T).T % 1.0",
                "    d = frac - a.get_scaled_positions(wrap=False)",
                "    out['fold'] = max(out['fold'], float(np.abs(d - np.round(d)).max()))",
                "    out['sites'].append(a.arrays['site'].tolist())",
                "    out['pos'].append(a.positions.tolist())",
                "    if k > 0:",
                "        step = np.linalg.norm(u - frames[k - 1].arrays['unwrapped_pos'], axis=1)",
                "        out['jump'] = max(out['jump'], float(step.max()))",
                "out['cell'] = frames[0].cell.array.tolist()",
                "out['pbc'] = frames[0].pbc.tolist()",
                "print(json.dumps(out))");
        JsonNode r = PythonReference.json(script, trajectory.toString(), dir.resolve("with.h5").toString());
        assertEquals(30, r.get("frames").asInt());
        assertEquals(12.0, r.at("/cell/0/0").asDouble(), 1e-12);
        assertTrue(r.at("/pbc/2").asBoolean());
        assertTrue(r.get("fold").asDouble() < 1e-6, "wrapped = unwrapped folded into the box: " + r.get("fold"));
        assertTrue(r.get("jump").asDouble() > 0, "ions move");
        HopNetwork net = DeckModel.build(Deck.load(deck)).network();
        for (int k = 0; k < 30; k++) {
            for (int ion = 0; ion < 20; ion++) {
                assertEquals(ion + 1, r.at("/ids/" + k + "/" + ion).asInt());
                int site = r.at("/sites/" + k + "/" + ion).asInt();
                for (int c = 0; c < 3; c++) {
                    double d = r.at("/pos/" + k + "/" + ion + "/" + c).asDouble() - net.siteCartesian()[3 * site + c];
                    assertEquals(0, d - 12.0 * Math.rint(d / 12.0), 1e-5, "frame " + k + " ion " + ion + " sits on site " + site);
                }
            }
            if (k > 0) assertTrue(r.at("/times/" + k).asDouble() > r.at("/times/" + (k - 1)).asDouble());
        }
        assertEquals(0.0, r.at("/times/0").asDouble());
        for (int ion = 0; ion < 20; ion++) {
            assertEquals(r.at("/start/" + ion).asInt(), r.at("/sites/0/" + ion).asInt(), "frame 0 = measurement start");
        }
    }

    @Test
    void resultsAreBitIdenticalWithoutTheTrajectory() throws IOException {
        Path plainDeck = dir.resolve("plain.yaml");
        Files.writeString(plainDeck, deckText(""));
        CliRun plain = CliRun.of("run", plainDeck.toString(), "--quiet", "-o", dir.resolve("plain.h5").toString());
        assertEquals(0, plain.exit(), plain.err());
        try (HdfFile a = new HdfFile(dir.resolve("with.h5")); HdfFile b = new HdfFile(dir.resolve("plain.h5"))) {
            for (String t : new String[] {"500K", "600K"}) {
                for (String d : new String[] {"D_tracer", "D_jump"}) {
                    assertArrayEquals((double[][]) a.getDatasetByPath("/temperatures/" + t + "/" + d).getData(),
                            (double[][]) b.getDatasetByPath("/temperatures/" + t + "/" + d).getData(), t + " " + d);
                }
                assertArrayEquals((double[]) a.getDatasetByPath("/temperatures/" + t + "/site_occupancy").getData(),
                        (double[]) b.getDatasetByPath("/temperatures/" + t + "/site_occupancy").getData());
            }
        }
    }

    @Test
    void overTheLimitTheRunIsRefusedAndSaysHowToRaiseIt() throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, deckText("trajectory: {file: big.extxyz, max_size_MB: 0.01}\n"));
        CliRun r = CliRun.of("run", big.toString(), "--quiet", "-o", dir.resolve("big.h5").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("big.yaml:") && r.err().contains("trajectory.max_size_MB")
                && r.err().contains("--trajectory-max-mb"), r.err());
        assertFalse(Files.exists(dir.resolve("big.h5")), "nothing ran");
        CliRun cli = CliRun.of("run", big.toString(), "--quiet", "-o", dir.resolve("big.h5").toString(),
                "--trajectory-max-mb", "0.02");
        assertEquals(ExitCodes.BAD_INPUT, cli.exit());
        assertTrue(cli.err().contains("--trajectory-max-mb"), cli.err());
    }

    @Test
    void deckMistakesPointAtTheTrajectoryLine() throws IOException {
        for (String section : new String[] {"trajectory: {file: t.extxyz, temperature_K: 550}\n",
            "trajectory: {file: t.extxyz, replica: 3}\n", "trajectory: {file: t.dcd}\n", "trajectory: {fiel: t.extxyz}\n"}) {
            Path bad = dir.resolve("bad.yaml");
            Files.writeString(bad, deckText(section));
            CliRun r = CliRun.of("run", bad.toString(), "--quiet");
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), section);
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains("bad.yaml:14") && r.err().contains("trajectory"), r.err());
        }
    }
}
