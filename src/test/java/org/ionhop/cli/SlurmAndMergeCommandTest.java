package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ionhop.run.LatticeGasDeckFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sbatch scripts ask Slurm for what the README promises (array size, signal before the time
 * limit, requeue, dependent merge), and bad requests are refused with a one-line message, exit 2.
 * (.ci/slurm-test submits them to a real Slurm.)
 */
class SlurmAndMergeCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesAnArrayAMergeJobAndASubmitScript() throws Exception {
        Path deck = LatticeGasDeckFixture.write(dir, "[450, 600]", 3, 1);
        CliRun run = CliRun.of("slurm", deck.toString(), "--tasks", "4", "--time", "01:30:00", "--partition", "short",
                "--account", "proj", "--cpus-per-task", "2", "--output-dir", dir.resolve("sweep").toString(),
                "--ionhop", "ionhop");
        assertEquals(0, run.exit(), run.err());
        String array = Files.readString(dir.resolve("sweep/array.sbatch"));
        for (String line : new String[] {"#SBATCH --array=0-3", "#SBATCH --signal=B:TERM@120", "#SBATCH --requeue",
                "#SBATCH --time=01:30:00", "#SBATCH --partition=short", "#SBATCH --account=proj",
                "#SBATCH --cpus-per-task=2", "--shard \"$K/4\"", "--threads \"${SLURM_CPUS_PER_TASK:-1}\"",
                "RESUME=(--resume)", "scontrol requeue"}) {
            assertTrue(array.contains(line), "array.sbatch lacks " + line + ":\n" + array);
        }
        assertTrue(Files.readString(dir.resolve("sweep/merge.sbatch")).contains("ionhop merge '" + dir.resolve("sweep/shards/gas_shard_")));
        assertTrue(Files.readString(dir.resolve("sweep/submit.sh")).contains("--dependency=afterok:$ARRAY"));
        assertTrue(Files.isExecutable(dir.resolve("sweep/submit.sh")));
    }

    @Test
    void refusesMoreTasksThanWorkAndBadTimes() throws Exception {
        Path deck = LatticeGasDeckFixture.write(dir, "[450, 600]", 3, 1);
        CliRun tooMany = CliRun.of("slurm", deck.toString(), "--tasks", "7", "--output-dir", dir.resolve("s").toString());
        assertEquals(2, tooMany.exit());
        assertTrue(tooMany.err().contains("7 shards for 6 (temperature, replica) pairs"), tooMany.err());
        CliRun badTime = CliRun.of("slurm", deck.toString(), "--tasks", "2", "--time", "90min");
        assertEquals(2, badTime.exit());
        assertTrue(badTime.err().contains("expected HH:MM:SS"), badTime.err());
    }

    @Test
    void resumeWithoutCheckpointAndMergeOfNonShardsAreRefused() throws Exception {
        Path deck = LatticeGasDeckFixture.write(dir, "[450]", 2, 1);
        CliRun resume = CliRun.of("run", deck.toString(), "--resume", "--quiet", "-o", dir.resolve("r.h5").toString());
        assertEquals(2, resume.exit());
        assertTrue(resume.err().contains("no checkpoint to resume from"), resume.err());
        Path notShard = dir.resolve("x.h5");
        Files.writeString(notShard, "not hdf5");
        CliRun merge = CliRun.of("merge", notShard.toString(), "-o", dir.resolve("m.h5").toString());
        assertEquals(2, merge.exit());
        assertTrue(merge.err().contains("x.h5"), merge.err());
    }
}
