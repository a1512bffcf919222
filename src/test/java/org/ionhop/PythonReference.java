package org.ionhop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.opentest4j.TestAbortedException;

/**
 * Runs a Python script with Debian's /usr/bin/python3 as an independent reader of what IonHop
 * writes (pymatgen, ASE, h5py). When a module is missing the test is skipped with a message naming
 * the Debian package, except under CI=true, where {@code .ci/run} installs them and a missing reader
 * fails the build.
 */
public final class PythonReference {
    public static final String PYTHON = "/usr/bin/python3";

    private PythonReference() {}

    /** Skips (or fails in CI) unless {@code import module} works; {@code debianPackage} is named in the message. */
    public static void require(String module, String debianPackage) {
        boolean available = Path.of(PYTHON).toFile().canExecute() && exitCode(List.of(PYTHON, "-c", "import " + module)) == 0;
        if (available) return;
        String what = "Debian " + debianPackage + " (" + PYTHON + ", import " + module + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(what + " is required in CI (installed by .ci/run) but missing");
        }
        throw new TestAbortedException(what + " not installed; skipping the check with this independent reader "
                + "(apt-get install " + debianPackage + ")");
    }

    /** Runs the script with the arguments and parses what it prints as JSON (NaN allowed). */
    public static JsonNode json(String script, String... args) throws IOException, InterruptedException {
        return JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build().readTree(run(script, args));
    }

    /** Runs the script and returns standard output; a non-zero exit fails with its standard error. */
    public static String run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON, "-c", script));
        command.addAll(List.of(args));
        // stderr to a file: reading one pipe to the end while the other fills up would deadlock.
        Path err = Files.createTempFile("ionhop-python", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("python reference timed out");
            }
            if (p.exitValue() != 0) throw new AssertionError("python reference failed: " + Files.readString(err));
            return out;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static int exitCode(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(120, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }
}
