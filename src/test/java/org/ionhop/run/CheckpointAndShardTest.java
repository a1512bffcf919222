package org.ionhop.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.ionhop.common.InputException;
import org.ionhop.kmc.ReplicaCheckpointTest;
import org.ionhop.output.RunResult;
import org.ionhop.output.TemperatureRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run is a deterministic function of (deck, seed): stopping it at random moments and resuming
 * from the checkpoint file, or splitting it into shards and merging them, must give the
 * uninterrupted single-process numbers bit for bit.
 */
class CheckpointAndShardTest {
    @TempDir
    static Path dir;
    static Path deck;
    static RunPipeline pipeline;
    static RunProgress reference = new RunProgress();
    static RunResult referenceResult;

    @BeforeAll
    static void referenceRun() throws Exception {
        // 2,000 hops per ion (2 x 3 x 256 ions x 2,000 = 3 M hops): long enough that the stops 5-65 ms apart
        // below interrupt it several times now that this lattice gas runs at ~1e7 hops/s (uniform-rate path).
        deck = LatticeGasDeckFixture.write(dir, "[450, 600]", 3, 2, 2000);
        pipeline = RunPipeline.forDeck(deck, RunOptions.defaults(), RunListener.SILENT);
        pipeline.execute(pipeline.wholeRun(), Checkpointing.none(), reference);
        referenceResult = pipeline.combine(reference);
    }

    @Test
    void runStoppedAtRandomMomentsAndResumedFromFileIsBitIdentical() throws Exception {
        Path file = dir.resolve("stop.ckpt");
        String fingerprint = pipeline.fingerprint(pipeline.wholeRun());
        SplittableRandom delays = new SplittableRandom(3);
        RunProgress progress = new RunProgress();
        int stops = 0;
        while (true) {
            Checkpointing checkpointing = new Checkpointing(file, 0.02); // periodic ones in between
            Thread stopper = new Thread(() -> {
                try {
                    Thread.sleep(5 + delays.nextInt(60));
                } catch (InterruptedException e) {
                    return;
                }
                checkpointing.requestTermination();
            });
            stopper.start();
            try {
                pipeline.execute(pipeline.wholeRun(), checkpointing, progress);
                stopper.interrupt();
                break;
            } catch (RunInterruptedException e) {
                stops++;
                progress = CheckpointFile.read(file, fingerprint); // as a new process would
            }
            stopper.join();
        }
        assertTrue(stops >= 2, "the run was stopped only " + stops + " times; it is too short for this test");
        assertSameReplicas(reference, progress);
        assertSameNumbers(referenceResult, pipeline.combine(progress));
    }

    @Test
    void mergedShardsEqualTheSingleProcessRunBitForBit() throws Exception {
        List<ShardFile.Shard> shards = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            WorkSlice slice = pipeline.shard(k + "/4");
            RunProgress part = new RunProgress();
            pipeline.execute(slice, Checkpointing.none(), part);
            Path file = dir.resolve("gas_shard_" + k + "_of_4.h5");
            ShardFile.write(file, pipeline.fingerprint(slice), deck, "deck", false, slice, part);
            shards.add(ShardFile.read(file));
            assertEveryDatasetHasUnits(file);
        }
        RunProgress merged = ShardMerge.pool(shards);
        assertSameReplicas(reference, merged);
        assertSameNumbers(referenceResult, pipeline.combine(merged));

        InputException missing = assertThrows(InputException.class, () -> ShardMerge.pool(shards.subList(0, 3)));
        assertTrue(missing.userMessage().contains("missing shard 3/4"), missing.userMessage());
        List<ShardFile.Shard> twice = new ArrayList<>(shards);
        twice.add(shards.get(1));
        InputException duplicated = assertThrows(InputException.class, () -> ShardMerge.pool(twice));
        assertTrue(duplicated.userMessage().contains("gas_shard_1_of_4.h5 and"), duplicated.userMessage());
    }

    @Test
    void truncatedCorruptOrForeignCheckpointsAreRefused() throws Exception {
        Path file = dir.resolve("bad.ckpt");
        String fingerprint = pipeline.fingerprint(pipeline.wholeRun());
        CheckpointFile.write(file, fingerprint, reference);
        byte[] good = Files.readAllBytes(file);
        assertEquals(reference.finished(1).size(), CheckpointFile.read(file, fingerprint).finished(1).size());

        Files.write(file, java.util.Arrays.copyOf(good, good.length / 2));
        assertTrue(assertThrows(InputException.class, () -> CheckpointFile.read(file, fingerprint)).userMessage()
                .contains("corrupt checkpoint"));
        byte[] flipped = good.clone();
        flipped[good.length / 3] ^= 1;
        Files.write(file, flipped);
        assertTrue(assertThrows(InputException.class, () -> CheckpointFile.read(file, fingerprint)).userMessage()
                .contains("checksum mismatch"));
        Files.write(file, good);
        String otherDeck = RunFingerprint.of("another deck", false, pipeline.wholeRun());
        assertTrue(assertThrows(InputException.class, () -> CheckpointFile.read(file, otherDeck)).userMessage()
                .contains("the deck text changed"));
    }

    /** Shards, like the result file, carry a units attribute on every dataset ("1" for counts and fractions). */
    private static void assertEveryDatasetHasUnits(Path file) {
        try (io.jhdf.HdfFile h = new io.jhdf.HdfFile(file)) {
            java.util.ArrayDeque<io.jhdf.api.Group> groups = new java.util.ArrayDeque<>(List.of(h));
            int datasets = 0;
            while (!groups.isEmpty()) {
                for (io.jhdf.api.Node n : groups.pop().getChildren().values()) {
                    if (n instanceof io.jhdf.api.Group g) groups.push(g);
                    if (n instanceof io.jhdf.api.Dataset d) {
                        datasets++;
                        assertTrue(d.getAttribute("units") != null, d.getPath() + " has units");
                    }
                }
            }
            assertTrue(datasets > 0, "shard holds datasets");
        }
    }

    private static void assertSameReplicas(RunProgress expected, RunProgress actual) {
        for (int t = 0; t < 2; t++) {
            assertEquals(expected.finished(t).keySet(), actual.finished(t).keySet());
            for (int r : expected.finished(t).keySet()) {
                ReplicaCheckpointTest.assertSameResult(expected.finished(t).get(r), actual.finished(t).get(r));
            }
        }
    }

    private static void assertSameNumbers(RunResult expected, RunResult actual) {
        for (int t = 0; t < expected.temperatures().size(); t++) {
            TemperatureRecord e = expected.temperatures().get(t);
            TemperatureRecord a = actual.temperatures().get(t);
            assertArrayEquals(e.hopCountsPerClass(), a.hopCountsPerClass());
            assertEquals(e.transport().tracer().isotropic(), a.transport().tracer().isotropic());
            assertEquals(e.transport().jump().isotropic(), a.transport().jump().isotropic());
            assertEquals(e.transport().conductivitySPerCm(), a.transport().conductivitySPerCm());
            assertEquals(e.transport().havenRatio(), a.transport().havenRatio());
        }
        assertEquals(expected.arrhenius().conductivity().map(f -> f.activationEnergyEv()),
                actual.arrhenius().conductivity().map(f -> f.activationEnergyEv()));
    }
}
