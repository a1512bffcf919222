package org.ionhop.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.ionhop.kmc.KmcReplica;
import org.ionhop.kmc.KmcSimulation;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.ReplicaState;
import org.ionhop.kmc.StopFlag;
import org.ionhop.output.HostDisorderRecord;
import org.ionhop.output.RunResult;
import org.ionhop.rates.DeckModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code host_disorder.realisations} through the pipeline: with per_replica (the default) every
 * replica runs on its own exact-composition realisation, a function of (run.seed, replica index)
 * only — the same for any thread count and across a checkpoint — and the HDF5 record keeps each
 * replica's; with shared every replica runs on realisation 0.
 */
class HostRealisationsDeckTest {

    @Test
    void replicasGetTheirOwnExactCompositionRealisationsRecordedPerReplica(@TempDir Path dir) throws IOException {
        Path deck = EnvironmentStatisticsTest.deck(dir, 6, "per_replica", 4, 300);
        RunResult one = RunPipeline.forDeck(deck, new RunOptions(false, 1, null), RunListener.SILENT).run();
        RunResult two = RunPipeline.forDeck(deck, new RunOptions(false, 2, null), RunListener.SILENT).run();
        HostDisorderRecord h = one.structure().hostDisorder();
        assertTrue(h.perReplica());
        int[][] rows = h.replicaSpecies();
        assertEquals(4, rows.length);
        for (int[] row : rows) {
            assertEquals(36, row.length);
            int iodide = h.speciesNames().indexOf("I");
            assertEquals(18, Arrays.stream(row).filter(i -> i == iodide).count(), "exact composition per realisation");
        }
        for (int i = 0; i < 36; i++) assertEquals(h.species().get(i), h.speciesNames().get(rows[0][i]), "replica 0 = realisation 0");
        assertFalse(Arrays.equals(rows[0], rows[1]) && Arrays.equals(rows[1], rows[2]), "realisations differ");
        assertEquals(one.temperatures().get(0).transport().tracer().isotropic(),
                two.temperatures().get(0).transport().tracer().isotropic(), "thread count never changes the numbers");
        assertEquals(one.temperatures().get(0).environments().balance(), two.temperatures().get(0).environments().balance());
        assertArrayEquals(rows[3], two.structure().hostDisorder().replicaSpecies()[3]);

        Path shared = EnvironmentStatisticsTest.deck(java.nio.file.Files.createDirectories(dir.resolve("s")), 6, "shared", 4,
                300);
        RunResult s = RunPipeline.forDeck(shared, RunOptions.defaults(), RunListener.SILENT).run();
        assertFalse(s.structure().hostDisorder().perReplica());
        assertNull(s.structure().hostDisorder().replicaSpecies());
        assertEquals(h.species(), s.structure().hostDisorder().species(), "shared = realisation 0 of the same seed");
    }

    @Test
    void tooFewReplicasForDisorderScatterAreWarnedAboutOnlyWithPerReplicaRealisations(@TempDir Path dir) throws IOException {
        Path few = EnvironmentStatisticsTest.deck(dir, 6, "per_replica", 4, 300);
        var warnings = RunPipeline.forDeck(few, RunOptions.defaults(), RunListener.SILENT).errorBarWarnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("4 replicas") && warnings.get(0).contains("run.replicas >= 8"), warnings.get(0));
        Path enough = EnvironmentStatisticsTest.deck(java.nio.file.Files.createDirectories(dir.resolve("e")), 6,
                "per_replica", 8, 300);
        assertTrue(RunPipeline.forDeck(enough, RunOptions.defaults(), RunListener.SILENT).errorBarWarnings().isEmpty());
        Path shared = EnvironmentStatisticsTest.deck(java.nio.file.Files.createDirectories(dir.resolve("s")), 6, "shared",
                4, 300);
        assertTrue(RunPipeline.forDeck(shared, RunOptions.defaults(), RunListener.SILENT).errorBarWarnings().isEmpty(),
                "one shared realisation: time blocks are the right error model");
    }

    /** The per-replica realisations and the environment statistics reach the HDF5 file, every dataset with units. */
    @Test
    void theResultFileHoldsEveryRealisationAndTheEnvironmentStatisticsWithUnits(@TempDir Path dir) throws Exception {
        Path deck = EnvironmentStatisticsTest.deck(dir, 6, "per_replica", 4, 300);
        RunResult result = RunPipeline.forDeck(deck, RunOptions.defaults(), RunListener.SILENT).run();
        Path file = dir.resolve("r.h5");
        new org.ionhop.output.Hdf5ResultWriter().write(file, result);
        try (io.jhdf.HdfFile h = new io.jhdf.HdfFile(file)) {
            assertEquals("per_replica", h.getByPath("/host_disorder").getAttribute("realisations").getData());
            io.jhdf.api.Dataset rows = h.getDatasetByPath("/host_disorder/replica_species");
            assertArrayEquals(result.structure().hostDisorder().replicaSpecies(), (int[][]) rows.getData());
            io.jhdf.api.Group env = (io.jhdf.api.Group) h.getByPath("/temperatures/500K/environments");
            for (io.jhdf.api.Node n : env.getChildren().values()) {
                assertNotNull(n.getAttribute("units"), n.getName() + " has no units attribute");
            }
            assertEquals("Hz", h.getDatasetByPath("/temperatures/500K/environments/site_environment_escape_rate")
                    .getAttribute("units").getData());
            double[] occ = (double[]) h.getDatasetByPath("/temperatures/500K/environments/site_environment_occupancy")
                    .getData();
            assertEquals(result.temperatures().get(0).environments().siteEnvironments().size(), occ.length);
            assertNotNull(env.getAttribute("balance_chi_square_per_pair"));
        }
    }

    @Test
    void aReplicaOnItsOwnRealisationContinuesBitForBitAfterCheckpoints(@TempDir Path dir) throws IOException {
        Path deck = EnvironmentStatisticsTest.deck(dir, 6, "per_replica", 4, 400);
        DeckModel model = RunPipeline.forDeck(deck, RunOptions.defaults(), RunListener.SILENT).model();
        double kelvin = EnvironmentStatisticsTest.KELVIN;
        KmcSimulation sim = MeasurementPlan.simulation(model, model.rateParameters(kelvin), 99, RunOptions.defaults());
        ReplicaResult reference = sim.runReplica(2);
        assertNotNull(reference.hopsPerEnvironmentBin());
        SplittableRandom pauses = new SplittableRandom(5);
        KmcReplica replica = sim.newReplica(2);
        int restores = 0;
        while (!replica.run(new StopFlag(), replica.hops() + 1 + pauses.nextInt(300))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ReplicaCodec.writeState(new DataOutputStream(bytes), replica.captureState());
            ReplicaState state = ReplicaCodec.readState(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
            replica = MeasurementPlan.simulation(model, model.rateParameters(kelvin), 99, RunOptions.defaults())
                    .restoreReplica(state);
            restores++;
        }
        assertTrue(restores > 3, "only " + restores + " pauses");
        ReplicaResult resumed = replica.result();
        assertArrayEquals(reference.finalDisplacementAngstrom(), resumed.finalDisplacementAngstrom());
        assertArrayEquals(reference.hopsPerEnvironmentBin(), resumed.hopsPerEnvironmentBin());
        assertArrayEquals(reference.occupationPerSite(), resumed.occupationPerSite());
        // Another replica runs on another realisation: different rates, so a different trajectory.
        assertFalse(Arrays.equals(reference.finalDisplacementAngstrom(), sim.runReplica(3).finalDisplacementAngstrom()));
    }
}
