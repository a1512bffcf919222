package org.ionhop.deck;

import java.nio.file.Path;

import org.ionhop.common.InputException;

/**
 * Where a deck value was written (file, 1-based line, key path). Later stages (network builder,
 * kMC set-up) use it to report problems they can only detect once the structure is known, e.g.
 * "more carriers than sites" or "supercell too small for the cutoff", at the right deck line.
 */
public record SourceRef(Path file, int line, String keyPath) {

    /** An {@link InputException} pointing at this place. */
    public InputException error(String problem, String hint) {
        return new InputException(file, line, keyPath, problem, hint);
    }

    /** "deck.yaml:12" (for notes that mention where a value came from). */
    public String fileAndLine() {
        return file + ":" + line;
    }
}
