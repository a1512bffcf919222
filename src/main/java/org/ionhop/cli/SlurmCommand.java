package org.ionhop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;

import org.ionhop.common.ExitCodes;
import org.ionhop.common.InputException;
import org.ionhop.output.AtomicFiles;
import org.ionhop.run.RunListener;
import org.ionhop.run.RunOptions;
import org.ionhop.run.RunPipeline;
import org.ionhop.run.WorkSlice;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ionhop slurm DECK --tasks N}: sbatch scripts for a job array plus a dependent merge job. */
@Command(name = "slurm",
        header = "Writes a Slurm job array (plus merge job) that splits a deck into shards.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Writes a Slurm job array that splits a deck's (temperature, replica) pairs into N shards (ionhop run --shard K/N, threads = SLURM_CPUS_PER_TASK), a merge job that runs after it (--dependency=afterok) and submit.sh, which submits both. Each task gets SIGTERM 120 s before its time limit, checkpoints, and is requeued; a requeued task resumes its checkpoint.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ionhop slurm inputs/MgSc2Se4_Mg_vacancy.yaml --tasks 16 --time 04:00:00 --partition compute",
            "  bash MgSc2Se4_Mg_vacancy_slurm/submit.sh"})
public final class SlurmCommand implements Callable<Integer> {
    /**
     * Script lines that set {@code IONHOP_THP} to {@code -XX:+UseTransparentHugePages} when the
     * kernel of the node the job runs on offers transparent huge pages (always or madvise), as the
     * {@code ionhop} launcher does: 2 MB pages cut the TLB misses of the memory-bound loop on large
     * lattices (+15-20% at 10^6 sites). Checked at run time, since login and compute nodes differ;
     * elsewhere the flag is left out (non-Linux JVMs reject it).
     */
    static final String HUGE_PAGES = "IONHOP_THP=\n"
            + "if grep -qs '\\[\\(always\\|madvise\\)\\]' /sys/kernel/mm/transparent_hugepage/enabled; then\n"
            + "  IONHOP_THP=-XX:+UseTransparentHugePages\n"
            + "fi\n";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DECK", description = "input deck (YAML)")
    Path deck;

    @Option(names = "--tasks", paramLabel = "N", required = true, description = "array tasks (shards)")
    int tasks;

    @Option(names = "--partition", paramLabel = "P", description = "Slurm partition")
    String partition;

    @Option(names = "--time", paramLabel = "HH:MM:SS", description = "time limit per task (also accepts D-HH:MM:SS)")
    String time;

    @Option(names = "--cpus-per-task", paramLabel = "C", defaultValue = "1", description = "cores per task = replica threads (default: ${DEFAULT-VALUE})")
    int cpusPerTask;

