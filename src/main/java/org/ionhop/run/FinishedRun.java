package org.ionhop.run;

import java.nio.file.Files;
import java.nio.file.Path;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;

import org.ionhop.common.InputException;

/**
 * What {@code run --resume} does when there is no checkpoint but the output exists: a requeued batch
 * job whose run had already finished must not fail, and must not mistake another run's result for
 * its own. The result file's {@code run_fingerprint} attribute (deck hash, version, options) decides.
 */
public final class FinishedRun {
    private FinishedRun() {}

    /**
     * True when {@code output} is the finished result of the run with this fingerprint (nothing to
     * resume); false when there is no output. Any other output is refused with the reason and the fix.
     */
    public static boolean isComplete(Path output, Path checkpoint, String runFingerprint) {
        if (!Files.isRegularFile(output)) return false;
        String found;
        try (HdfFile f = new HdfFile(output)) {
            Attribute a = f.getAttribute("run_fingerprint");
            found = a == null ? null : String.valueOf(a.getData());
        } catch (RuntimeException e) {
            throw new InputException(checkpoint, 0, "--resume", "no checkpoint to resume from, and " + output
                    + " is not a readable IonHop result (" + e.getMessage() + ")",
                    "run without --resume to start over (the output is replaced)");
        }
        if (found == null) {
            throw new InputException(checkpoint, 0, "--resume", "no checkpoint to resume from; " + output
                    + " exists but records no run fingerprint (written by an older IonHop or another program)",
                    "run without --resume to start over (the output is replaced)");
        }
        String difference = RunFingerprint.difference(runFingerprint, found);
        if (difference != null) {
            throw new InputException(checkpoint, 0, "--resume", "no checkpoint to resume from; " + output
                    + " is the result of another run: " + difference,
                    "run without --resume to start over (the output is replaced), or give another -o");
        }
        return true;
    }
}
