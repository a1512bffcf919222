package org.ionhop.validation;

import java.nio.file.Path;

/**
 * What every case runs with. {@code quick} runs each case shorter (for CI); tolerances are not
 * changed by hand — the statistical part grows with the larger standard error of the shorter run.
 *
 * @param quick         the short preset
 * @param threads       worker threads for replicas, 0 = all cores (never changes results)
 * @param references    the reference values (validation/references.yaml)
 * @param validationDir the folder holding references.yaml and decks/
 * @param decks         deck runs shared by the cases of one suite run
 */
public record CaseContext(boolean quick, int threads, ReferenceLibrary references, Path validationDir,
                          DeckRuns decks) {
    /** {@code full} for the full suite, {@code quickValue} for the quick one. */
    public int pick(int full, int quickValue) { return quick ? quickValue : full; }

    public long pick(long full, long quickValue) { return quick ? quickValue : full; }

    /** A deck under validation/decks/. */
    public Path deck(String fileName) { return validationDir.resolve("decks").resolve(fileName); }

    /** A shipped example deck under inputs/, the sibling of the validation folder. */
    public Path shippedDeck(String fileName) {
        return validationDir.toAbsolutePath().normalize().resolveSibling("inputs").resolve(fileName);
    }

    /** A shipped CIF under lattices/, the sibling of the validation folder. */
    public Path lattice(String fileName) {
        return validationDir.toAbsolutePath().normalize().resolveSibling("lattices").resolve(fileName);
    }
}