    @Option(names = "--account", paramLabel = "A", description = "Slurm account")
    String account;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "where scripts, shards/ and logs/ go (default: <deck name>_slurm beside the deck)")
    Path outputDir;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "merged result (default: DIR/<deck name>.h5)")
    Path result;

    @Option(names = "--quick", description = "the short preset of ionhop run --quick")
    boolean quick;

    @Option(names = "--ionhop", paramLabel = "CMD", description = "how tasks start IonHop (default: java -jar <this ionhop.jar>)")
    String ionhop;

    @Override
    public Integer call() throws Exception {
        if (cpusPerTask < 1) throw new InputException(null, 0, "--cpus-per-task", "must be >= 1, got " + cpusPerTask, null);
        if (time != null && !time.matches("(\\d+-)?\\d{1,2}:\\d{2}:\\d{2}")) {
            throw new InputException(null, 0, "--time", "expected HH:MM:SS or D-HH:MM:SS, got '" + time + "'", "e.g. --time 04:00:00");
        }
        if (tasks < 1) throw new InputException(null, 0, "--tasks", "must be >= 1, got " + tasks, null);
        RunPipeline pipeline = RunPipeline.forDeck(deck, new RunOptions(quick, 0, null), RunListener.SILENT);
        WorkSlice.parse("0/" + tasks, pipeline.model().deck().temperaturesK().size(), pipeline.replicasPerTemperature());
        Path deckPath = deck.toAbsolutePath().normalize();
        String stem = deckPath.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Path dir = (outputDir != null ? outputDir : deckPath.resolveSibling(stem + "_slurm")).toAbsolutePath().normalize();
        Path merged = result != null ? result.toAbsolutePath().normalize() : dir.resolve(stem + ".h5");
        Files.createDirectories(dir.resolve("shards"));
        Files.createDirectories(dir.resolve("logs"));
        String command = ionhop != null ? ionhop : defaultCommand();
        String shardPattern = dir.resolve("shards").resolve(stem + "_shard_").toString();
        writeScript(dir.resolve("array.sbatch"), arrayScript(stem, dir, command, deckPath, shardPattern));
        writeScript(dir.resolve("merge.sbatch"), mergeScript(stem, dir, command, deckPath, shardPattern, merged));
        writeScript(dir.resolve("submit.sh"), submitScript(dir, merged));
        var out = spec.commandLine().getOut();
        out.println("Wrote " + dir.resolve("array.sbatch") + " (" + tasks + " tasks), " + dir.resolve("merge.sbatch")
                + " and " + dir.resolve("submit.sh"));
        out.println("Submit with: bash " + dir.resolve("submit.sh") + "   (result: " + merged + ")");
        return ExitCodes.OK;
    }

    private String header(String name, String log, int cpus) {
        StringBuilder s = new StringBuilder("#!/bin/bash\n");
        s.append("#SBATCH --job-name=").append(name).append('\n');
        s.append("#SBATCH --cpus-per-task=").append(cpus).append('\n');
        if (time != null) s.append("#SBATCH --time=").append(time).append('\n');
        if (partition != null) s.append("#SBATCH --partition=").append(partition).append('\n');
        if (account != null) s.append("#SBATCH --account=").append(account).append('\n');
        s.append("#SBATCH --output=").append(log).append('\n');
        return s.toString();
    }

    private String arrayScript(String stem, Path dir, String command, Path deckPath, String shardPattern) {
        return header("ionhop-" + stem, dir.resolve("logs") + "/%x_%A_%a.out", cpusPerTask)
                + "#SBATCH --array=0-" + (tasks - 1) + "\n"
                + "#SBATCH --signal=B:TERM@120\n"
                + "#SBATCH --requeue\n"
                + "#SBATCH --open-mode=append\n"
                + "# Written by ionhop slurm. One shard per task; replica streams depend on (seed, temperature,\n"
                + "# replica) only, so ionhop merge gives the single-process numbers.\n"
                + "set -u\n"
                + HUGE_PAGES
                + "K=${SLURM_ARRAY_TASK_ID:?submit this script with sbatch}\n"
                + "SHARD=" + quote(shardPattern) + "\"${K}_of_" + tasks + ".h5\"\n"
                + "if [ -f \"$SHARD\" ] && [ ! -f \"$SHARD.ckpt\" ]; then echo \"shard $K already done: $SHARD\"; exit 0; fi\n"
                + "RESUME=()\n"
                + "[ -f \"$SHARD.ckpt\" ] && RESUME=(--resume)\n"
                + command + " run " + quote(deckPath.toString()) + " --shard \"$K/" + tasks + "\" --threads \"${SLURM_CPUS_PER_TASK:-1}\""
                + " -o \"$SHARD\" --quiet" + (quick ? " --quick" : "") + " \"${RESUME[@]}\" &\n"
                + "PID=$!\n"
                + "# Slurm signals this batch shell (B:TERM): pass it on; IonHop checkpoints and exits with 3.\n"
                + "trap 'kill -TERM \"$PID\" 2>/dev/null' TERM INT\n"
                + "wait \"$PID\"; RC=$?\n"
                + "if [ \"$RC\" -gt 128 ]; then wait \"$PID\"; RC=$?; fi\n"
                + "if [ \"$RC\" -eq 3 ]; then\n"
                + "  echo \"task $K: checkpoint written before the time limit; requeueing to resume\"\n"
                + "  scontrol requeue \"${SLURM_ARRAY_JOB_ID}_${K}\" || echo \"requeue refused: sbatch --array=$K "
                + dir.resolve("array.sbatch") + " resumes it\"\n"
                + "fi\n"
                + "exit \"$RC\"\n";
    }

    private String mergeScript(String stem, Path dir, String command, Path deckPath, String shardPattern, Path merged) {
        return header("ionhop-" + stem + "-merge", dir.resolve("logs") + "/%x_%j.out", 1)
                + "set -eu\n"
                + HUGE_PAGES
                + command + " merge " + quote(shardPattern) + "*_of_" + tasks + ".h5 -o " + quote(merged.toString())
                + " --deck " + quote(deckPath.toString()) + "\n";
    }

    private static String submitScript(Path dir, Path merged) {
        return "#!/bin/bash\n"
                + "# Submits the array and the merge job that runs once every task succeeded.\n"
                + "set -euo pipefail\n"
                + "ARRAY=$(sbatch --parsable " + quote(dir.resolve("array.sbatch").toString()) + ")\n"
                + "ARRAY=${ARRAY%%;*}\n"
                + "MERGE=$(sbatch --parsable --dependency=afterok:$ARRAY " + quote(dir.resolve("merge.sbatch").toString()) + ")\n"
                + "MERGE=${MERGE%%;*}\n"
                + "echo \"array job $ARRAY, merge job $MERGE -> " + merged + "\"\n"
                + "echo \"$ARRAY $MERGE\" > " + quote(dir.resolve("jobs.txt").toString()) + "\n";
    }

    private static void writeScript(Path file, String text) throws java.io.IOException {
        AtomicFiles.writeString(file, text);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: run with bash explicitly
        }
    }

    /** {@link #javaCommand} for this jar when running from one, else the launcher on PATH (which applies the same rule). */
    private static String defaultCommand() {
        try {
            Path jar = Path.of(SlurmCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (jar.toString().endsWith(".jar")) return javaCommand(jar);
        } catch (Exception e) {
            // fall through
        }
        return "ionhop";
    }

    /**
     * How a task starts IonHop from a jar: as the {@code ionhop} launcher does, with the huge-page
     * flag {@link #HUGE_PAGES} chose on the compute node, then {@code IONHOP_JAVA_OPTS} (later flags
     * win, so {@code -XX:-UseTransparentHugePages} there switches it off).
     */
    static String javaCommand(Path jar) {
        return "java ${IONHOP_THP} ${IONHOP_JAVA_OPTS:-} -jar " + quote(jar.toAbsolutePath().toString());
    }

    /** Single-quoted for bash. */
    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
