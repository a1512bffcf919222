package org.ionhop.output;

import java.time.Instant;

import org.ionhop.common.Version;

/**
 * What makes a result file reproducible: the program version, the master seed and the full deck text.
 *
 * @param ionhopVersion IonHop version
 * @param seed          master random seed of the run
 * @param deckText      the input deck, verbatim
 * @param createdAt     when the file was written
 * @param runFingerprint what decides the numbers (deck hash, version, options; see run.RunFingerprint),
 *                       so that {@code run --resume} can tell a finished run from another; "" when unknown
 */
public record RunMetadata(String ionhopVersion, long seed, String deckText, Instant createdAt, String runFingerprint) {

    public RunMetadata(String ionhopVersion, long seed, String deckText, Instant createdAt) {
        this(ionhopVersion, seed, deckText, createdAt, "");
    }

    /** Metadata for a run finishing now, with this build's version. */
    public static RunMetadata now(long seed, String deckText, String runFingerprint) {
        return new RunMetadata(Version.get(), seed, deckText, Instant.now(), runFingerprint);
    }
}
