package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    /**
     * The generated scripts start java the way the ./ionhop launcher does: the huge-page flag exactly
     * when this machine's kernel offers THP (always or madvise), decided when the script runs, then
     * IONHOP_JAVA_OPTS, then -jar. Run with bash against a stand-in java that records its arguments.
     */
    @Test
    void scriptsStartJavaWithHugePagesWhereTheKernelOffersThemAndThenIonhopJavaOpts() throws Exception {
        Path deck = LatticeGasDeckFixture.write(dir, "[450]", 2, 1);
        Path jar = dir.resolve("ion hop.jar");
        CliRun run = CliRun.of("slurm", deck.toString(), "--tasks", "2", "--output-dir", dir.resolve("s").toString(),
                "--ionhop", SlurmCommand.javaCommand(jar));
        assertEquals(0, run.exit(), run.err());
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path args = dir.resolve("java-args.txt");
        Files.writeString(bin.resolve("java"), "#!/bin/bash\nprintf '%s\\n' \"$@\" >> '" + args + "'\necho END >> '" + args + "'\n");
        bin.resolve("java").toFile().setExecutable(true);
        Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean offered = Files.isReadable(thp) && Files.readString(thp).matches("(?s).*\\[(always|madvise)\\].*");
        for (String script : new String[] {"array.sbatch", "merge.sbatch"}) {
            ProcessBuilder pb = new ProcessBuilder("bash", dir.resolve("s").resolve(script).toString());
            pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            pb.environment().put("SLURM_ARRAY_TASK_ID", "1");
            pb.environment().put("IONHOP_JAVA_OPTS", "-Xmx512m -Dionhop.probe=1");
            pb.redirectErrorStream(true);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), script + ": " + output);
        }
        String[] calls = Files.readString(args).split("END\n");
        assertEquals(2, calls.length, "one java start per script");
        String expected = (offered ? "-XX:+UseTransparentHugePages\n" : "") + "-Xmx512m\n-Dionhop.probe=1\n-jar\n" + jar + "\n";
        assertTrue(calls[0].startsWith(expected) && calls[0].contains("\nrun\n"), calls[0]);
        assertTrue(calls[1].startsWith(expected) && calls[1].contains("\nmerge\n"), calls[1]);
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
        Path finished = dir.resolve("finished.h5");
        assertEquals(0, CliRun.of("run", deck.toString(), "--quiet", "-o", finished.toString()).exit());
        CliRun mergeResult = CliRun.of("merge", finished.toString(), "-o", dir.resolve("m2.h5").toString());
        assertEquals(2, mergeResult.exit());
        assertTrue(mergeResult.err().contains("finished.h5: not an IonHop shard"), mergeResult.err());
    }

    @Test
    void resumeOfAFinishedRunSucceedsWithoutTouchingItButNotForAnotherDeck() throws Exception {
        // A requeued batch job: the run finished (result written, checkpoint removed), then --resume again.
        Path deck = LatticeGasDeckFixture.write(dir, "[450]", 2, 1);
        Path finished = dir.resolve("done.h5");
        assertEquals(0, CliRun.of("run", deck.toString(), "--quiet", "-o", finished.toString()).exit());
        byte[] before = Files.readAllBytes(finished);
        CliRun again = CliRun.of("run", deck.toString(), "--resume", "-o", finished.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("nothing to resume"), again.err());
        assertArrayEquals(before, Files.readAllBytes(finished), "a finished result is left as it is");
        // --quick changes the numbers, so the same file is not its result.
        CliRun quick = CliRun.of("run", deck.toString(), "--resume", "--quick", "-o", finished.toString());
        assertEquals(2, quick.exit(), quick.err());
        assertTrue(quick.err().contains("is the result of another run: quick differs"), quick.err());
        // Another deck (other temperatures) writing to the same file: refused, with the fix.
        Path other = LatticeGasDeckFixture.write(Files.createDirectories(dir.resolve("other")), "[500]", 2, 1);
        CliRun otherDeck = CliRun.of("run", other.toString(), "--resume", "-o", finished.toString());
        assertEquals(2, otherDeck.exit(), otherDeck.err());
        assertTrue(otherDeck.err().contains("the deck text changed") && otherDeck.err().contains("run without --resume"),
                otherDeck.err());
        assertArrayEquals(before, Files.readAllBytes(finished));
    }
}
