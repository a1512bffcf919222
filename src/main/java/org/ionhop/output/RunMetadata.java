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
 */
public record RunMetadata(String ionhopVersion, long seed, String deckText, Instant createdAt) {

    /** Metadata for a run finishing now, with this build's version. */
    public static RunMetadata now(long seed, String deckText) {
        return new RunMetadata(Version.get(), seed, deckText, Instant.now());
    }
}
